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
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

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

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0,
            $"{what} ({page.Url}): " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
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
            await AssertAccessibleAsync(page, url);
            if (button is not null)
            {
                await page.ClickAsync($"main button:has-text('{button}')");
                await AssertAccessibleAsync(page, url + " with errors");
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
        await AssertAccessibleAsync(page, "officers");
        await page.ClickAsync("main button:has-text('Send invitation')");
        await AssertAccessibleAsync(page, "officers with errors");
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
        await AssertAccessibleAsync(page, "sign in");
        await page.ClickAsync("button:has-text('Sign in')");
        await AssertAccessibleAsync(page, "sign in with errors");
        await page.Context.CloseAsync();

        page = await SignInAsync(provider, width);
        await AssertAccessibleAsync(page, "dashboard, empty");
        await page.ClickAsync("button:has-text('Add a service')");
        var draft = page.Url.Split('/')[5];
        foreach (var section in TemplateSections.All.Where(s => !phone || s.Key is "where" or "who"))
        {
            await page.GotoAsync($"/provider/drafts/{draft}/{section.Key}");
            await AssertAccessibleAsync(page, section.Title);
            await page.ClickAsync("button:has-text('Save and continue')");
            await AssertAccessibleAsync(page, section.Title + " after saving (errors or the next section)");
        }
        await page.GotoAsync($"/provider/drafts/{draft}");
        await AssertAccessibleAsync(page, "task list");
        await page.GotoAsync($"/provider/drafts/{draft}/check");
        await AssertAccessibleAsync(page, "check your answers with problems");
        await page.ClickAsync("button:has-text('Submit for approval')");
        await AssertAccessibleAsync(page, "check your answers refused");
        await page.GotoAsync("/provider");
        await AssertAccessibleAsync(page, "dashboard with a draft");
        await page.GotoAsync("/provider/colleagues");
        await AssertAccessibleAsync(page, "colleagues");
        await page.ClickAsync("button:has-text('Send invitation')");
        await AssertAccessibleAsync(page, "colleagues with errors");
        await page.GotoAsync("/account/access-denied");
        await AssertAccessibleAsync(page, "access denied");
        await page.GotoAsync("/account/sign-out");
        await AssertAccessibleAsync(page, "sign out");
        await page.Context.CloseAsync();
    }
}
