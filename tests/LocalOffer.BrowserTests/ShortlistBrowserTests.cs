using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>A family keeps a list of services with scripts off, and prints pages that carry only what they need.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShortlistBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Save_services_by_keyboard_and_by_click_with_javascript_off_then_open_the_list()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/shortlist");
        Assert.Contains("Your list is empty.", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync("/services?category=therapies");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to your list (Chatterbox speech group)" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/services?category=therapies&shortlist=saved");
        Assert.Contains("Saved to your list.", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "Remove from your list (Chatterbox speech group)" }).CountAsync());

        await page.GotoAsync("/services/little-acorns-childminding");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to your list (Little Acorns childminding)" }).ClickAsync();
        await page.WaitForURLAsync("**/services/little-acorns-childminding?shortlist=saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your list (2)", Exact = true }).ClickAsync();

        Assert.Equal("Your list", (await page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Equal(["Chatterbox speech group", "Little Acorns childminding"], (await page.Locator(".lo-saved-service h2").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Contains("0117 496 0123", await page.Locator("#saved-chatterbox-speech-group").InnerTextAsync());
        await AssertFitsAsync(page, "the list with two services");

        await page.GetByRole(AriaRole.Button, new() { Name = "Print your list" }).ClickAsync();
        await page.WaitForURLAsync("**/shortlist/print");
        Assert.Equal(0, await page.Locator("header, footer, form").CountAsync());
        Assert.Contains("/services/chatterbox-speech-group", await page.Locator("main").InnerTextAsync());

        // axe needs scripts, so the same list is checked in a browser with them on.
        var saved = await page.Context.CookiesAsync();
        await page.Context.CloseAsync();
        var check = await site.NewPageAsync();
        await check.GotoAsync("/shortlist");
        await AssertAccessibleAtBothWidthsAsync(check, "the empty list");
        await check.Context.AddCookiesAsync(saved.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        await check.GotoAsync("/shortlist");
        Assert.Equal(2, await check.Locator(".lo-saved-service").CountAsync());
        await AssertAccessibleAtBothWidthsAsync(check, "the list with two services");
        await check.GotoAsync("/shortlist/print");
        await AssertAccessibleAtBothWidthsAsync(check, "the list to print");
        await check.GotoAsync("/services?category=therapies&shortlist=saved");
        await check.AssertAccessibleAsync("results with a service saved and the confirmation");
        await check.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_results_and_service_pages_leave_out_the_site_frame_and_filters_and_show_link_addresses()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/services?q=swimming");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".govuk-skip-link", ".lo-header", ".lo-languages", ".govuk-service-navigation", ".govuk-footer", "main form[action='/services']", ".govuk-pagination", "form.lo-shortlist-button", ".lo-demo-banner" })
        {
            if (await page.Locator(hidden).CountAsync() == 0) continue;
            Assert.True(await DisplayAsync(page.Locator(hidden).First) == "none", $"{hidden} is printed on the results page");
        }
        Assert.NotEqual("none", await DisplayAsync(page.Locator(".lo-result").First));
        Assert.Contains("/services/swimming-session-1", await AfterAsync(page.Locator(".lo-result h3 a").First));
        var results = await page.Locator(".lo-result").First.BoundingBoxAsync();
        Assert.True(results!.Width > 900, $"results are {results.Width}px wide in print");

        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/services/chatterbox-speech-group");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var hidden in new[] { ".lo-header", ".govuk-service-navigation", ".govuk-footer", ".govuk-breadcrumbs", "#page-useful", "form.lo-shortlist-button" })
            Assert.True(await DisplayAsync(page.Locator(hidden).First) == "none", $"{hidden} is printed on the service page");
        Assert.False(await page.Locator("a[href$='report-a-problem']").IsVisibleAsync());
        Assert.NotEqual("none", await DisplayAsync(page.Locator(".lo-contact-callout")));
        Assert.Contains("https://chatterbox.example", await AfterAsync(page.Locator(".lo-contact-callout a[href^='https:']")));
        Assert.Equal("none", await AfterAsync(page.Locator(".lo-contact-callout a[href^='tel:']")));
        Assert.Equal("rgb(0, 0, 0)", await page.Locator("h1").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        await page.Context.CloseAsync();
    }

    private static Task<string> DisplayAsync(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).display");

    private static Task<string> AfterAsync(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");

    private static async Task AssertAccessibleAtBothWidthsAsync(IPage page, string what)
    {
        await page.SetViewportSizeAsync(1280, 900);
        await page.AssertAccessibleAsync($"{what} at 1280px");
        await page.SetViewportSizeAsync(320, 640);
        await page.AssertAccessibleAsync($"{what} at 320px");
        await AssertFitsAsync(page, what);
        await page.SetViewportSizeAsync(1280, 900);
    }

    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 640);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"{what} is {scrollWidth}px wide on a 320px screen");
        if (size is not null) await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
