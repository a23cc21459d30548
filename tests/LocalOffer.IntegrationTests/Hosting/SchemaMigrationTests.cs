using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Hosting;

public sealed class SchemaMigrationTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));

    public Task InitializeAsync() { Directory.CreateDirectory(_folder); return Task.CompletedTask; }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var name in new[] { "migrated.db", "model.db" }) TestDatabase.Drop(Path.Combine(_folder, name));
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Running_every_migration_gives_exactly_the_schema_the_model_describes()
    {
        var migrated = await DescribeAsync("migrated.db", db => db.Database.MigrateAsync());
        var fromModel = await DescribeAsync("model.db", db => db.Database.EnsureCreatedAsync());

        Assert.NotEmpty(migrated);
        Assert.Equal(fromModel, migrated);
    }

    [Fact]
    public async Task Starting_the_site_twice_keeps_the_data_and_does_not_rerun_migrations()
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        var imported = await site.ImportAsync(FixtureCatalogue.Published().Take(2));
        Assert.True(imported.Succeeded);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
            await db.Database.MigrateAsync();
            Assert.Equal(2, await db.Listings.CountAsync());
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }
    }

    /// <summary>Every table's columns (name, type, nullability, key) and every index, as text.</summary>
    private Task<List<string>> DescribeAsync(string file, Func<LocalOfferDb, Task> create) =>
        TestDatabase.IsPostgreSql ? DescribePostgreSqlAsync(file, create) : DescribeSqliteAsync(file, create);

    /// <summary>
    /// On PostgreSQL: every table's columns (type, length, nullability, default, identity), its keys and
    /// foreign keys, and every index, from information_schema and pg_catalog.
    /// </summary>
    private async Task<List<string>> DescribePostgreSqlAsync(string name, Func<LocalOfferDb, Task> create)
    {
        var settings = TestDatabase.Settings(Path.Combine(_folder, name));
        var options = new DbContextOptionsBuilder<LocalOfferDb>()
            .UseNpgsql(settings["LocalOffer:Database:ConnectionString"])
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new LocalOfferDb(options);
        await create(db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        async Task ReadAsync(string sql)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        await ReadAsync("""
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                || coalesce(' of ' || udt_name, '') || ' nullable=' || is_nullable || ' default=' || coalesce(column_default, '-')
                || ' identity=' || coalesce(identity_generation, '-')
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            ORDER BY table_name, column_name
            """);
        await ReadAsync("""
            SELECT 'constraint ' || c.conname || ' on ' || t.relname || ': ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname NOT LIKE '__EFMigrations%'
            ORDER BY c.conname
            """);
        await ReadAsync("""
            SELECT 'index ' || indexname || ' on ' || tablename || ': ' || indexdef
            FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
            ORDER BY indexname
            """);
        return rows;
    }

    private async Task<List<string>> DescribeSqliteAsync(string file, Func<LocalOfferDb, Task> create)
    {
        var options = new DbContextOptionsBuilder<LocalOfferDb>()
            .UseSqlite($"Data Source={Path.Combine(_folder, file)}")
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.PendingModelChangesWarning))
            .Options;
        await using var db = new LocalOfferDb(options);
        await create(db);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new List<string>();
        var tables = new List<string>();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' ORDER BY name";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        foreach (var table in tables)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY name";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add($"{table}.{reader.GetString(0)} {reader.GetString(1)} notnull={reader.GetInt64(2)} pk={reader.GetInt64(3)}");
        }
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add($"index {reader.GetString(0)} on {reader.GetString(1)}: {reader.GetString(2)}");
        }
        return rows;
    }
}
