using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Feedback;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using Npgsql;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// Two published sites, each a process with its own data directory and search index, sharing one
/// PostgreSQL database as a council's web servers behind a load balancer do. Runs in the PostgreSQL
/// pass of the integration suite (<c>LOCALOFFER_TEST_POSTGRES</c>).
/// </summary>
public sealed class TwoServersTests : IAsyncLifetime
{
    private readonly List<string> _folders = [];
    private string _firstFolder = "";
    private SiteProcess? _first, _second;

    private SiteProcess First => _first!;
    private SiteProcess Second => _second!;

    public async Task InitializeAsync()
    {
        if (!TestDatabase.IsPostgreSql) return;
        // One after the other, as a rolling start does; the first fills the empty database of its data
        // directory, and the second is pointed at the same database.
        _firstFolder = NewFolder();
        _first = await SiteProcess.StartAsync(_firstFolder, Settings());
        _second = await SiteProcess.StartAsync(NewFolder(), Settings());
    }

    private string Database => TestDatabase.ConnectionString(TestDatabase.DatabaseName(_firstFolder));

    private Dictionary<string, string> Settings() => new()
    {
        ["LocalOffer__Database__Provider"] = "PostgreSQL",
        ["LocalOffer__Database__ConnectionString"] = Database,
        ["LocalOffer__DemoData"] = "true",
        ["LocalOffer__CatalogueCheckSeconds"] = "1",
        ["LocalOffer__Email__OutboxCheckSeconds"] = "1",
        ["LocalOffer__Feedback__CommentsPerHour"] = "1000",
    };

    private string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        _folders.Add(folder);
        return folder;
    }

    [PostgreSqlOnlyFact("two servers share one PostgreSQL database")]
    public async Task Signed_in_on_one_server_a_provider_is_signed_in_on_the_other()
    {
        var jar = new CookieContainer();
        using var first = Client(First, jar);
        using var second = Client(Second, jar);
        var signedIn = await first.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = DemoAccounts.ProviderEmail, ["Password"] = DemoAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The same cookie, read by the other server: the dashboard, not the sign-in page.
        var dashboard = await second.GetAsync("/provider");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Sign out", await dashboard.Content.ReadAsStringAsync());
    }

    [PostgreSqlOnlyFact("two servers share one PostgreSQL database")]
    public async Task A_form_served_by_one_server_can_be_sent_to_the_other()
    {
        var jar = new CookieContainer();
        using var first = Client(First, jar);
        using var second = Client(Second, jar);
        var form = await new HtmlParser().ParseDocumentAsync(await first.GetStringAsync("/feedback"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var text = "Two servers test: the short breaks page should say how long the waiting list is.";

        var sent = await second.PostAsync("/feedback", new FormUrlEncodedContent(FeedbackSite.Fields(text).Append(new("__RequestVerificationToken", token))));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/feedback/sent", sent.Headers.Location?.OriginalString);

        // And a token the other server never issued is still refused.
        var forged = await second.PostAsync("/feedback", new FormUrlEncodedContent(FeedbackSite.Fields(text).Append(new("__RequestVerificationToken", token[..^4] + "AAAA"))));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [PostgreSqlOnlyFact("two servers share one PostgreSQL database")]
    public async Task Listings_imported_beside_the_running_servers_are_found_on_both_within_five_seconds()
    {
        var word = "Zephyrine" + Random.Shared.Next(1000, 9999);
        var entry = FixtureCatalogue.Published()[0] with { Id = Guid.NewGuid(), Slug = word.ToLowerInvariant() + "-club", Name = $"{word} swimming club" };
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "listings.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[] { entry }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        Assert.DoesNotContain($"{word} swimming club", await Second.Client.GetStringAsync($"/services?q={word}"));

        // A third process, as a council officer runs the import command on one of the machines.
        var environment = new Dictionary<string, string>(First.Environment) { ["LocalOffer__DataDirectory"] = folder };
        var (exit, output) = await SiteProcess.RunAsync("dotnet", $"LocalOffer.Web.dll import-listings \"{file}\"", await SiteProcess.PublishedAsync(), environment);
        Assert.True(exit == 0, output);

        var waited = System.Diagnostics.Stopwatch.StartNew();
        var found = new Dictionary<int, TimeSpan>();
        while (found.Count < 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            foreach (var (n, site) in new[] { (1, First), (2, Second) })
                if (!found.ContainsKey(n) && (await site.Client.GetStringAsync($"/services?q={word}")).Contains($"{word} swimming club", StringComparison.Ordinal))
                    found[n] = waited.Elapsed;
            await Task.Delay(100);
        }
        Assert.True(found.Count == 2 && found.Values.Max() < TimeSpan.FromSeconds(5),
            $"found on {found.Count} servers: {string.Join(", ", found.Select(f => $"server {f.Key} after {f.Value.TotalSeconds:0.0} s"))}");
        // The service page reads the shared database directly, so it is there on both too.
        Assert.Equal(HttpStatusCode.OK, (await Second.Client.GetAsync($"/services/{entry.Slug}")).StatusCode);
    }

    [PostgreSqlOnlyFact("two servers share one PostgreSQL database")]
    public async Task Emails_waiting_in_the_shared_outbox_are_each_sent_by_exactly_one_server()
    {
        // Enough that one server takes several seconds to send them all: each outbox looks once a second,
        // so the other server wakes while most are still waiting. (With 400, one fast server once sent
        // every email before the other woke, and the test proved nothing about the two competing.)
        const int count = 2000;
        var subject = "Two servers outbox " + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(Database))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO outgoing_emails ("To", "Subject", "Body", "CreatedAt", "Attempts")
                SELECT 'parent' || n || '@example.org', @subject || ' ' || n, 'Body', now(), 0 FROM generate_series(1, @count) AS n
                """, connection);
            insert.Parameters.AddWithValue("subject", subject);
            insert.Parameters.AddWithValue("count", count);
            await insert.ExecuteNonQueryAsync();
        }

        // Both outboxes look every second: they take the same waiting emails from the same table.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        List<string> first = [], second = [];
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            (first, second) = (Sent(First, subject), Sent(Second, subject));
            if (first.Count + second.Count >= count) break;
            await Task.Delay(500);
        }
        await Task.Delay(1500); // a second send of any of them would land by now
        (first, second) = (Sent(First, subject), Sent(Second, subject));

        var all = first.Concat(second).ToList();
        Assert.Equal(count, all.Distinct().Count());
        Assert.Equal(count, all.Count); // none twice
        Assert.True(first.Count > 0 && second.Count > 0, $"one server sent them all ({first.Count} and {second.Count}), so the test did not make them compete");
    }

    private static List<string> Sent(SiteProcess site, string subject)
    {
        var folder = Path.Combine(site.Environment["LocalOffer__DataDirectory"], "emails");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Select(f => File.ReadLines(f).FirstOrDefault(l => l.StartsWith("Subject: " + subject + " ", StringComparison.Ordinal)))
            .OfType<string>().ToList();
    }

    private static HttpClient Client(SiteProcess site, CookieContainer jar) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = jar }) { BaseAddress = site.Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task DisposeAsync()
    {
        if (_first is not null) await _first.DisposeAsync();
        if (_second is not null) await _second.DisposeAsync();
        foreach (var folder in _folders)
        {
            TestDatabase.Drop(folder);
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
