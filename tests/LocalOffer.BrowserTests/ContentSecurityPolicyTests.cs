using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// With scripts on, the main page types load under the site's Content-Security-Policy with nothing blocked:
/// Chromium reports every blocked script, style or image to the console ("... violates the following
/// Content Security Policy directive ..."), and to the page as a securitypolicyviolation event. The
/// GOV.UK Frontend scripts must also have run (so the policy was not passed by nothing running).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    private sealed record Watched(IPage Page, List<string> Problems);

    private async Task<Watched> WatchedPageAsync()
    {
        var page = await site.NewPageAsync(javaScript: true);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                problems.Add($"console {message.Type}: {message.Text}");
        };
        page.PageError += (_, error) => problems.Add("script error: " + error);
        // Injected by the browser's debugging protocol, which the policy does not govern.
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """);
        return new Watched(page, problems);
    }

    private static async Task AssertNothingBlockedAsync(Watched watched, string what, bool hasForm = false, bool hasScripts = true)
    {
        var page = watched.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations");
        Assert.True(violations.Length == 0 && watched.Problems.Count == 0, $"{what}:\n" + string.Join("\n", violations.Concat(watched.Problems)));
        if (!hasScripts) return;
        // The site's own scripts and GOV.UK Frontend ran: site.js marked the body, and initAll started the components.
        var body = await page.EvaluateAsync<string>("() => document.body.className");
        Assert.Contains("js-enabled", body);
        Assert.Contains("govuk-frontend-supported", body);
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.querySelector('[data-module=govuk-skip-link][data-govuk-skip-link-init], [data-module=govuk-service-navigation][data-govuk-service-navigation-init]')"),
            $"{what}: GOV.UK Frontend's components did not start");
        if (hasForm) Assert.True(await page.EvaluateAsync<bool>("() => !!document.querySelector('[data-govuk-button-init]')"), $"{what}: the buttons did not start");
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/services?q=swimming&age=6-11", true)]
    [InlineData("/services/chatterbox-speech-group", true)]
    [InlineData("/services/chatterbox-speech-group/report-a-problem", true)]
    [InlineData("/feedback", true)]
    [InlineData("/feedback?version=easy-read", true)]
    [InlineData("/information/ehc-plans", true)]
    [InlineData("/information/about/cookies", true)]
    [InlineData("/comments", false)]
    [InlineData("/you-said-we-did", false)]
    [InlineData("/account/sign-in", true)]
    [InlineData("/account/register", true)]
    [InlineData("/no-such-page", false)]
    [InlineData("/services?lang=ur", true)]
    public async Task Public_pages_load_with_nothing_blocked(string url, bool hasForm)
    {
        var watched = await WatchedPageAsync();
        var response = await watched.Page.GotoAsync(url);
        Assert.Contains("script-src 'self'", (await response!.AllHeadersAsync())["content-security-policy"]);
        await AssertNothingBlockedAsync(watched, url, hasForm);
        await watched.Page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_form_with_errors_the_list_and_its_printout_load_with_nothing_blocked()
    {
        var watched = await WatchedPageAsync();
        var page = watched.Page;
        await page.GotoAsync("/feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your comment" }).ClickAsync();
        await page.WaitForSelectorAsync(".govuk-error-summary");
        await AssertNothingBlockedAsync(watched, "/feedback with errors", hasForm: true);
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.querySelector('.govuk-character-count__status')"), "the character count did not start");

        await page.GotoAsync("/services/chatterbox-speech-group");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Save to your list") }).First.ClickAsync();
        await page.GotoAsync("/shortlist");
        await AssertNothingBlockedAsync(watched, "/shortlist with a service", hasForm: true);
        await page.GotoAsync("/shortlist/print");
        await AssertNothingBlockedAsync(watched, "/shortlist/print", hasScripts: false); // the printout has no scripts at all
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Provider_and_officer_pages_load_with_nothing_blocked()
    {
        foreach (var (role, urls) in new[]
        {
            (Role.Provider, new[] { "/provider", "/provider/colleagues" }),
            (Role.Admin, new[] { "/officer", "/officer/queue", "/officer/comments", "/officer/themes", "/officer/you-said-we-did", "/officer/unmet-searches", "/officer/listings/new", "/admin/officers" }),
        })
        {
            var watched = await WatchedPageAsync();
            await watched.Page.SignInAsync(await site.CreateAccountAsync(role));
            foreach (var url in urls)
            {
                await watched.Page.GotoAsync(url);
                await AssertNothingBlockedAsync(watched, url);
            }
            if (role == Role.Provider)
            {
                // A section of the template form, empty and sent with errors.
                await watched.Page.GotoAsync("/provider");
                await watched.Page.Locator("main form button").First.ClickAsync();
                await watched.Page.WaitForURLAsync(url => url.Contains("/provider/drafts/"));
                await AssertNothingBlockedAsync(watched, "a template form section", hasForm: true);
                await watched.Page.ClickAsync("button[name=then][value=next]");
                await watched.Page.WaitForSelectorAsync(".govuk-error-summary");
                await AssertNothingBlockedAsync(watched, "a template form section with errors", hasForm: true);
            }
            await watched.Page.Context.CloseAsync();
        }
    }
}
