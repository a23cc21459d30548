using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class UnmetSearchesPageTests
{
    [Fact]
    public async Task Officers_see_the_searches_that_found_nothing_and_download_the_same_as_csv()
    {
        await using var site = new OfficerSite();
        await site.InitializeAsync();
        var visitor = site.CreateClient();
        await visitor.GetAsync("/services?q=trampoline+club");
        await visitor.GetAsync("/services?q=Trampoline+Club!");
        await visitor.GetAsync("/services?q=trampoline+club&free=true");
        await visitor.GetAsync("/services?q=sensory+swing");
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));

        var page = await officer.PageAsync("/officer/unmet-searches");
        var rows = page.QuerySelectorAll("#unmet tbody tr").Select(r => r.TextContent.Squash()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.StartsWith("2 trampoline club", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("1 trampoline club Filters: free: true"));
        Assert.Contains(rows, r => r.StartsWith("1 sensory swing"));

        var today = DateTime.UtcNow;
        var since = await officer.PageAsync($"/officer/unmet-searches?day={today.Day}&month={today.Month}&year={today.Year}");
        Assert.Equal(3, since.QuerySelectorAll("#unmet tbody tr").Length);
        Assert.Equal($"/officer/unmet-searches?handler=csv&day={today.Day}&month={today.Month}&year={today.Year}", since.QuerySelector("#csv")?.GetAttribute("href"));
        var future = await officer.PageAsync($"/officer/unmet-searches?day=1&month=1&year={today.Year + 1}");
        Assert.Empty(future.QuerySelectorAll("#unmet tbody tr"));

        var wrong = await officer.PageAsync("/officer/unmet-searches?day=31&month=2&year=2026");
        Assert.Contains("Enter a real date", wrong.Text(".govuk-error-summary"));

        var csv = await officer.GetAsync(page.QuerySelector("#csv")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        Assert.Equal("searches,words,filters,postcode_district,first_seen,last_seen", lines[0].TrimEnd('\r'));
        Assert.Equal(4, lines.Length);
    }
}
