namespace LocalOffer.BrowserTests;

/// <summary>
/// Urdu reads right to left, and so do its pages: the first column is on the right, the boxes of
/// checkboxes are drawn on the right of their labels, and phone numbers still read left to right.
/// (Axe and the phone width in Welsh and Urdu are checked by <see cref="LanguageAccessibilityTests"/>.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RightToLeftLayoutTests(BrowserSite site)
{
    [Fact]
    public async Task Urdu_pages_start_on_the_right()
    {
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/services?age=6-11&category=education&lang=ur");
        var form = await page.Locator("form[action='/services']").BoundingBoxAsync();
        var results = await page.Locator("[role=status]").BoundingBoxAsync();
        Assert.True(form!.X > results!.X, "the search form should be to the right of the results");
        var boxFromRight = await page.Locator("label[for='category-education']").EvaluateAsync<double>(
            "label => parseFloat(getComputedStyle(label, '::before').right)");
        Assert.True(boxFromRight < 10, "the checkbox should be drawn at the right-hand edge");

        await page.GotoAsync("/services/chatterbox-speech-group?lang=ur");
        var heading = await page.Locator("h1").BoundingBoxAsync();
        var contact = await page.Locator("#contact-heading").BoundingBoxAsync();
        Assert.True(heading!.X > contact!.X, "the main column should be to the right of the contact box");
        Assert.Equal("ltr", await page.Locator("a[href^='tel:']").First.EvaluateAsync<string>("a => getComputedStyle(a).direction"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task English_pages_are_unchanged_left_to_right()
    {
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/services?age=6-11&category=education");
        var form = await page.Locator("form[action='/services']").BoundingBoxAsync();
        var results = await page.Locator("[role=status]").BoundingBoxAsync();
        Assert.True(form!.X < results!.X, "the search form should be to the left of the results");
        await page.Context.CloseAsync();
    }
}
