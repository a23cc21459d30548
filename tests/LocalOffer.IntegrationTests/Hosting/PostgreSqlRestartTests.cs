using System.Net;
using LocalOffer.IntegrationTests.Feedback;
using LocalOffer.IntegrationTests.Infrastructure;
using Npgsql;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// PostgreSQL stopped and started again under a running site: while it is down, pages that need the
/// database say so plainly (503, the friendly "try again in a few minutes" page, nothing technical)
/// and search, which runs from the site's own index, keeps working; once it is back the site carries
/// on by itself, with no restart. Runs on a PostgreSQL instance of its own, so the other tests sharing
/// the suite's server are not disturbed.
/// </summary>
public sealed class PostgreSqlRestartTests
{
    [PostgreSqlOnlyFact("it stops and starts a PostgreSQL server", NeedsRoot = true)]
    public async Task When_PostgreSQL_restarts_requests_fail_cleanly_and_the_site_recovers_by_itself()
    {
        await using var postgres = await PostgreSqlInstance.StartAsync();
        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var site = await SiteProcess.StartAsync(data, new Dictionary<string, string>
            {
                ["LocalOffer__Database__Provider"] = "PostgreSQL",
                ["LocalOffer__Database__ConnectionString"] = postgres.ConnectionString,
                ["LocalOffer__DemoData"] = "true",
                ["LocalOffer__Council__Phone"] = "01225 000000",
            });
            var service = "/services/" + await AnyServiceSlugAsync(postgres.ConnectionString);
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(service)).StatusCode);

            await postgres.StopAsync();
            var down = await site.Client.GetAsync(service);
            var page = await down.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            Assert.Contains("Sorry, there is a problem with the service", page);
            Assert.Contains("try again in a few minutes", page);
            Assert.Contains("01225 000000", page);
            foreach (var technical in new[] { "Npgsql", "Exception", "   at ", "SELECT", "5432" })
                Assert.DoesNotContain(technical, page);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await site.Client.GetAsync("/health/ready")).StatusCode);
            // Search answers from the site's own index and listing facts.
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/services?q=swimming")).StatusCode);
            // A parent's comment is not lost: the form comes back with their words and a plain reason.
            var words = "Sent while the database was down: the respite page needs opening times.";
            var refused = await site.Browser().PostFormAsync("/feedback", FeedbackSite.Fields(words));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var form = await refused.Content.ReadAsStringAsync();
            Assert.Contains("We could not save your comment just now", form);
            Assert.Contains(words, form);
            // The same from a service's own comment form.
            var aboutService = await site.Browser().PostFormAsync(service + "/report-a-problem", FeedbackSite.Fields(words, topic: "Service"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, aboutService.StatusCode);
            Assert.Contains(words, await aboutService.Content.ReadAsStringAsync());

            await postgres.StartAgainAsync();
            var waited = System.Diagnostics.Stopwatch.StartNew();
            HttpStatusCode status;
            do
            {
                status = (await site.Client.GetAsync(service)).StatusCode;
                if (status == HttpStatusCode.OK) break;
                await Task.Delay(250);
            } while (waited.Elapsed < TimeSpan.FromSeconds(30));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/health/ready")).StatusCode);
            var sent = await site.Browser().PostFormAsync("/feedback", FeedbackSite.Fields("Sent after the database came back."));
            Assert.Equal("/feedback/sent", sent.Headers.Location?.OriginalString);
            Assert.False(site.HasExited);
        }
        finally
        {
            TestDatabase.Drop(data);
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<string> AnyServiceSlugAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "Slug" FROM listings WHERE "Status" = 'Published' ORDER BY "Slug" LIMIT 1""", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
