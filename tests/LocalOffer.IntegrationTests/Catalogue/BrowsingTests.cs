using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Catalogue;

[Collection(FixtureSiteCollection.Name)]
public sealed class BrowsingTests(FixtureSite site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Home_page_offers_every_category_every_age_band_search_and_advice()
    {
        var (response, page) = await _client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tiles = page.QuerySelectorAll(".lo-tile").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(8, tiles.Count);
        Assert.Contains("/categories/health", tiles);
        var ages = page.QuerySelectorAll(".lo-ages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/services?age=0-2", "/services?age=3-5", "/services?age=6-11", "/services?age=12-15", "/services?age=16-18", "/services?age=19-25"], ages);
        Assert.Equal("/services", page.QuerySelector("form[role=search]")!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("a[href='/information/support/information-advice-and-support']"));
        Assert.NotNull(page.QuerySelector("a[href='/information/about/no-internet']"));
        Assert.Contains("This is a demonstration", page.Text(".lo-demo-banner"));
    }

    [Fact]
    public async Task Category_page_lists_its_sub_categories_with_counts()
    {
        var (response, page) = await _client.GetPageAsync("/categories/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Health", page.Text("h1"));
        var items = page.QuerySelectorAll("main li").Select(li => li.TextContent.Squash()).ToList();
        Assert.Contains(items, i => i.StartsWith("Therapies (1 service)"));
        Assert.Contains(items, i => i.StartsWith("Mental health and wellbeing (1 service)"));
        Assert.Contains(items, i => i.StartsWith("Equipment and continence (0 services)"));
        Assert.Contains("See all 2 services in health", page.Text("main").Squash());
    }

    [Fact]
    public async Task A_sub_category_address_goes_to_its_filtered_services()
    {
        var response = await site.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/categories/therapies");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/services?category=therapies", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Services_lists_every_published_service_twenty_to_a_page()
    {
        var (_, first) = await _client.GetPageAsync("/services");
        Assert.Equal("Showing 1 to 20 of 30 services", first.Text("[role=status]").Squash());
        Assert.Equal(20, first.QuerySelectorAll(".lo-result").Length);
        Assert.Equal("/services?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var (_, second) = await _client.GetPageAsync("/services?page=2");
        Assert.Equal("Showing 21 to 30 of 30 services", second.Text("[role=status]").Squash());
        Assert.Equal(10, second.QuerySelectorAll(".lo-result").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));

        var firstNames = first.QuerySelectorAll(".lo-result h3").Select(h => h.TextContent.Trim());
        var secondNames = second.QuerySelectorAll(".lo-result h3").Select(h => h.TextContent.Trim());
        Assert.Empty(firstNames.Intersect(secondNames));
    }

    [Theory]
    [InlineData("/services?page=99", "Showing 21 to 30 of 30 services")]
    [InlineData("/services?page=0", "Showing 1 to 20 of 30 services")]
    [InlineData("/services?page=abc", "Showing 1 to 20 of 30 services")]
    [InlineData("/services?age=banana", "Showing 1 to 20 of 30 services")]
    [InlineData("/services?category=no-such-category", "Showing 1 to 20 of 30 services")]
    public async Task Odd_addresses_still_show_a_sensible_page(string url, string status)
    {
        var (response, page) = await _client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(status, page.Text("[role=status]").Squash());
    }

    [Fact]
    public async Task Pending_listings_are_never_shown_or_counted()
    {
        var response = await _client.GetAsync("/services/not-yet-approved-group");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var (_, page) = await _client.GetPageAsync("/services?category=therapies");
        Assert.DoesNotContain("Not yet approved", page.Text("main"));
    }

    [Theory]
    [InlineData("category=health", new[] { "Chatterbox speech group", "Teen talk online" })]
    [InlineData("category=therapies", new[] { "Chatterbox speech group" })]
    [InlineData("category=education", new[] { "Little Acorns childminding", "Oldfield Park Primary School" })]
    [InlineData("age=0-2", new[] { "Chatterbox speech group", "Little Acorns childminding", "Open Door youth club" })]
    [InlineData("age=19-25", new[] { "Open Door youth club", "Young adults job club" })]
    [InlineData("age=17", new[] { "Open Door youth club", "Teen talk online", "Young adults job club" })]
    [InlineData("age=16-18&category=mental-health", new[] { "Teen talk online" })]
    [InlineData("q=CHATTER", new[] { "Chatterbox speech group" })]
    [InlineData("q=zebra", new string[0])]
    public async Task Filters_match_categories_below_and_ages_by_overlap(string query, string[] expected)
    {
        var (_, page) = await _client.GetPageAsync("/services?" + query);
        var names = page.QuerySelectorAll(".lo-result h3").Select(h => h.TextContent.Trim()).Where(n => !n.StartsWith("Swimming")).ToList();
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task Age_filter_keeps_services_with_open_ended_ages_and_counts_them()
    {
        var (_, page) = await _client.GetPageAsync("/services?age=6-11");
        // Oldfield (4-11), Open Door (all ages) and the 24 swimming sessions (5-15).
        Assert.Equal("Showing 1 to 20 of 26 services for 6 to 11 years", page.Text("[role=status]").Squash());
        Assert.Equal("/services?age=6-11&page=2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_what_to_try()
    {
        var (response, page) = await _client.GetPageAsync("/services?q=zebra+taming");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No services found", page.Text("[role=status]"));
        Assert.Contains("fewer or different words", page.Text("main"));
    }
}
