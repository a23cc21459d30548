using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>
/// The officer pages pass axe's WCAG A and AA rules and fit a 320px screen, and an officer can clear the
/// queue with scripts off. A site of its own, so the listings it publishes do not change other tests' counts.
/// </summary>
public sealed class OfficerPagesTests(BrowserSite site) : IClassFixture<BrowserSite>
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

    [Fact]
    public async Task Every_officer_page_has_no_WCAG_A_or_AA_violations_and_fits_a_320px_screen()
    {
        var officer = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider, email: "a.very.long.email.address.for.a.provider@an-organisation-with-a-long-name.example.org", organisation: OrganisationStatus.Pending);
        var approvedProvider = await site.CreateAccountAsync(Role.Provider);
        var newListing = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Axe checked sensory play sessions for children and young people"));
        var live = await site.PublishAsync(approvedProvider, officer, OfficerTestData.CompleteForm("Axe checked music group"));
        var change = await site.SubmitChangeAsync(approvedProvider, live.Id, f => f.About.Description = "A much longer description that goes on and on.\n\nWith a second paragraph.");
        var withdrawn = await site.PublishAsync(approvedProvider, officer, OfficerTestData.CompleteForm("Axe checked holiday club"));
        var withdrawal = await site.RequestWithdrawalAsync(approvedProvider, withdrawn.Id, "We have closed.");
        await site.CreateClient().GetAsync("/services?q=underwater+basket+weaving&free=true&day=sunday&delivery=online");

        string[] urls =
        [
            "/officer", "/officer/queue", $"/officer/submissions/{newListing.Id}", $"/officer/submissions/{change.Id}", $"/officer/submissions/{withdrawal.Id}",
            "/officer/organisations", $"/officer/listings/{live.Id}/history", "/officer/listings?q=axe", "/officer/listings/new", $"/officer/listings/{live.Id}/edit",
            "/officer/questions", "/officer/questions/new", "/officer/unmet-searches", "/officer/unmet-searches?day=31&month=2&year=2026",
        ];
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await SignInAsync(officer, width: width);
            foreach (var url in urls)
            {
                await page.GotoAsync(url);
                await page.AssertAccessibleAsync($"{url} at {width}px");
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"{url} is {scrollWidth}px wide on a {width}px screen");
            }
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Every_officer_page_in_Welsh_has_no_WCAG_A_or_AA_violations_and_fits_a_320px_screen()
    {
        // Welsh words run longer than English ones: the same pages, and their error states, once more in Welsh.
        var officer = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        var approvedProvider = await site.CreateAccountAsync(Role.Provider);
        var newListing = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Welsh axe checked sensory play sessions for children and young people"));
        var live = await site.PublishAsync(approvedProvider, officer, OfficerTestData.CompleteForm("Welsh axe checked music group"));
        var change = await site.SubmitChangeAsync(approvedProvider, live.Id, f => { f.About.Summary = "Now on Saturdays too."; f.Cost.IsFree = false; f.Cost.Fees = "£3 a session"; });
        var comment = await site.AddCommentAsync("Please ring me on 07700 900123 about clubs for teenagers.", Web.Features.Feedback.CommentTopic.Information);

        string[] urls =
        [
            "/officer", "/officer/queue", $"/officer/submissions/{newListing.Id}", $"/officer/submissions/{change.Id}",
            "/officer/organisations", $"/officer/listings/{live.Id}/history", "/officer/listings?q=welsh", "/officer/listings/new", $"/officer/listings/{live.Id}/edit",
            "/officer/questions", "/officer/questions/new", "/officer/unmet-searches?day=31&month=2&year=2026",
            "/officer/comments", $"/officer/comments/{comment.Id}", "/officer/themes", "/officer/you-said-we-did",
        ];
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await SignInAsync(officer, width: width);
            await page.GotoAsync("/language/cy?returnUrl=/officer");
            Assert.Equal("cy", await page.Locator("html").GetAttributeAsync("lang"));
            foreach (var url in urls)
            {
                await page.GotoAsync(url);
                await page.AssertAccessibleAsync($"{url} in Welsh at {width}px");
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"{url} in Welsh is {scrollWidth}px wide on a {width}px screen");
            }

            // The return form's error, in Welsh.
            await page.GotoAsync($"/officer/submissions/{change.Id}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Dychwelyd i'r darparwr" }).ClickAsync();
            Assert.Contains("Rhowch beth sydd angen i'r darparwr ei newid", await page.Locator(".govuk-error-summary").InnerTextAsync());
            await page.AssertAccessibleAsync($"the return error in Welsh at {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_officer_approves_a_listing_and_returns_another_on_a_phone_with_javascript_off()
    {
        var officer = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider);
        var approve = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Phone approved youth club"));
        var giveBack = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Phone returned youth club"));
        var page = await SignInAsync(officer, javaScript: false, width: 320);

        await page.GetByRole(AriaRole.Link, new() { Name = "See everything waiting for a decision, oldest first" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phone approved youth club", Exact = true }).ClickAsync();
        await page.GetByLabel("Clubs and youth groups").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        Assert.Contains("Phone approved youth club is published", await page.Locator(".govuk-notification-banner").InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Phone returned youth club", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Return to provider" }).ClickAsync();
        Assert.Contains("Enter what the provider needs to change", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.GetByLabel("What does the provider need to change?").FillAsync("Add opening times for the holidays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Return to provider" }).ClickAsync();
        Assert.Contains("Phone returned youth club has been returned", await page.Locator(".govuk-notification-banner").InnerTextAsync());
        await page.Context.CloseAsync();

        var listing = await site.ListingAsync(approve.ListingId);
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.Contains(listing.Categories, c => c.Slug == "clubs-youth-groups");
        Assert.Equal(Web.Features.Submissions.SubmissionState.Returned, (await site.SubmissionAsync(giveBack.Id)).State);
    }
}
