using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Publishing;
using LocalOffer.Web.Features.Accounts;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The comments page, a published "You said, we did" year with its charts, and the officer's preview pass
/// axe's WCAG A and AA rules and fit a 320px screen. A site of its own: the fixture year's themes are unique.
/// </summary>
public sealed class PublishingPagesTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Comments_you_said_we_did_and_the_officer_preview_have_no_WCAG_A_or_AA_violations_at_1280_and_320px()
    {
        await FixtureYear.SeedAsync(site);
        await FixtureYear.PublishAsync(site, FixtureYear.StartYear, "The feedback form on every page.\nTwo parent carer forum meetings.");
        var officer = await site.CreateAccountAsync(Role.Officer);

        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.NewPageAsync(width: width);
            foreach (var url in new[] { "/comments", $"/comments?year={FixtureYear.StartYear}&topic=Information", "/you-said-we-did", $"/you-said-we-did/{FixtureYear.StartYear}" })
            {
                await page.GotoAsync(url);
                await AssertGoodAsync(page, url, width);
            }
            Assert.True(await page.Locator("#by-topic-chart .lo-bar-chart__bar").First.IsVisibleAsync());

            await page.GotoAsync("/account/sign-in");
            await page.GetByLabel("Email address").FillAsync(officer.Email);
            await page.GetByLabel("Password").FillAsync(TestAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            foreach (var url in new[] { "/officer/you-said-we-did", $"/officer/you-said-we-did/{FixtureYear.StartYear + 1}", $"/officer/you-said-we-did/{FixtureYear.StartYear}" })
            {
                await page.GotoAsync(url);
                await AssertGoodAsync(page, url, width);
            }
            await page.Context.CloseAsync();
        }
    }

    private static async Task AssertGoodAsync(IPage page, string url, int width)
    {
        await page.AssertAccessibleAsync($"{url} at {width}px");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{url} is {scrollWidth}px wide on a {width}px screen");
    }
}
