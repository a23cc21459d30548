using LocalOffer.Web.Demo;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Hosting;

/// <summary>
/// Commands of the site's own executable, run instead of the web server:
/// <c>dotnet run --project src/LocalOffer.Web -- generate --services 10000 --seed 1</c>.
/// There are few commands with few options, so they are read here directly rather than through a
/// command-line parsing library.
/// </summary>
public static class SiteCommands
{
    private static readonly string[] Names = ["generate", "import-listings", "import-postcodes", "rebuild-search-index", "export-unmet-searches", "schema-script", "backup", "restore", "healthcheck", Features.Accounts.CreateAdminCommand.Name, .. Features.OpenData.OpenDataCommands.Names, "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Names.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var output = Console.Out;
        switch (args[0])
        {
            case "schema-script":
            {
                await using var scope = app.Services.CreateAsyncScope();
                output.WriteLine(scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Database.GenerateCreateScript());
                return 0;
            }
            case "generate":
            {
                if (!TryInt(args, "--services", null, out var count) || count < 1 || !TryInt(args, "--seed", 1, out var seed))
                {
                    Console.Error.WriteLine("Usage: generate --services N [--seed S]   (N is at least 1)");
                    return 2;
                }
                await app.Services.PrepareDatabaseAsync();
                await using var scope = app.Services.CreateAsyncScope();
                var made = await scope.ServiceProvider.GetRequiredService<SyntheticCatalogue>().GenerateAsync(count, seed);
                output.WriteLine($"Generated {made} synthetic published services (seed {seed}).");
                await RebuildIndexAsync(app, output);
                return 0;
            }
            case "rebuild-search-index":
            {
                await app.Services.PrepareDatabaseAsync();
                await RebuildIndexAsync(app, output);
                return 0;
            }
            case "export-unmet-searches":
            {
                DateOnly? since = null;
                var at = Array.IndexOf(args, "--since");
                if (at >= 0 && (at + 1 >= args.Length || !DateOnly.TryParseExact(args[at + 1], "yyyy-MM-dd", out var parsed)))
                {
                    Console.Error.WriteLine("Usage: export-unmet-searches [--since YYYY-MM-DD] > gaps.csv");
                    return 2;
                }
                else if (at >= 0) since = DateOnly.ParseExact(args[at + 1], "yyyy-MM-dd");
                await app.Services.PrepareDatabaseAsync();
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<UnmetSearchReport>().WriteCsvAsync(output, since);
                await output.FlushAsync();
                return 0;
            }
            case "import-listings":
            {
                var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
                {
                    Console.Error.WriteLine("Usage: import-listings FILE-OR-FOLDER [--pending]   (JSON listing format, docs/data-format.md)");
                    return 2;
                }
                await app.Services.PrepareDatabaseAsync();
                // Checked first, as the site does when it starts, so the import brings the index up to date as it goes.
                await app.Services.GetRequiredService<SearchCatalogue>().EnsureReadyAsync();
                await using var scope = app.Services.CreateAsyncScope();
                var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray() : [path];
                var status = args.Contains("--pending") ? ListingStatus.Pending : ListingStatus.Published;
                var months = scope.ServiceProvider.GetRequiredService<IOptions<LocalOfferOptions>>().Value.ReviewPeriodMonths;
                var result = await scope.ServiceProvider.GetRequiredService<ListingFileImporter>().ImportAsync(files, status, months);
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine($"Nothing was imported: {result.Problems.Count} problem(s).");
                    foreach (var problem in result.Problems) Console.Error.WriteLine("  " + problem);
                    return 1;
                }
                output.WriteLine($"Imported {result.Added} new and {result.Updated} updated listings as {status.ToString().ToLowerInvariant()}.");
                if (result.AlreadyWaitingNote is { } waitingNote) output.WriteLine(waitingNote);
                return 0;
            }
            case "import-postcodes":
            {
                var path = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                if (path is null || !File.Exists(path))
                {
                    Console.Error.WriteLine("Usage: import-postcodes FILE.csv   (the ONS Postcode Directory CSV, ONSPD)");
                    return 2;
                }
                await app.Services.PrepareDatabaseAsync();
                await using var scope = app.Services.CreateAsyncScope();
                // Created here rather than resolved, so the command works whether or not AddPostcodes ran.
                var importer = ActivatorUtilities.GetServiceOrCreateInstance<OnspdImporter>(scope.ServiceProvider);
                OnspdImportSummary summary;
                try
                {
                    summary = await importer.ImportAsync(path);
                }
                catch (InvalidDataException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return 1;
                }
                output.WriteLine(summary.Replaced
                    ? $"Loaded {summary.Loaded:N0} postcodes in {summary.Districts:N0} districts and {summary.Sectors:N0} sectors."
                    : "No live postcode with coordinates was found, so the postcode table is unchanged.");
                output.WriteLine($"Skipped {summary.SkippedTerminated:N0} terminated postcodes and {summary.SkippedNoCoordinates:N0} without coordinates.");
                if (summary.Duplicates > 0) output.WriteLine($"Ignored {summary.Duplicates:N0} repeated postcodes (the first of each was kept).");
                if (summary.BadRows > 0)
                {
                    output.WriteLine($"{summary.BadRows:N0} rows could not be read{(summary.BadRows > summary.FirstBadRows.Count ? $"; the first {summary.FirstBadRows.Count}" : "")}:");
                    foreach (var row in summary.FirstBadRows) output.WriteLine("  " + row);
                }
                output.WriteLine($"Read {summary.RowsRead:N0} rows in {summary.Elapsed.TotalSeconds:F1}s ({summary.RowsPerSecond:N0} rows a second).");
                return summary.Replaced ? 0 : 1;
            }
            case Features.OpenData.OpenDataCommands.Export or Features.OpenData.OpenDataCommands.Import:
            {
                await app.Services.PrepareDatabaseAsync();
                return await Features.OpenData.OpenDataCommands.RunAsync(app.Services, args, output, Console.Error);
            }
            case "backup":
            case "restore":
            {
                var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
                if (file is null)
                {
                    Console.Error.WriteLine(args[0] == "backup"
                        ? "Usage: backup FILE.db   (a consistent copy of the database, taken while the site runs)"
                        : "Usage: restore FILE.db   (puts a backup back; stop the site first; the search index is rebuilt on the next start)");
                    return 2;
                }
                if (app.Services.GetRequiredService<DatabaseConnection>().Engine == DatabaseEngine.PostgreSql)
                {
                    Console.Error.WriteLine(DatabaseBackup.PostgreSqlAdvice);
                    return 1;
                }
                var data = app.Services.GetRequiredService<DataDirectory>().Path;
                try
                {
                    var summary = args[0] == "backup" ? DatabaseBackup.Backup(data, file) : DatabaseBackup.Restore(data, file);
                    output.WriteLine($"{(args[0] == "backup" ? "Backed up to" : "Restored")} {summary.File}: {summary.Bytes:N0} bytes, {summary.Listings:N0} listings, {summary.Comments:N0} comments, integrity check passed.");
                    return 0;
                }
                catch (Exception e) when (e is InvalidOperationException or InvalidDataException or IOException or Microsoft.Data.Sqlite.SqliteException)
                {
                    Console.Error.WriteLine(e.Message);
                    return 1;
                }
            }
            case "healthcheck":
            {
                // For a container's HEALTHCHECK: the runtime image has no curl, so the site asks itself.
                var port = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS")?.Split(';', ',')[0] ?? "8080";
                var address = args.Skip(1).FirstOrDefault() ?? $"http://127.0.0.1:{port}{SiteHealth.ReadyPath}";
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
                try
                {
                    using var response = await client.GetAsync(address);
                    output.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                    return response.IsSuccessStatusCode ? 0 : 1;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Console.Error.WriteLine($"No answer from {address}: {e.Message}");
                    return 1;
                }
            }
            case Features.Accounts.CreateAdminCommand.Name:
            {
                await app.Services.PrepareDatabaseAsync();
                return await Features.Accounts.CreateAdminCommand.RunAsync(app.Services, args,
                    Environment.GetEnvironmentVariable(Features.Accounts.CreateAdminCommand.PasswordVariable), output, Console.Error);
            }
            default:
                output.WriteLine("Commands: generate --services N [--seed S] | import-listings FILE-OR-FOLDER [--pending] | import-postcodes FILE.csv | rebuild-search-index | export-unmet-searches [--since YYYY-MM-DD] | schema-script | backup FILE.db | restore FILE.db | healthcheck [URL] | "
                    + Features.OpenData.OpenDataCommands.ExportUsage + " | " + Features.OpenData.OpenDataCommands.ImportUsage + " | " + Features.Accounts.CreateAdminCommand.Usage);
                return 0;
        }
    }

    private static async Task RebuildIndexAsync(WebApplication app, TextWriter output)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var count = await app.Services.GetRequiredService<SearchCatalogue>().RebuildAsync();
        output.WriteLine($"Rebuilt the search index: {count} services in {started.ElapsedMilliseconds} ms.");
    }

    private static bool TryInt(string[] args, string name, int? fallback, out int value)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length)
        {
            value = fallback ?? 0;
            return fallback is not null;
        }
        return int.TryParse(args[at + 1], out value);
    }
}
