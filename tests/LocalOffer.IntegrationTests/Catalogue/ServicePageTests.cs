using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Catalogue;

[Collection(FixtureSiteCollection.Name)]
public sealed class ServicePageTests(FixtureSite site)
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Service_page_says_who_it_is_for_what_it_costs_and_how_to_get_it()
    {
        var (response, page) = await _client.GetPageAsync("/services/chatterbox-speech-group");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Chatterbox speech group", page.Text("h1"));
        Assert.Equal("Keynsham Family Centre", page.Text(".govuk-caption-l"));
        var facts = KeyFacts(page);
        Assert.Equal("0 to 5 years", facts["Ages"]);
        Assert.Equal("Free", facts["Cost"]);
        Assert.Contains("Speech, language and communication needs", facts["Who it is for"]);
        Assert.Contains("(targeted)", facts["Who it is for"]);
        Assert.Equal("No, you do not need an EHC plan", facts["Do you need an EHC plan?"]);
        Assert.Equal("In person", facts["How it is delivered"]);
        Assert.Equal("English, Polish", facts["Languages"]);

        var main = page.Text("main").Squash();
        Assert.Contains("Last checked by the provider on 14 May 2026.", main);
        Assert.Contains("A speech and language therapist leads every session.", main);
        Assert.Contains("You can contact them yourself (self-referral)", main);
        Assert.Contains("Ring the family centre to book a first visit.", main);
        Assert.Contains("12 Temple Street Keynsham BS31 1EH", main);
        Assert.Contains("Hearing loop", main);
        Assert.Contains("Monday 09:30 to 11:00", main);
        Assert.Contains("Term time only.", main);
        Assert.Contains("How does the service help children and young people with SEND?", main);
        Assert.Equal("tel:01174960123", page.QuerySelector(".lo-contact-callout a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("/services/chatterbox-speech-group/report-a-problem", page.QuerySelector("a[href$='report-a-problem']")!.GetAttribute("href"));
    }

    /// <summary>The "Key facts" summary list, as label → text.</summary>
    private static Dictionary<string, string> KeyFacts(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Squash());

    [Fact]
    public async Task Hidden_contacts_never_reach_the_public_page()
    {
        var html = await _client.GetStringAsync("/services/chatterbox-speech-group");
        Assert.Contains("Priya Shah", html);
        Assert.DoesNotContain("Hidden Harriet", html);
        Assert.DoesNotContain("harriet@chatterbox.example", html);
        Assert.DoesNotContain("0117 496 0999", html);
    }

    [Fact]
    public async Task An_address_marked_area_only_shows_the_town_and_postcode_district_only()
    {
        var (_, page) = await _client.GetPageAsync("/services/little-acorns-childminding");
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("Secret Lane", html);
        Assert.DoesNotContain("BA2 3EP", html);
        Assert.DoesNotContain("Childminder's home", html);
        var venue = page.QuerySelector("#where + div")!.TextContent.Squash();
        Assert.StartsWith("Bath BA2 The full address is given when you book.", venue);
    }

    [Fact]
    public async Task Charged_services_show_each_price_and_personal_budget_use()
    {
        var (_, page) = await _client.GetPageAsync("/services/little-acorns-childminding");
        var cost = KeyFacts(page)["Cost"];
        Assert.Contains("From £6.50 per hour", cost);
        Assert.Contains("Per day: £55", cost);
        Assert.Contains("Funded hours can be used.", cost);
        Assert.Contains("You can use a personal budget or direct payment to pay for this.", cost);
    }

    [Fact]
    public async Task School_pages_link_to_their_SEN_information_report()
    {
        var (_, page) = await _client.GetPageAsync("/services/oldfield-park-primary");
        Assert.Equal("https://www.oldfieldparkprimary.example/sen-information-report",
            page.QuerySelector("#sen-information ~ p a")!.GetAttribute("href"));
        Assert.Contains("Mrs Joanna Blake", page.Text("main"));
    }

    [Fact]
    public async Task Online_area_wide_service_says_where_it_reaches()
    {
        var (_, page) = await _client.GetPageAsync("/services/teen-talk-online");
        var facts = KeyFacts(page);
        Assert.Equal("Online Area covered: The whole of the council area In our area", facts["Where"]);
        Assert.Equal("12 to 18 years", facts["Ages"]);
    }

    [Fact]
    public async Task Unknown_service_gets_a_friendly_404()
    {
        var (response, page) = await _client.GetPageAsync("/services/no-such-service");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("a[href='/services']"));
    }

    [Fact]
    public async Task Report_a_problem_page_gives_the_council_contacts()
    {
        var (response, page) = await _client.GetPageAsync("/services/chatterbox-speech-group/report-a-problem");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("localoffer@avonvale.example", page.Text("main"));
    }
}
