using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>Every page type passes axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/categories/health")]
    [InlineData("/services")]
    [InlineData("/services?category=health&age=3-5")]
    [InlineData("/services?q=zebra")]
    [InlineData("/services?q=speech&category=health&age=0-2&free=true&delivery=in-person&day=weekday&level=targeted&sort=a-z")]
    [InlineData("/services?q=autism&postcode=NOT+A+POSTCODE")]
    [InlineData("/services?q=chatterbocks")]
    [InlineData("/services/chatterbox-speech-group")]
    [InlineData("/services/little-acorns-childminding")]
    [InlineData("/services/oldfield-park-primary")]
    [InlineData("/services/chatterbox-speech-group/report-a-problem")]
    [InlineData("/feedback")]
    [InlineData("/feedback?version=easy-read")]
    [InlineData("/information")]
    [InlineData("/information/ehc-plans")]
    [InlineData("/information/ehc-plans/asking-for-an-assessment")]
    [InlineData("/information/ehc-plans/asking-for-an-assessment/easy-read")]
    [InlineData("/information/about/glossary")]
    [InlineData("/no-such-page")]
    public async Task Page_has_no_WCAG_A_or_AA_violations(string url)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.NewPageAsync(width: width);
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync($"{url} at {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Feedback_form_sent_empty_shows_its_errors_accessibly_on_a_phone()
    {
        var page = await site.NewPageAsync(width: 320);
        await page.GotoAsync("/feedback");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Send your comment" }).ClickAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync());
        Assert.Contains("Enter your comment", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.AssertAccessibleAsync("/feedback with errors at 320px");
        await page.Context.CloseAsync();
    }
}
