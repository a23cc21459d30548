using LocalOffer.Web.Demo;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Hosting;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Database;

/// <summary>The database engines the catalogue can live in (<c>LocalOffer:Database:Provider</c>).</summary>
public enum DatabaseEngine { Sqlite, PostgreSql }

/// <summary>The engine and connection string chosen by configuration, checked once.</summary>
public sealed record DatabaseConnection(DatabaseEngine Engine, string ConnectionString)
{
    public static DatabaseConnection From(DatabaseOptions options, string dataDirectory)
    {
        var provider = options.Provider?.Trim() ?? "";
        if (provider.Length == 0 || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseEngine.Sqlite, DatabaseSetup.SqliteConnectionString(dataDirectory));
        if (!provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"LocalOffer:Database:Provider is \"{provider}\": it must be Sqlite or PostgreSQL.");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("LocalOffer:Database:ConnectionString is not set: PostgreSQL needs one, "
                + "e.g. Host=db.example.gov.uk;Database=localoffer;Username=localoffer;Password=...");
        return new(DatabaseEngine.PostgreSql, WithStatementReuse(options.ConnectionString));
    }

    /// <summary>
    /// Unless the council's connection string says otherwise, Npgsql prepares the statements a server runs
    /// again and again (a service page is seven small queries) and keeps them across pooled uses of a
    /// connection: about half as much again throughput on service pages in the load test (docs/benchmarks.md).
    /// The site sets no session state that a reset would need to clear.
    /// </summary>
    private static string WithStatementReuse(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        bool Given(string setting) => given.Keys.Cast<string>().Any(k => k.Replace(" ", "").Equals(setting, StringComparison.OrdinalIgnoreCase));
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!Given("MaxAutoPrepare")) builder.MaxAutoPrepare = 50;
        if (!Given("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}

public static class DatabaseSetup
{
    /// <summary>The EF Core provider name of PostgreSQL, as migrations see it.</summary>
    public const string PostgreSqlProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    public static bool IsPostgreSql(LocalOfferDb db) => db.Database.ProviderName == PostgreSqlProvider;

    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "localoffer.db"),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <summary>
    /// The database of record: SQLite by default, or PostgreSQL when <c>LocalOffer:Database</c> says so.
    /// An unknown provider or a PostgreSQL setting without a connection string stops start-up.
    /// </summary>
    public static IServiceCollection AddLocalOfferDatabase(this IServiceCollection services)
    {
        services.AddSingleton(provider => DatabaseConnection.From(
            provider.GetRequiredService<IOptions<LocalOfferOptions>>().Value.Database, provider.GetRequiredService<DataDirectory>().Path));
        services.AddDbContext<LocalOfferDb>((provider, options) =>
        {
            var connection = provider.GetRequiredService<DatabaseConnection>();
            if (connection.Engine == DatabaseEngine.PostgreSql)
                options.UseNpgsql(connection.ConnectionString, postgres => postgres.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(NulCharacterInterceptor.Instance);
            else
                options.UseSqlite(connection.ConnectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            // Migrations are written by hand (see Migrations/README.md); the schema test, not a model
            // snapshot, proves they match the model.
            options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
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
        if (!IsPostgreSql(db)) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
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
