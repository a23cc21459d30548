using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The main page types on a 320-pixel phone with JavaScript off, and on a 1280 by 1024 screen zoomed to 400%:
/// nothing scrolls sideways, and each page's main heading and main action are shown inside the window.
/// One browser context per screen, one page load per page.
/// </summary>
[Collection(SiteChecksCollection.Name)]
public sealed class NarrowScreenTests(SiteChecksFixture fixture)
{
    private readonly BrowserSite _site = fixture.Site;

    /// <summary>The public pages and what each is for.</summary>
    private static readonly (string What, string Url, string[] Actions)[] PublicPages =
    [
        ("home", "/", ["main form[role=search] button"]),
        ("search results", "/services?q=speech&age=0-2&postcode=BS31+1EH", ["main form button[type=submit]", ".lo-result h3 a"]),
        ("service", "/services/chatterbox-speech-group", [".lo-contact-callout a"]),
        ("information page", "/information/ehc-plans/asking-for-an-assessment", ["main a[href$='/easy-read']"]),
        ("feedback form", "/feedback", ["main form button[type=submit]"]),
        ("sign in", "/account/sign-in", ["main form button[type=submit]"]),
    ];

    [Theory]
    [InlineData("phone")]
    [InlineData("zoom")]
    public async Task Main_pages_fit_the_width_and_show_their_heading_and_main_action(string screen)
    {
        var context = await _site.Browser.NewContextAsync(screen == "phone"
            // A small phone, with scripts off: every page must work and fit without them.
            ? new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 320, Height = 640 }, BaseURL = _site.BaseUrl }
            // 400% zoom on a 1280 by 1024 screen: the browser lays the page out in 1280 / 4 = 320 by 1024 / 4 = 256
            // CSS pixels, each drawn with 4 device pixels (what WCAG 1.4.10 Reflow asks of 1280 pixels at 400%).
            // A 320 by 256 viewport at a device scale factor of 4 is exactly that screen, media queries included;
            // CSS zoom on a 1280-pixel viewport would not be, as its media queries would still see 1280 pixels.
            : new() { JavaScriptEnabled = true, ViewportSize = new() { Width = 320, Height = 256 }, DeviceScaleFactor = 4, BaseURL = _site.BaseUrl });
        var page = await context.NewPageAsync();
        foreach (var (what, url, actions) in PublicPages)
        {
            await page.GotoAsync(url);
            await AssertFitsAsync(page, $"{what} ({screen})", actions);
        }

        var provider = await _site.CreateAccountAsync(Role.Provider);
        var draft = await StartDraftAsync(provider);
        await page.SignInAsync(provider);
        await page.GotoAsync($"/provider/drafts/{draft}");
        await AssertFitsAsync(page, $"provider task list ({screen})", [".govuk-task-list__link", $"a[href='/provider/drafts/{draft}/check']"]);

        await context.ClearCookiesAsync();
        await page.SignInAsync(await _site.CreateAccountAsync(Role.Officer));
        Assert.EndsWith("/officer", page.Url);
        await AssertFitsAsync(page, $"officer home ({screen})", ["a[href='/officer/queue']"]);
        await context.CloseAsync();
    }

    private async Task<Guid> StartDraftAsync(Account provider)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>().StartNewAsync(provider.ProviderId(), provider, CancellationToken.None)).Id;
    }

    private static async Task AssertFitsAsync(IPage page, string what, string[] actions)
    {
        await page.AssertNoHorizontalScrollingAsync(what);
        await page.Locator("main h1").AssertShownAsync($"{what}: the main heading");
        foreach (var action in actions) await page.Locator(action).AssertShownAsync($"{what}: {action}");
    }
}
