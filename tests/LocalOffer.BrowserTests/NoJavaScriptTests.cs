namespace LocalOffer.BrowserTests;

/// <summary>A family on a small phone with scripts off can still browse to a service and read it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task Browse_from_home_to_a_service_by_category_with_javascript_off_on_a_phone()
    {
        var page = await site.NewPageAsync(javaScript: false, width: 320, height: 640);
        await page.GotoAsync("/");
        await AssertFitsWidthAsync(page, 320);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Health Therapies, mental health" }).ClickAsync();
        Assert.Equal("Health", (await page.Locator("h1").TextContentAsync())!.Trim());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Therapies", Exact = true }).ClickAsync();
        Assert.EndsWith("/services?category=therapies", page.Url);
        await AssertFitsWidthAsync(page, 320);

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Chatterbox speech group" }).ClickAsync();
        Assert.Equal("Chatterbox speech group", (await page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Contains("0 to 5 years", await page.Locator(".govuk-summary-list").InnerTextAsync());
        await AssertFitsWidthAsync(page, 320);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filter_by_age_and_page_through_results_with_javascript_off()
    {
        var page = await site.NewPageAsync(javaScript: false, width: 375, height: 700);
        await page.GotoAsync("/services");
        await page.GetByLabel("6 to 11 years").CheckAsync();
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        Assert.Contains("of 26 services for 6 to 11 years", await page.Locator("[role=status]").InnerTextAsync());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        Assert.Contains("Showing 21 to 26 of 26", await page.Locator("[role=status]").InnerTextAsync());
        Assert.True(await page.GetByLabel("6 to 11 years").IsCheckedAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_box_on_the_home_page_works_with_javascript_off()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByLabel("Search for a service").FillAsync("chatterbox");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Contains("1 service", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Equal("chatterbox", await page.GetByLabel("What are you looking for?").InputValueAsync());
        await page.Context.CloseAsync();
    }

    private static async Task AssertFitsWidthAsync(Microsoft.Playwright.IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide on a {width}px screen");
    }

    [Fact]
    public async Task A_provider_signs_in_starts_a_listing_and_saves_a_section_with_javascript_off_on_a_phone()
    {
        var account = await LocalOffer.IntegrationTests.Infrastructure.TestAccounts.CreateAccountAsync(site, LocalOffer.Web.Features.Accounts.Role.Provider);
        var page = await site.NewPageAsync(javaScript: false, width: 320, height: 640);
        await page.GotoAsync("/provider");
        Assert.Contains("/account/sign-in", page.Url);
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(LocalOffer.IntegrationTests.Infrastructure.TestAccounts.Password);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("Your listings", (await page.Locator("h1").TextContentAsync())!.Trim());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Add a service" }).ClickAsync();
        Assert.Equal("About the service", (await page.Locator("h1").TextContentAsync())!.Trim());
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        Assert.Contains("Enter the name of the service", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.GetByLabel("Name of the service").FillAsync("Splash and play");
        await page.GetByLabel("Summary").FillAsync("Water play for children who love splashing.");
        await page.GetByLabel("Description").FillAsync("Every Saturday morning.");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        Assert.Equal("Splash and play", (await page.Locator("h1").TextContentAsync())!.Trim());
        Assert.Equal("Completed", (await page.Locator("#about-status").TextContentAsync())!.Trim());
        await AssertFitsWidthAsync(page, 320);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_bad_postcode_is_explained_and_the_error_summary_leads_to_the_field()
    {
        var page = await site.NewPageAsync(javaScript: false);
        await page.GotoAsync("/services");
        await page.GetByLabel("What are you looking for?").FillAsync("speech");
        await page.GetByLabel("Near a postcode").FillAsync("not a postcode");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        Assert.Contains("There is a problem", await page.Locator(".govuk-error-summary").InnerTextAsync());
        Assert.Equal("not a postcode", await page.GetByLabel("Near a postcode").InputValueAsync());
        Assert.Equal("speech", await page.GetByLabel("What are you looking for?").InputValueAsync());
        Assert.Contains("2 services", await page.Locator("[role=status]").InnerTextAsync());
        await page.Locator(".govuk-error-summary a").ClickAsync();
        Assert.EndsWith("#postcode", page.Url);
        await page.Context.CloseAsync();
    }
}
