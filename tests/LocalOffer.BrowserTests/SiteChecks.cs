using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The browser site with the small postcode table loaded, for the keyboard, narrow-screen and no-JavaScript
/// journeys (a postcode search needs it). A site of its own, so the comments these tests send and the
/// postcodes they load change nothing for the other browser tests.
/// </summary>
public sealed class SiteChecksFixture : IAsyncLifetime
{
    public BrowserSite Site { get; } = new();

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)Site).InitializeAsync();
        // The small postcode table of the search tests (the site is already running, on Kestrel).
        var file = Path.Combine(Site.DataDirectory, "postcodes.csv");
        await File.WriteAllTextAsync(file, LocalOffer.IntegrationTests.Search.SearchFixture.Postcodes.Replace("\r\n", "\n"));
        await using var scope = Site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(file);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)Site).DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SiteChecksCollection : ICollectionFixture<SiteChecksFixture>
{
    public const string Name = "site checks";
}

public static class SiteChecks
{
    /// <summary>Signs in through the form on the page's own context (its cookies are kept for the pages that follow).</summary>
    public static async Task SignInAsync(this IPage page, Account account)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Wait for the next page's address and its document, not its "load" event: on a loaded machine that
        // event was once reported missing although the page had arrived, failing the test for nothing.
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"), new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    public static async Task AssertNoHorizontalScrollingAsync(this IPage page, string what)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(sizes[0] <= sizes[1], $"{what} ({page.Url}) scrolls sideways: {sizes[0]}px of content in a {sizes[1]}px window");
    }

    /// <summary>The element is shown, and once scrolled to lies wholly inside the window's width.</summary>
    public static async Task AssertShownAsync(this ILocator locator, string what)
    {
        Assert.True(await locator.CountAsync() > 0, $"{what}: nothing matches {locator}");
        var first = locator.First;
        Assert.True(await first.IsVisibleAsync(), $"{what} is not visible");
        await first.ScrollIntoViewIfNeededAsync();
        var box = await first.EvaluateAsync<double[]>("e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.width, r.height, window.innerWidth]; }");
        Assert.True(box[2] > 0 && box[3] > 0, $"{what} has no size");
        Assert.True(box[0] >= 0 && box[1] <= box[4] + 0.5, $"{what} runs outside the window: {box[0]:0} to {box[1]:0} in {box[4]:0}px");
    }
}
