using LocalOffer.Web.Demo;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Hosting;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Database;

public static class DatabaseSetup
{
    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "localoffer.db"),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public static IServiceCollection AddLocalOfferDatabase(this IServiceCollection services)
    {
        services.AddDbContext<LocalOfferDb>((provider, options) => options
            .UseSqlite(SqliteConnectionString(provider.GetRequiredService<DataDirectory>().Path), sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            // Migrations are written by hand (see Migrations/README.md); the schema test, not a model
            // snapshot, proves they match the model.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        return services;
    }

    /// <summary>
    /// Brings the schema up to date, seeds the category list and areas of need into an empty database,
    /// and, only when configured, the demonstration catalogue into a database with no listings and its
    /// postcodes into an empty postcode table.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<LocalOfferOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("LocalOffer.Database");

        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await ReferenceData.SeedAsync(db, ct);

        if (options.DemoData && !await db.Listings.AnyAsync(ct))
        {
            var result = await DemoCatalogue.LoadAsync(scope.ServiceProvider, ct);
            if (!result.Succeeded)
                throw new InvalidDataException("The demonstration catalogue has errors:\n" + string.Join('\n', result.Problems));
            logger.LogInformation("Loaded the demonstration catalogue: {Count} services", result.Added);
        }

        if (options.DemoData) await Features.Accounts.DemoAccounts.EnsureAsync(scope.ServiceProvider, logger, ct);

        // The demo's own approximate postcodes, so distance searches work without the ONSPD download.
        var demoPostcodes = Path.Combine(DemoCatalogue.DataFolder, "postcodes-demo.csv");
        if (options.DemoData && !await db.Postcodes.AnyAsync(ct))
        {
            if (!File.Exists(demoPostcodes))
                logger.LogWarning("The demonstration postcodes are missing from {Folder}: postcode searches will find nothing", DemoCatalogue.DataFolder);
            else
            {
                // Created here rather than resolved, so start-up does not depend on AddPostcodes having run.
                var importer = ActivatorUtilities.GetServiceOrCreateInstance<OnspdImporter>(scope.ServiceProvider);
                var postcodes = await importer.ImportAsync(demoPostcodes, ct);
                if (postcodes.BadRows > 0)
                    throw new InvalidDataException("The demonstration postcodes have errors:\n" + string.Join('\n', postcodes.FirstBadRows));
            }
        }
    }
}
