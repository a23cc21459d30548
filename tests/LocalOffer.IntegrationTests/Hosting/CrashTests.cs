using System.Collections.Concurrent;
using System.Net;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Feedback;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using Microsoft.Data.Sqlite;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The published site killed outright (kill -9, no chance to tidy up) in the middle of a burst of
/// parents' comments and providers' saved drafts: after a restart, everything the site answered with
/// success is there and SQLite's integrity check passes (on PostgreSQL, which has no such check, the rows are read back).
/// </summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Killed_in_the_middle_of_a_burst_of_comments_and_drafts_it_loses_nothing_it_said_it_had_saved()
    {
        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string>
        {
            ["LocalOffer__DemoData"] = "true",
            ["LocalOffer__Feedback__CommentsPerHour"] = "1000000",
        };
        var savedComments = new ConcurrentBag<string>();
        var savedDrafts = new ConcurrentBag<(Guid Draft, string Name)>();
        try
        {
            await using (var site = await SiteProcess.StartAsync(data, settings))
            {
                var provider = site.Browser();
                var signedIn = await provider.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = DemoAccounts.ProviderEmail, ["Password"] = DemoAccounts.Password });
                Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
                var dashboard = await new HtmlParser().ParseDocumentAsync(await provider.GetStringAsync("/provider"));
                var providerId = Guid.Parse(dashboard.QuerySelector("input[name=provider]")!.GetAttribute("value")!);

                using var stop = new CancellationTokenSource();
                async Task Parent(int who)
                {
                    var browser = site.Browser();
                    for (var n = 0; !stop.IsCancellationRequested; n++)
                    {
                        var text = $"Crash test comment {who}-{n}: the transport page needs a map.";
                        try
                        {
                            var sent = await browser.PostFormAsync("/feedback", FeedbackSite.Fields(text));
                            if (sent.StatusCode == HttpStatusCode.Redirect && sent.Headers.Location?.OriginalString == "/feedback/sent") savedComments.Add(text);
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException) { return; }
                    }
                }
                async Task Provider(int who)
                {
                    for (var n = 0; !stop.IsCancellationRequested; n++)
                    {
                        var name = $"Crash test group {who}-{n}";
                        try
                        {
                            var draft = await provider.StartListingAsync(providerId);
                            var saved = await provider.SaveSectionAsync(draft, "about", TemplateForm.ValidAnswers(name)["about"], then: "task-list");
                            if (saved.StatusCode == HttpStatusCode.Redirect) savedDrafts.Add((draft, name));
                        }
                        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or Xunit.Sdk.XunitException) { return; }
                    }
                }
                var burst = Enumerable.Range(0, 6).Select(Parent).Concat(Enumerable.Range(0, 3).Select(Provider)).ToList();
                // Let the burst run until a fair number have been answered, then pull the plug.
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while ((savedComments.Count < 40 || savedDrafts.Count < 6) && waited.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(50);
                await site.SignalAsync("KILL");
                await site.WaitForExitAsync(TimeSpan.FromSeconds(10));
                stop.Cancel();
                await Task.WhenAll(burst);
                Assert.NotEqual(0, site.ExitCode);
            }
            Assert.True(savedComments.Count >= 40 && savedDrafts.Count >= 6, $"only {savedComments.Count} comments and {savedDrafts.Count} drafts were saved before the kill");

            await using (var site = await SiteProcess.StartAsync(data, settings))
            {
                await using System.Data.Common.DbConnection db = TestDatabase.IsPostgreSql
                    ? new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(TestDatabase.DatabaseName(data)))
                    : new SqliteConnection($"Data Source={Path.Combine(data, "localoffer.db")};Mode=ReadOnly;Pooling=False");
                await db.OpenAsync();
                if (!TestDatabase.IsPostgreSql) Assert.Equal("ok", await ScalarAsync(db, "PRAGMA integrity_check"));
                var comments = (await ColumnAsync(db, """SELECT "Text" FROM comments""")).ToHashSet();
                Assert.All(savedComments, text => Assert.Contains(text, comments));
                var forms = await ColumnAsync(db, """SELECT "Form" FROM submissions""");
                Assert.All(savedDrafts, d => Assert.Contains(forms, f => f.Contains(d.Name, StringComparison.Ordinal)));

                // And the provider sees their drafts after the restart.
                var provider = site.Browser();
                await provider.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = DemoAccounts.ProviderEmail, ["Password"] = DemoAccounts.Password });
                var drafts = await provider.GetStringAsync("/provider");
                Assert.All(savedDrafts, d => Assert.Contains(d.Name, drafts));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TestDatabase.Drop(data);
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string?> ScalarAsync(System.Data.Common.DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync());
    }

    private static async Task<List<string>> ColumnAsync(System.Data.Common.DbConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
