using System.Net;
using LocalOffer.IntegrationTests.Feedback;
using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>Things going wrong underneath a running site: its search index damaged or gone, its database locked.</summary>
public sealed class FaultTests : IAsyncLifetime
{
    private readonly FeedbackSite _site = new();
    private string IndexFile => Path.Combine(_site.DataDirectory, "search", "index.db");

    public Task InitializeAsync() => _site.InitializeAsync();

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task A_search_index_overwritten_with_rubbish_while_the_site_runs_is_rebuilt_and_search_carries_on()
    {
        var client = _site.CreateClient();
        Assert.Contains("Chatterbox speech group", await client.GetStringAsync("/services?q=chatterbox"));

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(IndexFile);
        var random = new Random(7);
        for (var i = 0; i < bytes.Length; i += 97) bytes[i] = (byte)random.Next(256);
        await File.WriteAllBytesAsync(IndexFile, bytes);

        // A different search, so no answer comes from a cache.
        var after = await client.GetAsync("/services?q=swimming");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Swimming session 01", await after.Content.ReadAsStringAsync());
        Assert.Contains("Little Acorns childminding", await client.GetStringAsync("/services?q=acorns"));
        Assert.Contains(_site.Logs.Lines, l => l.Contains("rebuilding it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_search_index_deleted_while_the_site_runs_does_not_stop_search_and_new_listings_are_still_found()
    {
        var client = _site.CreateClient();
        Assert.Contains("Chatterbox speech group", await client.GetStringAsync("/services?q=chatterbox"));

        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(IndexFile)!, recursive: true);

        Assert.Contains("Swimming session 01", await client.GetStringAsync("/services?q=swimming"));
        var added = FixtureCatalogue.Published()[0] with { Id = Guid.NewGuid(), Slug = "otter-club", Name = "Otter club", Summary = "An after-school otter-watching club.", Contacts = [], Locations = [] };
        Assert.True((await _site.ImportAsync([added])).Succeeded);
        Assert.Contains("Otter club", await client.GetStringAsync("/services?q=otter"));
    }

    [Fact]
    public async Task While_the_database_is_locked_for_a_few_seconds_comments_wait_and_are_saved_and_pages_still_show()
    {
        var browser = _site.BrowserFrom();
        // SQLite locks the whole file; on PostgreSQL the comments table is locked against every write.
        await using (System.Data.Common.DbConnection locker = TestDatabase.IsPostgreSql
            ? new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(TestDatabase.DatabaseName(_site.DataDirectory)))
            : new SqliteConnection($"Data Source={Path.Combine(_site.DataDirectory, "localoffer.db")};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var begin = locker.CreateCommand();
            begin.CommandText = TestDatabase.IsPostgreSql ? """BEGIN; LOCK TABLE "comments" IN EXCLUSIVE MODE;""" : "BEGIN EXCLUSIVE";
            await begin.ExecuteNonQueryAsync();

            var text = "Sent while the database was locked: please add more holiday clubs.";
            var sending = browser.PostFormAsync("/feedback", FeedbackSite.Fields(text));
            // Families reading pages are not held up by a writer's lock.
            Assert.Contains("Chatterbox speech group", await _site.CreateClient().GetStringAsync("/services/chatterbox-speech-group"));
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.False(sending.IsCompleted, "the comment should be waiting for the lock");

            await using var commit = locker.CreateCommand();
            commit.CommandText = "COMMIT";
            await commit.ExecuteNonQueryAsync();

            var sent = await sending;
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.Equal("/feedback/sent", sent.Headers.Location?.OriginalString);
            Assert.NotNull(await _site.FindCommentAsync(text));
        }
    }
}
