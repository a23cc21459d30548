using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.IntegrationTests.Publishing;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// Every page type passes axe's WCAG 2.2 A and AA rules in Welsh, and every public page type also in Urdu,
/// written right to left. The English runs are in the other classes. A site of its own, so the data it adds
/// does not change other tests' counts. One width per language (the phone width runs in English and, for
/// right-to-left, on the pages with the most layout).
/// </summary>
public sealed class LanguageAccessibilityTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string[] PublicPages =
    [
        "/", "/categories/health", "/services", "/services?category=health&age=3-5", "/services?q=zebra",
        "/services?q=speech&category=health&age=0-2&free=true&delivery=in-person&day=weekday&level=targeted&sort=a-z",
        "/services?q=autism&postcode=NOT+A+POSTCODE", "/services?q=autism&postcode=BA2+3EP", "/services?q=chatterbocks",
        "/services/chatterbox-speech-group", "/services/little-acorns-childminding", "/services/chatterbox-speech-group/report-a-problem",
        "/feedback", "/feedback?version=easy-read", "/information", "/information/ehc-plans", "/information/ehc-plans/asking-for-an-assessment",
        "/information/about/what-is-the-local-offer", "/information/about/glossary", "/comments", "/you-said-we-did",
        $"/you-said-we-did/{FixtureYear.StartYear}", "/shortlist", "/no-such-page",
    ];

    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static bool _seeded;

    /// <summary>A published "You said, we did" year for the public pages, added once for both languages' runs.</summary>
    private async Task PublishedYearOnceAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_seeded) return;
            await FixtureYear.SeedAsync(site);
            await FixtureYear.PublishAsync(site, FixtureYear.StartYear, "The feedback form on every page.");
            _seeded = true;
        }
        finally { Seeding.Release(); }
    }

    /// <summary>Opens a page whose language cookie is set, as a visitor who chose the language from the header would have.</summary>
    private async Task<IPage> InLanguageAsync(string language, int width = 1280)
    {
        var page = await site.NewPageAsync(width: width);
        await page.GotoAsync($"/language/{language}");
        return page;
    }

    [Theory]
    [InlineData("cy")]
    [InlineData("ur")]
    public async Task Public_pages_have_no_WCAG_A_or_AA_violations(string language)
    {
        await PublishedYearOnceAsync();
        var page = await InLanguageAsync(language);
        foreach (var url in PublicPages)
        {
            await page.GotoAsync(url);
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await page.AssertAccessibleAsync($"{url} in {language}");
        }
        // The feedback form sent empty: the error summary in the language.
        await page.GotoAsync("/feedback");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertAccessibleAsync($"/feedback with errors in {language}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Right_to_left_pages_fit_a_phone_and_pass_axe()
    {
        var page = await InLanguageAsync("ur", width: 320);
        foreach (var url in new[] { "/", "/services?q=speech&category=health", "/services/chatterbox-speech-group", "/information/ehc-plans/asking-for-an-assessment", "/feedback" })
        {
            await page.GotoAsync(url);
            Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
            await page.AssertAccessibleAsync($"{url} in Urdu at 320px");
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 320, $"{url} in Urdu is {scrollWidth}px wide on a 320px screen");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Provider_and_officer_pages_have_no_WCAG_A_or_AA_violations_in_welsh()
    {
        var officer = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider);
        var submitted = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Welsh axe checked sensory play"));
        var live = await site.PublishAsync(provider, officer, OfficerTestData.CompleteForm("Welsh axe checked music group"));
        var comment = await site.AddCommentAsync("My son Oliver waited a year. Ring me on 07700 900123.", CommentTopic.Service, live.Id);

        var page = await InLanguageAsync("cy");
        await page.GotoAsync("/account/sign-in");
        await page.AssertAccessibleAsync("sign in in Welsh");
        await page.ClickAsync("main form button[type=submit]");
        await page.AssertAccessibleAsync("sign in with errors in Welsh");
        await page.FillAsync("#Email", provider.Email);
        await page.FillAsync("#Password", TestAccounts.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/provider"));
        await page.AssertAccessibleAsync("provider dashboard in Welsh");
        foreach (var url in new[] { $"/provider/drafts/{submitted.Id}", $"/provider/drafts/{submitted.Id}/check", "/provider/colleagues" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync($"{url} in Welsh");
        }
        await page.GotoAsync("/provider");
        await page.ClickAsync("main form[action*='handler=New'] button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/provider/drafts/"));
        var draft = page.Url.Split('/')[5];
        await page.GotoAsync($"/provider/drafts/{draft}/about");
        await page.ClickAsync("main form button[type=submit]");
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await page.AssertAccessibleAsync("a template section with errors in Welsh");
        await page.Context.CloseAsync();

        page = await InLanguageAsync("cy");
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Email", officer.Email);
        await page.FillAsync("#Password", TestAccounts.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync(url => url.EndsWith("/officer"));
        foreach (var url in new[]
        {
            "/officer", "/officer/queue", $"/officer/submissions/{submitted.Id}", "/officer/organisations", $"/officer/listings/{live.Id}/history",
            "/officer/listings", "/officer/listings/new", "/officer/questions", "/officer/unmet-searches", "/officer/overdue",
            "/officer/comments", $"/officer/comments/{comment.Id}", "/officer/themes", "/officer/you-said-we-did", "/officer/information-pages",
        })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync($"{url} in Welsh");
        }
        await page.Context.CloseAsync();
    }
}
