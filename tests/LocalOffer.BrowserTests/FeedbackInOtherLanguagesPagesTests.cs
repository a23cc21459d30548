using LocalOffer.IntegrationTests.Publishing;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The comment form with its errors, and a published "You said, we did" year, in Welsh and in Urdu (right to
/// left): axe's WCAG A and AA rules, and nothing wider than a 320px screen. A site of its own for the fixture year.
/// </summary>
public sealed class FeedbackInOtherLanguagesPagesTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("cy", "Anfon eich sylw", "Rhowch eich sylw")]
    [InlineData("ur", "اپنا تبصرہ بھیجیں", "اپنا تبصرہ لکھیں")]
    public async Task The_feedback_form_sent_empty_shows_its_errors_accessibly_on_a_phone(string language, string send, string error)
    {
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync($"/feedback?lang={language}");
        await AssertGoodAsync(page, $"/feedback?lang={language}", 320);
        await page.GetByRole(AriaRole.Button, new() { Name = send }).ClickAsync();
        Assert.Contains(error, await page.Locator(".govuk-error-summary").InnerTextAsync());
        await AssertGoodAsync(page, $"/feedback?lang={language} with errors", 320);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task You_said_we_did_and_the_comments_in_welsh_and_urdu_have_no_WCAG_A_or_AA_violations_at_1280_and_320px()
    {
        await FixtureYear.SeedAsync(site);
        await FixtureYear.PublishAsync(site, FixtureYear.StartYear, "The feedback form on every page.");
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.NewPageAsync(width: width);
            foreach (var language in new[] { "cy", "ur" })
                foreach (var url in new[] { $"/you-said-we-did/{FixtureYear.StartYear}?lang={language}", $"/comments?lang={language}" })
                {
                    await page.GotoAsync(url);
                    await AssertGoodAsync(page, url, width);
                }
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertGoodAsync(IPage page, string what, int width)
    {
        await page.AssertAccessibleAsync($"{what} at {width}px");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{what} is {scrollWidth}px wide on a {width}px screen");
    }
}
