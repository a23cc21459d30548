using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// The site executable's Open Referral commands:
/// <c>export-open-referral FILE.zip|FILE.json [--complete]</c> and
/// <c>import-open-referral PATH [--pending] [--skip-bad-rows] [--mapping FILE.csv]</c>.
/// </summary>
public static class OpenDataCommands
{
    public const string Export = "export-open-referral", Import = "import-open-referral";
    public static readonly string[] Names = [Export, Import];

    public const string ExportUsage = Export + " FILE.zip|FILE.json [--complete]";
    public const string ImportUsage = Import + " FILE-FOLDER-OR-ZIP [--pending] [--skip-bad-rows] [--mapping FILE.csv]";

    private const string ExportHelp = """
        FILE.zip: the Open Referral UK 3.0 tabular layout, one CSV file per table with a datapackage.json.
        FILE.json: a JSON array of full services.
        Without --complete the file holds what the public sees, like the download on the site.
        --complete WRITES PRIVATE DATA: contacts hidden from the public and the exact addresses of venues
                   shown only by area. It is for moving the whole catalogue to another system. Never publish it.
        """;

    private const string ImportHelp = """
        FILE-FOLDER-OR-ZIP: Open Referral UK 3.0 JSON (a full service, an array of them or an API page; a file
        or a folder of files), or the tabular layout (a folder or a zip with services.csv and its tables).
        --pending        imported services wait, unpublished, for an officer (otherwise they are published)
        --skip-bad-rows  import the good services and list the bad ones (otherwise one bad row imports nothing)
        --mapping FILE   the taxonomy mapping file (otherwise the one shipped in Catalogue/taxonomy-mapping.csv)
        """;

    /// <returns>0 when done; 1 when the import found problems; 2 for a wrong command line.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error, CancellationToken ct = default)
    {
        var path = args.Skip(1).Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && args[i] != "--mapping").FirstOrDefault();
        await using var scope = services.CreateAsyncScope();
        return args[0] == Export
            ? await ExportAsync(scope.ServiceProvider, path, args.Contains("--complete"), output, error, ct)
            : await ImportAsync(scope.ServiceProvider, path, args, output, error, ct);
    }

    private static async Task<int> ExportAsync(IServiceProvider services, string? path, bool complete, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var extension = Path.GetExtension(path ?? "").ToLowerInvariant();
        if (path is null || extension is not (".zip" or ".json"))
        {
            error.WriteLine("Usage: " + ExportUsage);
            error.WriteLine(ExportHelp);
            return 2;
        }
        var records = services.GetRequiredService<PublishedRecords>();
        var export = services.GetRequiredService<TabularExport>();
        var scope = complete ? records.CompleteScope : records.PublicScope;
        var temporary = path + ".partial";
        int count;
        await using (var file = File.Create(temporary))
        {
            count = extension == ".zip" ? await export.WriteZipAsync(file, scope, ct) : await export.WriteJsonAsync(file, scope, ct);
        }
        File.Move(temporary, path, overwrite: true);
        output.WriteLine($"Wrote {count} published services to {path} ({(extension == ".zip" ? "Open Referral UK tables" : "Open Referral UK JSON")}).");
        if (complete)
            error.WriteLine("This is a COMPLETE export: it holds contacts hidden from the public and exact addresses of venues shown only by area. Keep it private.");
        return 0;
    }

    private static async Task<int> ImportAsync(IServiceProvider services, string? path, string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var mappingAt = Array.IndexOf(args, "--mapping");
        var mapping = mappingAt >= 0 && mappingAt + 1 < args.Length ? args[mappingAt + 1] : null;
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)) || (mappingAt >= 0 && (mapping is null || !File.Exists(mapping))))
        {
            error.WriteLine("Usage: " + ImportUsage);
            error.WriteLine(ImportHelp);
            if (mapping is not null && !File.Exists(mapping)) error.WriteLine($"The mapping file {mapping} was not found.");
            return 2;
        }
        var options = new OpenReferralImportOptions(
            args.Contains("--pending") ? ListingStatus.Pending : ListingStatus.Published, args.Contains("--skip-bad-rows"), mapping);

        // The index is checked first (as the site does when it starts), so the import can bring it up to date as it goes.
        await services.GetRequiredService<SearchCatalogue>().EnsureReadyAsync(ct);
        var result = await services.GetRequiredService<OpenReferralImport>().ImportAsync(path, options, ct);
        var listings = result.Listings;

        foreach (var note in result.Notes) output.WriteLine("  note: " + note);
        if (result.Unmapped.Count > 0)
        {
            output.WriteLine($"{result.Unmapped.Count} taxonomy term(s) gave no category or need; add them to the mapping file to use them:");
            foreach (var term in result.Unmapped)
                output.WriteLine($"  {term.Term}{(term.Id is { } id ? $" ({id})" : "")}{(term.Taxonomy is { } t ? $" in {t}" : "")}: {term.Services} service(s)");
        }
        if (listings.Problems.Count > 0)
        {
            var imported = listings.Added + listings.Updated;
            error.WriteLine(imported == 0
                ? $"Nothing was imported: {listings.Problems.Count} problem(s)."
                : $"Left out {listings.Skipped} service(s) with problems, and every row that could not be read: {listings.Problems.Count} problem(s).");
            foreach (var problem in listings.Problems) error.WriteLine("  " + problem);
            if (imported == 0 && !options.SkipBadRows) error.WriteLine("Fix the rows above, or run again with --skip-bad-rows to import the rest.");
        }
        if (listings.Added + listings.Updated > 0 || listings.Problems.Count == 0)
            output.WriteLine($"Imported {listings.Added} new and {listings.Updated} updated services as {options.Status.ToString().ToLowerInvariant()} (of {result.ServicesRead} read). The search index is up to date.");
        if (listings.AlreadyWaitingNote is { } waitingNote) output.WriteLine(waitingNote);
        return listings.Problems.Count > 0 ? 1 : 0;
    }
}
