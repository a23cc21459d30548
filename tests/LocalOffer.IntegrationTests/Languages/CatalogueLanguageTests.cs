using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Search;

namespace LocalOffer.IntegrationTests.Languages;

/// <summary>
/// Families find and read services in Welsh and Urdu: the search page, its filters, status line and
/// messages, and the service page with its dates, all in the language chosen; the words providers wrote
/// stay as they wrote them.
/// </summary>
public sealed class CatalogueLanguageTests(SearchSite site) : IClassFixture<SearchSite>
{
    /// <summary>A visitor who chose a language with the header's language link (kept in a cookie).</summary>
    private async Task<HttpClient> VisitorInAsync(string language)
    {
        var client = site.CreateClient();
        var chosen = await client.GetAsync($"/language/{language}?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        return client;
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string address)
    {
        var (response, page) = await client.GetPageAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    private static List<string> Texts(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => e.TextContent.Squash()).ToList();

    [Fact]
    public async Task A_family_who_opened_a_welsh_link_stays_in_welsh_on_the_next_page_until_they_choose_english()
    {
        var client = site.CreateClient();
        Assert.Equal("cy", (await PageAsync(client, "/services?q=autism&lang=cy")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("cy", (await PageAsync(client, "/categories/health")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("cy", (await PageAsync(client, "/information")).DocumentElement.GetAttribute("lang"));
        await client.GetAsync("/language/en?returnUrl=%2F");
        Assert.Equal("en-GB", (await PageAsync(client, "/information")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en-GB", (await PageAsync(site.CreateClient(), "/information")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_family_searching_in_welsh_sees_welsh_headings_filters_and_status_line()
    {
        var welsh = await VisitorInAsync("cy");
        var page = await PageAsync(welsh, "/services?q=autism&age=6-11");

        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Dod o hyd i wasanaethau", page.Text("h1"));
        Assert.Contains("Hidlo'r canlyniadau", Texts(page, "h2"));
        Assert.Equal("Beth ydych chi'n chwilio amdano?", page.Text("label[for=q]"));
        var legends = Texts(page, "legend");
        Assert.Contains("Oedran", legends);
        Assert.Contains("Math o wasanaeth", legends);
        Assert.Contains("Lefel yr angen", legends);
        var labels = Texts(page, ".govuk-radios__label, .govuk-checkboxes__label");
        Assert.Contains("Unrhyw oedran", labels);
        Assert.Contains(labels, l => l.StartsWith("6 i 11 oed (", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Hamdden, chwarae a gweithgareddau (", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Awtistiaeth (", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Gwasanaethau am ddim yn unig (", StringComparison.Ordinal));
        Assert.Contains(labels, l => l.StartsWith("Dydd Sadwrn (", StringComparison.Ordinal));
        Assert.Equal("Defnyddio'r hidlwyr", page.QuerySelectorAll("form[method=get] button").Last().TextContent.Trim());

        Assert.Equal("3 o wasanaethau ar gyfer 6 i 11 oed", page.Text("[role=status]").Squash());
        var facts = page.QuerySelector(".lo-result__facts")!.TextContent.Squash();
        Assert.Contains("Oedran:", facts);
        Assert.Contains("Ble:", facts);

        // What providers wrote stays as written.
        Assert.Contains("Autism family club", Texts(page, ".lo-result h3"));
    }

    [Fact]
    public async Task A_welsh_postcode_search_says_how_far_in_welsh()
    {
        var page = await PageAsync(site.CreateClient(), "/services?lang=cy&postcode=BA2+3EP&radius=5");
        Assert.Equal("5 o wasanaethau: 3 o fewn 5 milltir i BA2 3EP, a 2 ar draws yr ardal, ar-lein neu yn y cartref", page.Text("[role=status]").Squash());
        var headings = Texts(page, ".govuk-grid-column-two-thirds h2");
        Assert.Equal(["O fewn 5 milltir i BA2 3EP", "Ar draws yr ardal, ar-lein neu yn y cartref"], headings);
        Assert.Contains("0.0 milltir", page.QuerySelector(".lo-result")!.TextContent);
        Assert.Equal("O fewn 5 milltir", page.QuerySelector("#radius option[selected]")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_service_page_in_welsh_has_welsh_headings_facts_and_dates()
    {
        var page = await PageAsync(await VisitorInAsync("cy"), "/services/autism-family-club");

        Assert.Equal("Autism family club", page.Text("h1"));
        var headings = Texts(page, "h2");
        Assert.Contains("Ffeithiau allweddol", headings);
        Assert.Contains("Am y gwasanaeth", headings);
        Assert.Contains("Sut i'w gael", headings);
        Assert.Contains("Pryd", headings);
        var keys = Texts(page, ".govuk-summary-list__key");
        Assert.Equal(["Oedran", "Cost", "Ar gyfer pwy", "Oes angen cynllun EHC arnoch chi?", "Sut mae'n cael ei ddarparu", "Ble"], keys);
        var values = Texts(page, ".govuk-summary-list__value");
        Assert.Equal("5 i 11 oed", values[0]);
        Assert.Equal("Am ddim", values[1]);
        Assert.Contains("Awtistiaeth", values[2]);
        Assert.Equal("Wyneb yn wyneb", values[4]);

        Assert.Equal("Gwiriwyd ddiwethaf gan y darparwr ar 1 Medi 2026.", page.QuerySelector("time")!.ParentElement!.TextContent.Squash());
        Assert.Equal("2026-09-01", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Dydd Sadwrn", page.Text("tbody th"));
        Assert.Equal("10:00 i 12:00", page.Text("tbody td"));
    }

    [Fact]
    public async Task Urdu_pages_are_right_to_left_with_urdu_headings()
    {
        var home = await PageAsync(site.CreateClient(), "/?lang=ur");
        Assert.Equal("ur", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", home.DocumentElement.GetAttribute("dir"));
        Assert.Equal("SEND والے بچوں اور نوجوانوں کے لیے خدمات اور مدد", home.Text("h1"));
        Assert.Contains("عمر کے لحاظ سے دیکھیں", Texts(home, "h2"));
        Assert.Contains("0 سے 2 سال", Texts(home, ".lo-ages a"));

        var search = await PageAsync(site.CreateClient(), "/services?lang=ur&q=swimming");
        Assert.Equal("rtl", search.DocumentElement.GetAttribute("dir"));
        Assert.Equal("خدمات تلاش کریں", search.Text("h1"));
        Assert.Equal("1 خدمت", search.Text("[role=status]").Squash());

        var service = await PageAsync(site.CreateClient(), "/services/autism-family-club?lang=ur");
        Assert.Equal("rtl", service.DocumentElement.GetAttribute("dir"));
        Assert.Contains("اہم معلومات", Texts(service, "h2"));
        Assert.Contains("1 ستمبر 2026", service.Text("time"));
    }

    [Theory]
    [InlineData("NOT+A+POSTCODE", "Rhowch god post go iawn, fel BA2 3EP, neu ran gyntaf un, fel BA2")]
    [InlineData("ZZ9+9ZZ", "Ni allem ddod o hyd i ZZ9 9ZZ. Gwiriwch y cod post, neu rhowch gynnig ar ei ran gyntaf, fel BA2")]
    public async Task A_postcode_error_is_in_welsh_in_the_error_summary_and_beside_the_field(string postcode, string message)
    {
        var page = await PageAsync(await VisitorInAsync("cy"), "/services?q=autism&postcode=" + postcode);
        Assert.Equal("Mae problem", page.Text(".govuk-error-summary__title"));
        Assert.Equal(message, page.Text(".govuk-error-summary__list a"));
        Assert.Equal("#postcode", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("Gwall: " + message, page.Text("#postcode-error").Squash());
        Assert.StartsWith("Gwall: Dod o hyd i wasanaethau", page.Title);
    }

    [Fact]
    public async Task An_unknown_address_says_page_not_found_in_the_visitors_language()
    {
        var (welsh, welshPage) = await (await VisitorInAsync("cy")).GetPageAsync("/services/no-such-service");
        Assert.Equal(HttpStatusCode.NotFound, welsh.StatusCode);
        Assert.Equal("Heb ddod o hyd i'r dudalen", welshPage.Text("h1"));
        Assert.Contains("Gallwch chwilio pob gwasanaeth neu fynd i'r hafan.", welshPage.Text("main").Squash());

        var (urdu, urduPage) = await site.CreateClient().GetPageAsync("/no-such-page?lang=ur");
        Assert.Equal(HttpStatusCode.NotFound, urdu.StatusCode);
        Assert.Equal("rtl", urduPage.DocumentElement.GetAttribute("dir"));
        Assert.Equal("صفحہ نہیں ملا", urduPage.Text("h1"));
    }

    [Fact]
    public async Task The_same_search_address_is_cached_separately_for_each_language()
    {
        const string address = "/services?q=therapy";
        var english = site.CreateClient();
        var welsh = await VisitorInAsync("cy");
        async Task<(bool FromCache, string Heading)> AskAsync(HttpClient client)
        {
            var (response, page) = await client.GetPageAsync(address);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (response.Headers.Contains("Age"), page.Text("h1"));
        }

        // Asked for twice in English, the page is kept in the output cache and the third answer comes from it.
        Assert.Equal((false, "Find services"), await AskAsync(english));
        Assert.Equal((false, "Find services"), await AskAsync(english));
        Assert.Equal((true, "Find services"), await AskAsync(english));

        // The same address in Welsh is not the English page from the cache, and is then cached in Welsh.
        Assert.Equal((false, "Dod o hyd i wasanaethau"), await AskAsync(welsh));
        Assert.Equal((true, "Dod o hyd i wasanaethau"), await AskAsync(welsh));
        Assert.Equal((true, "Find services"), await AskAsync(english));
    }
}
