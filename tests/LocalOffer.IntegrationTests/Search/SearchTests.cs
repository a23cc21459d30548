using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Search;

public sealed class SearchTests(SearchSite site) : IClassFixture<SearchSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<(IDocument Page, List<string> Slugs)> SearchAsync(string query)
    {
        var (response, page) = await _client.GetPageAsync("/services?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slugs = page.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")!.Replace("/services/", "")).ToList();
        return (page, slugs);
    }

    [Theory]
    [InlineData("q=ASD", new[] { "autism-family-club", "autism-outreach-home", "sensory-swimming" })]
    [InlineData("q=autistic", new[] { "autism-family-club", "autism-outreach-home", "sensory-swimming" })]
    [InlineData("q=respite", new[] { "overnight-short-breaks" })]
    [InlineData("q=SALT", new[] { "speech-drop-in" })]
    [InlineData("q=OT", new[] { "ot-sensory-clinic" })]
    [InlineData("q=my+4+year+old+isnt+talking", new[] { "speech-drop-in" })]
    public async Task Families_words_find_services_through_synonyms(string query, string[] expected)
    {
        var (_, slugs) = await SearchAsync(query);
        Assert.Equal(expected.Order(), slugs.Order());
    }

    [Fact]
    public async Task An_exact_name_ranks_first()
    {
        var (_, slugs) = await SearchAsync("q=sensory+swimming");
        Assert.Equal("sensory-swimming", slugs[0]);
    }

    [Fact]
    public async Task The_last_word_matches_as_a_prefix()
    {
        var (_, slugs) = await SearchAsync("q=outrea");
        Assert.Equal(["autism-outreach-home"], slugs);
    }

    [Fact]
    public async Task A_misspelling_gets_a_suggestion_that_links_to_the_corrected_search()
    {
        var (page, _) = await SearchAsync("q=swimmming+sesions+");
        var link = page.QuerySelectorAll("main a").FirstOrDefault(a => a.TextContent.Trim() == "swimming sessions");
        Assert.NotNull(link);
        Assert.Equal("/services?q=swimming%20sessions", link.GetAttribute("href"));
    }

    [Fact]
    public async Task An_age_in_the_words_filters_by_age()
    {
        var (page, slugs) = await SearchAsync("q=autism+club+for+my+12+year+old");
        Assert.DoesNotContain("autism-family-club", slugs); // 5 to 11
        Assert.Contains("Showing services for 12 years old, from your search words.", page.Text("main").Squash());
    }

    [Fact]
    public async Task Postcode_search_sorts_by_distance_and_keeps_area_wide_services_in_their_own_group()
    {
        var (page, slugs) = await SearchAsync("postcode=ba23ep&radius=5");
        Assert.Equal(["autism-family-club", "ot-sensory-clinic", "speech-drop-in", "adhd-parent-course", "autism-outreach-home"], slugs);
        var headings = page.QuerySelectorAll(".govuk-grid-column-two-thirds h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Within 5 miles of BA2 3EP", "Across the area, online or at home"], headings);
        Assert.Contains("0.0 miles", page.QuerySelectorAll(".lo-result")[0].TextContent);
        Assert.Contains("3 within 5 miles of BA2 3EP, and 2 across the area, online or at home", page.Text("[role=status]").Squash());

        var (_, wider) = await SearchAsync("postcode=BA2+3EP&radius=10");
        Assert.Contains("sensory-swimming", wider); // Keynsham, about 6.5 miles
    }

    [Fact]
    public async Task An_unknown_postcode_in_a_known_district_falls_back_with_a_note()
    {
        var (page, slugs) = await SearchAsync("postcode=BA2+9ZZ");
        Assert.Contains("measured from the middle of BA2", page.Text("main"));
        Assert.Contains("autism-family-club", slugs);
        var (outward, _) = await SearchAsync("postcode=ba2");
        Assert.Null(outward.QuerySelector(".govuk-error-summary"));
    }

    [Theory]
    [InlineData("postcode=NOT+A+POSTCODE", "Enter a real postcode")]
    [InlineData("postcode=ZZ9+9ZZ", "We could not find ZZ9 9ZZ")]
    public async Task A_bad_postcode_gets_an_error_summary_and_the_rest_of_the_search_still_runs(string query, string message)
    {
        var (page, slugs) = await SearchAsync(query + "&q=autism");
        Assert.Contains(message, page.Text(".govuk-error-summary"));
        Assert.Equal("#postcode", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Contains(message, page.Text("#postcode-error"));
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(3, slugs.Count);
        Assert.Equal(query.Split('=')[1].Replace('+', ' '), page.QuerySelector("#postcode")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Filters_combine_and_each_option_counts_what_it_would_give()
    {
        var (page, slugs) = await SearchAsync("free=true&delivery=in-person&delivery=online");
        Assert.Equal(5, slugs.Count); // free, and in person or online
        string Label(string id) => page.QuerySelector($"label[for='{id}']")!.TextContent.Squash();
        Assert.Equal("In person (4)", Label("delivery-in-person"));
        Assert.Equal("Online (1)", Label("delivery-online"));
        Assert.Equal("Home visits (1)", Label("delivery-home-visit"));
        Assert.Equal("Free services only (5)", Label("free-true"));
        Assert.Equal("Saturday (1)", Label("day-saturday"));
        Assert.Equal("Sunday (0)", Label("day-sunday"));
        Assert.Equal("0 to 2 years (2)", Label("age-0-2"));
        Assert.True(page.QuerySelector("#delivery-online")!.HasAttribute("checked"));
    }

    [Theory]
    [InlineData("need=autism", 2)]
    [InlineData("need=communication-interaction", 3)]
    [InlineData("day=sunday", 1)]
    [InlineData("day=weekday", 5)]
    [InlineData("level=specialist&level=targeted", 5)]
    [InlineData("category=health", 2)]
    [InlineData("category=therapies&category=sport", 3)]
    [InlineData("age=3-5&need=autism", 2)]
    public async Task Each_filter_narrows_the_results(string query, int count)
    {
        var (page, slugs) = await SearchAsync(query);
        Assert.Equal(count, slugs.Count);
        Assert.StartsWith($"{count} service", page.Text("[role=status]"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_what_to_widen_and_is_recorded_without_the_postcode()
    {
        var (page, _) = await SearchAsync("q=zebra+taming&postcode=BA2+3EP&age=3-5");
        Assert.Contains("No services found", page.Text("[role=status]"));
        Assert.Contains("a bigger distance from the postcode", page.Text("main"));

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var unmet = await db.UnmetSearches.SingleAsync(u => u.Words == "zebra taming");
        Assert.Equal("BA2", unmet.District);
        Assert.Equal("age=3-5", unmet.Filters);
        Assert.DoesNotContain("3EP", unmet.Words + unmet.Filters + unmet.District);
    }

    [Fact]
    public async Task A_results_page_keeps_the_whole_search_in_its_links()
    {
        var (page, _) = await SearchAsync("q=autism&postcode=BA2+3EP&radius=20&free=true&sort=a-z");
        Assert.Equal("autism", page.QuerySelector("#q")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("#radius option[value='20']")!.HasAttribute("selected"));
        Assert.True(page.QuerySelector("#sort option[value='a-z']")!.HasAttribute("selected"));
    }
}
