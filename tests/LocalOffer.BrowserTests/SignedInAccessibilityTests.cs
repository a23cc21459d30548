using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>Every provider and officer page type, including its error states, passes axe-core's WCAG 2.2 A and AA rules.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignedInAccessibilityTests(BrowserSite site)
{
    private async Task<IPage> SignInAsync(Account account, int width)
    {
        var page = await site.NewPageAsync(width: width);
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Email", account.Email);
        await page.FillAsync("#Password", TestAccounts.Password);
        await page.ClickAsync("button:has-text('Sign in')");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        return page;
    }

    [Theory]
    [InlineData("/account/register", "Register")]
    [InlineData("/account/forgot-password", "Send")]
    [InlineData("/account/reset-password?token=not-a-token", null)]
    [InlineData("/account/invitation?token=not-a-token", null)]
    public async Task Account_pages_have_no_WCAG_A_or_AA_violations_empty_and_with_errors(string url, string? button)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.NewPageAsync(width: width);
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync(url);
            if (button is not null)
            {
                await page.ClickAsync($"main button:has-text('{button}')");
                await page.AssertAccessibleAsync(url + " with errors");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Admin_pages_have_no_WCAG_A_or_AA_violations()
    {
        var admin = await site.CreateAccountAsync(Role.Admin);
        var page = await SignInAsync(admin, 1280);
        await page.GotoAsync("/admin/officers");
        await page.AssertAccessibleAsync("officers");
        await page.ClickAsync("main button:has-text('Send invitation')");
        await page.AssertAccessibleAsync("officers with errors");
        await page.Context.CloseAsync();
    }

    /// <summary>Every page type at desktop width; at 320 pixels (a small phone) the pages with the most on them.</summary>
    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task Provider_pages_have_no_WCAG_A_or_AA_violations(int width)
    {
        var phone = width < 400;
        var provider = await site.CreateAccountAsync(Role.Provider);
        var page = await site.NewPageAsync(width: width);
        await page.GotoAsync("/account/sign-in");
        await page.AssertAccessibleAsync("sign in");
        await page.ClickAsync("button:has-text('Sign in')");
        await page.AssertAccessibleAsync("sign in with errors");
        await page.Context.CloseAsync();

        page = await SignInAsync(provider, width);
        await page.AssertAccessibleAsync("dashboard, empty");
        await page.ClickAsync("button:has-text('Add a service')");
        var draft = page.Url.Split('/')[5];
        foreach (var section in TemplateSections.All.Where(s => !phone || s.Key is "where" or "who"))
        {
            await page.GotoAsync($"/provider/drafts/{draft}/{section.Key}");
            await page.AssertAccessibleAsync(section.Title);
            await page.ClickAsync("button:has-text('Save and continue')");
            await page.AssertAccessibleAsync(section.Title + " after saving (errors or the next section)");
        }
        await page.GotoAsync($"/provider/drafts/{draft}");
        await page.AssertAccessibleAsync("task list");
        await page.GotoAsync($"/provider/drafts/{draft}/check");
        await page.AssertAccessibleAsync("check your answers with problems");
        await page.ClickAsync("button:has-text('Submit for approval')");
        await page.AssertAccessibleAsync("check your answers refused");
        await page.GotoAsync("/provider");
        await page.AssertAccessibleAsync("dashboard with a draft");
        await page.GotoAsync("/provider/colleagues");
        await page.AssertAccessibleAsync("colleagues");
        await page.ClickAsync("button:has-text('Send invitation')");
        await page.AssertAccessibleAsync("colleagues with errors");
        await page.GotoAsync("/account/access-denied");
        await page.AssertAccessibleAsync("access denied");
        await page.GotoAsync("/account/sign-out");
        await page.AssertAccessibleAsync("sign out");
        await page.Context.CloseAsync();
    }

    /// <summary>The same pages in Welsh, chosen with the language link: longer words, the same structure.</summary>
    [Fact]
    public async Task Provider_pages_in_welsh_have_no_WCAG_A_or_AA_violations()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var page = await site.NewPageAsync(width: 1280);
        await page.GotoAsync("/language/cy?returnUrl=%2Faccount%2Fsign-in");
        await page.AssertAccessibleAsync("sign in, Welsh");
        await page.ClickAsync("main button:has-text('Mewngofnodi')");
        await page.AssertAccessibleAsync("sign in with errors, Welsh");
        await page.FillAsync("#Email", provider.Email);
        await page.FillAsync("#Password", TestAccounts.Password);
        await page.ClickAsync("main button:has-text('Mewngofnodi')");
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in"));
        await page.AssertAccessibleAsync("dashboard, empty, Welsh");
        await page.ClickAsync("button:has-text('Ychwanegu gwasanaeth')");
        var draft = page.Url.Split('/')[5];
        foreach (var section in TemplateSections.All)
        {
            await page.GotoAsync($"/provider/drafts/{draft}/{section.Key}");
            await page.ClickAsync("button:has-text('Cadw a pharhau')");
            await page.AssertAccessibleAsync(section.Title + " after saving, Welsh");
        }
        await page.GotoAsync($"/provider/drafts/{draft}");
        await page.AssertAccessibleAsync("task list, Welsh");
        await page.GotoAsync($"/provider/drafts/{draft}/check");
        await page.ClickAsync("main button:has-text('Cyflwyno')");
        await page.AssertAccessibleAsync("check your answers refused, Welsh");
        await page.GotoAsync("/provider/colleagues");
        await page.ClickAsync("button:has-text('Anfon gwahoddiad')");
        await page.AssertAccessibleAsync("colleagues with errors, Welsh");
        await page.Context.CloseAsync();
    }
}
