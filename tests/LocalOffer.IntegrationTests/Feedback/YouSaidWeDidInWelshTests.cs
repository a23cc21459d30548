using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using static LocalOffer.IntegrationTests.Publishing.FixtureYear;

namespace LocalOffer.IntegrationTests.Feedback;

/// <summary>"You said, we did" and the published comments in Welsh, from the fixture year of comments.</summary>
public sealed class YouSaidWeDidInWelshTests
{
    [Fact]
    public async Task The_year_page_in_welsh_has_welsh_headings_labels_and_dates_with_the_same_numbers()
    {
        await using var site = await SiteAsync();
        await PublishAsync(site, StartYear, "Y ffurflen adborth ar bob tudalen.");
        await PublishAsync(site, StartYear + 1, "Arolwg.");
        var visitor = site.Browser();
        await visitor.GetAsync("/language/cy");

        var (response, page) = await visitor.GetPageAsync($"/you-said-we-did/{StartYear}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Dywedoch chi, fe wnaethom ni", page.Text("h1"));
        Assert.Equal("2023 i 2024", page.Text(".govuk-caption-xl"));
        Assert.StartsWith("Dywedoch chi, fe wnaethom ni: 2023 i 2024", page.Title);
        Assert.Equal(
            "Yn ystod 2023 i 2024, fe wnaethom ddelio â 6 sylw am y Cynnig Lleol. Fe wnaethom gyhoeddi 4 a pheidio â chyhoeddi 2.",
            page.Text("p.govuk-body-l").Squash());
        Assert.Equal(
            ["Sut y gwnaethom ofyn am sylwadau", "Pwnc y sylwadau", "Pwy a'u rhoddodd", "Sylwadau na wnaethom eu cyhoeddi", "Dywedoch chi, fe wnaethom ni"],
            page.QuerySelectorAll("main h2.govuk-heading-l").Select(h => h.TextContent.Trim()));
        Assert.Equal("Sylwadau yn ôl eu pwnc", page.Text("#by-topic caption"));
        Assert.Equal(["Pwnc y sylw", "Sylwadau"], page.QuerySelectorAll("#by-topic thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Sylwadau yn ôl eu pwnc, fel siart", page.Text("#by-topic-chart-heading"));

        var topics = Table(page, "by-topic");
        Assert.Equal(new Dictionary<string, int>
        {
            ["Yr wybodaeth yn y Cynnig Lleol"] = 2, ["Rhywbeth sydd ar goll o'r Cynnig Lleol"] = 1, ["Pa mor hawdd yw dod o hyd i'r wybodaeth a'i defnyddio"] = 1,
            ["Sut mae'r Cynnig Lleol yn cael ei ddatblygu a'i adolygu"] = 1, ["Gwasanaeth penodol"] = 1, ["Rhywbeth arall"] = 0,
        }, topics);
        Assert.Equal(topics, Chart(page, "by-topic"));
        var givers = Table(page, "by-giver");
        Assert.Equal(new Dictionary<string, int>
        {
            ["Plentyn neu berson ifanc"] = 1, ["Rhiant neu ofalwr"] = 2, ["Rhywun ar ran plentyn neu berson ifanc"] = 1, ["Gweithiwr proffesiynol"] = 1, ["Rhywun arall"] = 1,
        }, givers);
        Assert.Equal(givers, Chart(page, "by-giver"));
        var withheld = Table(page, "withheld");
        Assert.Equal(1, withheld["Sarhaus"]);
        Assert.Equal(1, withheld["Copi o sylw arall"]);
        Assert.Equal(withheld, Chart(page, "withheld"));

        Assert.StartsWith("Mae sylwadau'n cyfrif yn y flwyddyn y deliodd swyddog â nhw.", page.Text("#year-rule"));
        Assert.Matches(@"Ffigurau fel y'u cyhoeddwyd ar \d+ \w+ \d{4}\.", page.Text("#year-rule").Squash());
        Assert.Equal("Y ffurflen adborth ar bob tudalen.", page.Text("#how-sought"));
        var themes = page.Text("#themes").Squash();
        Assert.Contains("Transport 2 sylw wedi'u cyhoeddi eleni", themes);
        Assert.Contains($"Dywedoch chi {TransportYouSaid}", themes);
        Assert.Contains($"Fe wnaethom ni {TransportWeDid}", themes);
        Assert.Contains("Ble mae pethau arni Wedi'i wneud, 1 Mai 2024", themes);
        Assert.Contains("Short breaks 1 sylw wedi'i gyhoeddi eleni", themes);
        Assert.Equal("Blynyddoedd cynharach", (await visitor.GetPageAsync($"/you-said-we-did/{StartYear + 1}")).Document.QuerySelectorAll("h2.govuk-heading-m")[1].TextContent.Trim());

        // The spreadsheet stays in English and machine-like, whatever the page's language.
        var csv = await visitor.GetStringAsync($"/you-said-we-did/{StartYear}?handler=csv");
        Assert.StartsWith("section,item,number", csv);
        Assert.Contains("By topic,The information in the Local Offer,2", csv);

        var (_, years) = await visitor.GetPageAsync("/you-said-we-did");
        Assert.Equal(["2024 i 2025", "2023 i 2024"], years.QuerySelectorAll("#years a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task The_published_comments_in_welsh_show_welsh_topics_and_dates()
    {
        await using var site = await SiteAsync();
        var (_, page) = await site.Browser().GetPageAsync("/comments?lang=cy");

        Assert.Equal("Sylwadau ar y Cynnig Lleol a'r hyn a wnaethom", page.Text("h1"));
        Assert.Equal("5 sylw", page.Text("#count"));
        var answered = page.QuerySelectorAll("#comments > li")[1].TextContent.Squash();
        Assert.Contains("Pa mor hawdd yw dod o hyd i'r wybodaeth a'i defnyddio", answered);
        Assert.Contains("Gan:Rhiant neu ofalwr", answered);
        Assert.Contains("Wedi delio ag ef:31 Awst 2024", answered);
        Assert.Contains("Ein hymateb", answered);
        Assert.Contains($"{SearchWeDid} Ar y gweill", answered);
        Assert.Equal("Unrhyw flwyddyn", page.Text("#year option"));
        Assert.Equal(["2024 i 2025", "2023 i 2024"], page.QuerySelectorAll("#year option").Skip(1).Select(o => o.TextContent.Trim()));
        Assert.Equal("Yr wybodaeth yn y Cynnig Lleol", page.QuerySelector("#topic option[value=Information]")!.TextContent.Trim());
    }
}
