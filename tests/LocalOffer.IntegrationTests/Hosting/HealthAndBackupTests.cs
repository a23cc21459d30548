using System.Net;
using System.Text.Json.Nodes;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.Database;

namespace LocalOffer.IntegrationTests.Hosting;

public sealed class HealthAndBackupTests
{
    [Fact]
    public async Task Health_addresses_say_the_site_is_alive_and_ready_without_saying_anything_private()
    {
        await using var site = new LocalOfferSite();
        var client = site.CreateClient();

        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", JsonNode.Parse(await live.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("Healthy", body["checks"]!["database"]!.GetValue<string>());
        Assert.Equal("Healthy", body["checks"]!["search-index"]!.GetValue<string>());
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
        Assert.DoesNotContain(site.DataDirectory, await ready.Content.ReadAsStringAsync());
    }

    [SqliteOnlyFact("backup and restore copy the SQLite file; on PostgreSQL they point to pg_dump and pg_restore, tested below")]
    public async Task A_backup_taken_while_the_site_runs_puts_the_catalogue_back_as_it_was_and_search_finds_it_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        var backup = Path.Combine(data + "-backups", "monday.db");
        var listings = FixtureCatalogue.Published();
        try
        {
            await using (var site = new LocalOfferSite(data) { KeepData = true })
            {
                _ = site.Server;
                Assert.True((await site.ImportAsync(listings.Take(5))).Succeeded);
                // Taken with the site serving requests.
                var reading = Task.WhenAll(Enumerable.Range(0, 20).Select(_ => site.CreateClient().GetStringAsync("/services?q=swimming")));
                var summary = DatabaseBackup.Backup(data, backup);
                await reading;
                Assert.Equal(5, summary.Listings);
                Assert.Throws<InvalidOperationException>(() => DatabaseBackup.Backup(data, backup));

                // After the backup: more listings arrive.
                Assert.True((await site.ImportAsync(listings.Skip(5))).Succeeded);
                Assert.Contains("Swimming session 01", await site.CreateClient().GetStringAsync("/services?q=swimming"));
            }

            var restored = DatabaseBackup.Restore(data, backup);
            Assert.Equal(5, restored.Listings);

            await using (var site = new LocalOfferSite(data))
            {
                var client = site.CreateClient();
                Assert.Contains("Chatterbox speech group", await client.GetStringAsync("/services?q=chatterbox"));
                Assert.DoesNotContain("Swimming session 01", await client.GetStringAsync("/services?q=swimming"));
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/swimming-session-1")).StatusCode);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { data, data + "-backups" })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [SqliteOnlyFact("backup and restore copy the SQLite file; on PostgreSQL they point to pg_dump and pg_restore, tested below")]
    public async Task A_damaged_or_foreign_file_is_never_restored()
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        var junk = Path.Combine(site.DataDirectory, "junk.db");
        await File.WriteAllBytesAsync(junk, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7)).ToArray());
        Assert.ThrowsAny<Exception>(() => DatabaseBackup.Restore(site.DataDirectory, junk));

        var other = Path.Combine(site.DataDirectory, "other.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT)";
            await command.ExecuteNonQueryAsync();
        }
        var refused = Assert.Throws<InvalidDataException>(() => DatabaseBackup.Restore(site.DataDirectory, other));
        Assert.Contains("not a LocalOffer database", refused.Message);
        // The site's own database is untouched.
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_backup_command_copies_a_SQLite_database_and_on_PostgreSQL_points_to_pg_dump_and_pg_restore()
    {
        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        var backup = Path.Combine(data, "tuesday.db");
        try
        {
            await using (var site = new LocalOfferSite(data) { KeepData = true })
            {
                _ = site.Server;
                Assert.True((await site.ImportAsync(FixtureCatalogue.Published().Take(3))).Succeeded);
            }
            var environment = new Dictionary<string, string> { ["LocalOffer__DataDirectory"] = data };
            foreach (var (key, value) in TestDatabase.EnvironmentSettings(data)) environment[key] = value;
            var app = await SiteProcess.PublishedAsync();

            var (exit, said) = await SiteProcess.RunAsync("dotnet", $"LocalOffer.Web.dll backup \"{backup}\"", app, environment, TimeSpan.FromSeconds(60));
            if (TestDatabase.IsPostgreSql)
            {
                Assert.Equal(1, exit);
                Assert.Contains("pg_dump", said);
                Assert.False(File.Exists(backup));
                (exit, said) = await SiteProcess.RunAsync("dotnet", $"LocalOffer.Web.dll restore \"{backup}\"", app, environment, TimeSpan.FromSeconds(60));
                Assert.Equal(1, exit);
                Assert.Contains("pg_restore", said);
            }
            else
            {
                Assert.True(exit == 0, said);
                Assert.Contains("3 listings", said);
                Assert.Equal(3, DatabaseBackup.Check(backup).Listings);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestDatabase.Drop(data);
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
