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
}
