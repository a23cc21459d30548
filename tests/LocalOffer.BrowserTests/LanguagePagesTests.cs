using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The public pages in Welsh and in Urdu pass axe-core's WCAG 2.2 A and AA rules, and Urdu reads right to
/// left: the page starts on the right and nothing runs off a small phone's screen.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguagePagesTests(BrowserSite site)
{
    public static TheoryData<string> Pages => new()
    {
        "/",
        "/categories/health",
        "/services?q=speech&category=health&age=0-2&free=true&delivery=in-person&day=weekday&level=targeted",
        "/services?age=6-11&page=2",
        "/services?q=autism&postcode=NOT+A+POSTCODE",
        "/services?q=chatterbocks",
        "/services/chatterbox-speech-group",
        "/services/little-acorns-childminding",
        "/services/oldfield-park-primary",
        "/no-such-page",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Welsh_and_urdu_pages_have_no_WCAG_A_or_AA_violations(string url)
    {
        foreach (var language in new[] { "cy", "ur" })
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.NewPageAsync(width: width);
            await page.GotoAsync(url + (url.Contains('?') ? "&" : "?") + "lang=" + language);
            await page.AssertAccessibleAsync($"{url} in {language} at {width}px");
            if (width == 320)
            {
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= 320, $"{url} in {language} is {scrollWidth}px wide on a 320px screen");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Urdu_pages_start_on_the_right()
    {
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/services?age=6-11&category=education&lang=ur");
        // The search form (the first column) is to the right of the results, and its checkboxes' boxes
        // are drawn on the right of their labels.
        var form = await page.Locator("form[action='/services']").BoundingBoxAsync();
        var results = await page.Locator("[role=status]").BoundingBoxAsync();
        Assert.True(form!.X > results!.X, "the search form should be to the right of the results");
        var box = await page.Locator("label[for='category-education']").EvaluateAsync<double>(
            "label => parseFloat(getComputedStyle(label, '::before').right)");
        Assert.True(box < 10, "the checkbox is drawn at the right-hand edge");

        await page.GotoAsync("/services/chatterbox-speech-group?lang=ur");
        var heading = await page.Locator("h1").BoundingBoxAsync();
        var contact = await page.Locator("#contact-heading").BoundingBoxAsync();
        Assert.True(heading!.X > contact!.X, "the main column should be to the right of the contact box");
        Assert.Equal("ltr", await page.Locator("a[href^='tel:']").First.EvaluateAsync<string>("a => getComputedStyle(a).direction"));
        await page.Context.CloseAsync();
    }
}
