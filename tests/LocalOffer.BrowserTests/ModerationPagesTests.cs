using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The comment moderation pages pass axe's WCAG A and AA rules and fit a 320px screen, including a
/// decide page with personal details highlighted and one with the law's withhold error, and an officer
/// can publish a comment with edits with scripts off.
/// </summary>
public sealed class ModerationPagesTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private async Task<IPage> SignInAsync(Account officer, bool javaScript = true, int width = 1280)
    {
        var page = await site.NewPageAsync(javaScript, width);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(officer.Email);
        await page.GetByLabel("Password").FillAsync(TestAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.EndsWith("/officer", page.Url);
        return page;
    }

    private static async Task AssertFitsAsync(IPage page, string what, int width)
    {
        await page.AssertAccessibleAsync($"{what} at {width}px");
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{what} is {scrollWidth}px wide on a {width}px screen");
    }

    [Fact]
    public async Task Moderation_pages_have_no_WCAG_A_or_AA_violations_and_fit_a_320px_screen()
    {
        var officer = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider);
        var listing = await site.PublishAsync(provider, officer, OfficerTestData.CompleteForm("Axe checked moderated swimming"));
        var highlighted = await site.AddCommentAsync(
            "My son Oliver Smith-Jones waited a year for a place. Ring me on 07700 900123 or write to a.very.long.email.address.for.a.parent@an-internet-provider-with-a-long-name.example.org. We live at BA2 3EP and he was born on 14/03/2016.",
            CommentTopic.Service, listing.Id, replyEmail: "parent@example.net");
        var law = await site.AddCommentAsync("The transport page never says who to ring.", CommentTopic.EaseOfUse);
        var published = await site.AddCommentAsync("More clubs for teenagers, please.", CommentTopic.Missing, replyEmail: "teen@example.net");
        var theme = new CommentTheme { Name = "Clubs for teenagers" };
        await site.QueryAsync(db => { db.CommentThemes.Add(theme); return db.SaveChangesAsync(); });

        foreach (var width in new[] { 1280, 320 })
        {
            var page = await SignInAsync(officer, width: width);
            foreach (var url in new[] { "/officer", "/officer/comments", $"/officer/comments/{highlighted.Id}", "/officer/themes", $"/officer/themes/{theme.Id}" })
            {
                await page.GotoAsync(url);
                await AssertFitsAsync(page, url, width);
            }

            // The law's error: a reason the screen does not offer, sent anyway.
            await page.GotoAsync($"/officer/comments/{law.Id}");
            await page.EvaluateAsync("() => { const r = document.querySelector('input[name=Reason]'); r.value = 'PersonalInformation'; r.checked = true; }");
            await page.GetByRole(AriaRole.Button, new() { Name = "Withhold the comment" }).ClickAsync();
            Assert.Contains("You cannot withhold this comment", await page.Locator(".govuk-error-summary").InnerTextAsync());
            await AssertFitsAsync(page, "decide page with the withhold error", width);
            await page.Context.CloseAsync();
        }

        // A published comment with a theme and a response, and its theme page with the response form's errors.
        var officerPage = await SignInAsync(officer);
        await officerPage.GotoAsync($"/officer/comments/{published.Id}");
        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Publish as sent" }).ClickAsync();
        await officerPage.GetByLabel("Clubs for teenagers").CheckAsync();
        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Save themes" }).ClickAsync();
        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Publish the response" }).ClickAsync();
        Assert.Contains("Enter what the council did or will do", await officerPage.Locator(".govuk-error-summary").InnerTextAsync());
        await AssertFitsAsync(officerPage, "comment response errors", 1280);
        await officerPage.GotoAsync($"/officer/themes/{theme.Id}");
        await officerPage.GetByLabel("You said").FillAsync("There are not enough clubs for teenagers.");
        await officerPage.GetByLabel("We did").FillAsync("We asked youth services to list their clubs.");
        await officerPage.GetByLabel("Planned").CheckAsync();
        await officerPage.GetByRole(AriaRole.Button, new() { Name = "Publish the response" }).ClickAsync();
        Assert.Contains("is published", await officerPage.Locator(".govuk-notification-banner").InnerTextAsync());
        await AssertFitsAsync(officerPage, "theme page with a response", 1280);
        await officerPage.Context.CloseAsync();
    }

    [Fact]
    public async Task An_officer_publishes_a_comment_with_edits_on_a_phone_with_javascript_off()
    {
        var officer = await site.CreateAccountAsync(Role.Officer);
        var comment = await site.AddCommentAsync("My daughter Amelia could not find any holiday clubs.", CommentTopic.Missing);
        var page = await SignInAsync(officer, javaScript: false, width: 320);

        await page.Locator("#waiting a[href='/officer/comments']").ClickAsync();
        await page.Locator($"a[href='/officer/comments/{comment.Id}']").ClickAsync();
        Assert.Equal("Amelia", await page.Locator("#comment-text mark").InnerTextAsync());
        await page.GetByLabel("The words to publish").FillAsync("My daughter could not find any holiday clubs.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish with edits" }).ClickAsync();
        Assert.Contains("published with your edits", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        await page.Context.CloseAsync();

        var saved = await site.CommentAsync(comment.Id);
        Assert.Equal(("My daughter could not find any holiday clubs.", true), (saved.PublishedText, saved.WasEdited));
    }
}
