using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class ApprovalTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    private static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    [Fact]
    public async Task Approving_a_new_listing_publishes_it_at_once_and_emails_the_provider()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var word = OfficerTestData.UniqueWord();
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm($"{word} speech group"));

        var review = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Contains($"{word} speech group", review.Text("h1"));
        var answers = review.Text("#answers").Squash();
        Assert.Contains("Ring the centre to book a first visit.", answers);
        Assert.Contains("Community hall, 1 High Street, Bath, BA2 3EP", answers);
        Assert.Equal($"/provider/drafts/{submission.Id}", review.QuerySelector("#edit")?.GetAttribute("href"));
        Assert.True(review.QuerySelector("input[name=Categories][value=therapies]")?.HasAttribute("checked"), "the provider's suggestion is ticked");
        Assert.Empty(await officer.SearchAsync(word));

        var queue = await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "therapies"));
        Assert.Contains($"{word} speech group is published", queue.Text(".govuk-notification-banner").Squash());
        Assert.DoesNotContain(submission.Id.ToString(), queue.Body!.InnerHtml);

        var listing = await site.ListingAsync(submission.ListingId);
        Assert.Equal(ListingStatus.Published, listing.Status);
        var publicPage = await site.CreateClient().GetAsync($"/services/{listing.Slug}");
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Equal([listing.Slug], await site.CreateClient().SearchAsync(word));

        var email = Assert.Single(await site.EmailsAsync(), e => e.Contains(provider.Email) && e.Contains($"{word} speech group is live"));
        Assert.Contains($"/services/{listing.Slug}", email);
    }

    [Fact]
    public async Task Returning_needs_a_reason_and_the_provider_is_emailed_it()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Returned riding club"));

        var empty = await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "   ")]);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var page = await empty.DocumentAsync();
        Assert.Contains("Enter what the provider needs to change", page.Text(".govuk-error-summary"));
        Assert.Equal("#Reason", page.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.StartsWith("Error:", page.Title);
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);

        var queue = await officer.FollowAsync(await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "Add the cost of a session.\nSay whether parents stay.")]));
        Assert.Contains("Returned riding club has been returned to the provider", queue.Text(".govuk-notification-banner"));
        var returned = await site.SubmissionAsync(submission.Id);
        Assert.Equal(SubmissionState.Returned, returned.State);
        var email = Assert.Single(await site.EmailsAsync(), e => e.Contains(provider.Email) && e.Contains("Returned riding club needs some changes"));
        Assert.Contains("Add the cost of a session.", email);
        Assert.Contains("Say whether parents stay.", email);
        Assert.Contains($"/provider/drafts/{submission.Id}", email);
    }

    [Fact]
    public async Task The_categories_the_officer_ticks_replace_the_providers_suggestions()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Category choice swim club", "therapies"));

        var none = await (await officer.ApproveAsync(submission.Id)).DocumentAsync();
        Assert.Contains("Select at least one category", none.Text(".govuk-error-summary"));
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);

        await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "sport", "clubs-youth-groups"));
        var listing = await site.ListingAsync(submission.ListingId);
        Assert.Equal(["clubs-youth-groups", "sport"], listing.Categories.Select(c => c.Slug).Order());

        // A change: the live listing's categories are ticked, and the officer's choice replaces them.
        var change = await site.SubmitChangeAsync(provider, listing.Id, f => f.Categories.Suggested = ["therapies"]);
        var review = await officer.PageAsync($"/officer/submissions/{change.Id}");
        Assert.Equal(["clubs-youth-groups", "sport"], review.QuerySelectorAll("input[name=Categories][checked]").Select(i => i.GetAttribute("value")).Order());
        Assert.Contains("The provider suggested: Therapies", review.Text("#Categories-hint").Squash());
        await officer.FollowAsync(await officer.ApproveAsync(change.Id, "arts-music"));
        Assert.Equal(["arts-music"], (await site.ListingAsync(listing.Id)).Categories.Select(c => c.Slug));
    }

    [Fact]
    public async Task Approving_while_the_organisation_is_pending_shows_the_problem_until_the_organisation_is_approved()
    {
        var provider = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Pending organisation play scheme"));
        var organisation = await site.QueryAsync(db => db.Providers.FirstAsync(p => p.Id == provider.ProviderId()));

        var review = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Contains($"{organisation.Name} has not been approved yet", review.Text("#organisation").Squash());

        var refused = await officer.ApproveAsync(submission.Id, "therapies");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.DocumentAsync();
        Assert.Contains($"Approve the organisation {organisation.Name} first", page.Text(".govuk-error-summary"));
        Assert.Equal("#organisation", page.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);

        var approvedOrganisation = await officer.FollowAsync(await officer.PostFormAsync($"/officer/submissions/{submission.Id}?handler=ApproveOrganisation", new(), formPage: $"/officer/submissions/{submission.Id}"));
        Assert.Contains($"{organisation.Name} is approved", approvedOrganisation.Text(".govuk-notification-banner"));
        Assert.Null(approvedOrganisation.QuerySelector("#organisation"));

        await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "therapies"));
        Assert.Equal(ListingStatus.Published, (await site.ListingAsync(submission.ListingId)).Status);
    }

    [Fact]
    public async Task A_change_shows_exactly_the_changed_answers_and_the_live_page_keeps_the_old_text_until_it_is_approved()
    {
        var providerAccount = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var listing = await site.PublishAsync(providerAccount, officerAccount, OfficerTestData.CompleteForm("Changing music group", "arts-music"));
        var visitor = site.CreateClient();
        Assert.Contains("A small group called Changing music group.", (await visitor.PageAsync($"/services/{listing.Slug}")).Body!.TextContent);

        var change = await site.SubmitChangeAsync(providerAccount, listing.Id, f =>
        {
            f.About.Summary = "A lively music group for children who find groups hard.";
            f.Access.HowToAccess = "Book online.";
        });

        var review = await officer.PageAsync($"/officer/submissions/{change.Id}");
        var changed = review.QuerySelectorAll("#changes .govuk-summary-card").Select(card => (
            Title: card.QuerySelector(".govuk-summary-card__title")!.TextContent.Squash(),
            Live: card.QuerySelectorAll(".govuk-summary-list__value")[0].TextContent.Squash(),
            Submitted: card.QuerySelectorAll(".govuk-summary-list__value")[1].TextContent.Squash())).ToList();
        Assert.Equal(
        [
            ("About the service: Summary", "A small group called Changing music group.", "A lively music group for children who find groups hard."),
            ("How to get it: How to get it", "Ring the centre to book a first visit.", "Book online."),
        ], changed);
        Assert.Equal($"/services/{listing.Slug}", review.QuerySelector("#live-page")?.GetAttribute("href"));
        Assert.Contains("Book online.", review.Text("#answers"));

        var livePage = (await visitor.PageAsync($"/services/{listing.Slug}")).Body!.TextContent;
        Assert.Contains("A small group called Changing music group.", livePage);
        Assert.DoesNotContain("A lively music group", livePage);

        var queue = await officer.FollowAsync(await officer.ApproveAsync(change.Id, "arts-music"));
        Assert.Contains("The changes to Changing music group are published", queue.Text(".govuk-notification-banner"));
        livePage = (await visitor.PageAsync($"/services/{listing.Slug}")).Body!.TextContent;
        Assert.Contains("A lively music group for children who find groups hard.", livePage);
        Assert.Contains("Book online.", livePage);
        Assert.DoesNotContain("A small group called Changing music group.", livePage);
    }

    [Fact]
    public async Task Approving_a_withdrawal_takes_the_listing_out_of_search_and_its_page_is_gone()
    {
        var providerAccount = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var word = OfficerTestData.UniqueWord();
        var listing = await site.PublishAsync(providerAccount, officerAccount, OfficerTestData.CompleteForm($"{word} holiday club"));
        var visitor = site.CreateClient();
        Assert.Equal([listing.Slug], await visitor.SearchAsync(word));

        var withdrawal = await site.RequestWithdrawalAsync(providerAccount, listing.Id, "The club has closed for good.");
        var review = await officer.PageAsync($"/officer/submissions/{withdrawal.Id}");
        Assert.Contains("The club has closed for good.", review.Text("#withdrawal-reason"));
        Assert.Empty(review.QuerySelectorAll("input[name=Categories]"));
        Assert.Equal("Withdraw the listing", review.Text("#approve"));

        var queue = await officer.FollowAsync(await officer.ApproveAsync(withdrawal.Id));
        Assert.Contains($"{word} holiday club has been withdrawn", queue.Text(".govuk-notification-banner"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/services/{listing.Slug}")).StatusCode);
        Assert.Empty(await visitor.SearchAsync(word));
        Assert.Equal(ListingStatus.Archived, (await site.ListingAsync(listing.Id)).Status);
    }

    [Fact]
    public async Task History_lists_each_decision_newest_first_with_who_and_why()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("History drama club"));
        await officer.FollowAsync(await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "Say which ages the club is for.")]));

        var before = await officer.PageAsync($"/officer/listings/{submission.ListingId}/history");
        Assert.Contains("History drama club", before.Text("h1"));
        Assert.Equal("Not published yet", before.Text("#status"));

        // The provider resubmits; the officer approves.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var workflow = scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>();
            var returned = await workflow.FindAsync(submission.Id, provider.Id, false, CancellationToken.None);
            await workflow.SubmitAsync(returned!, provider, CancellationToken.None);
        }
        await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "arts-music"));

        var history = await officer.PageAsync($"/officer/listings/{submission.ListingId}/history");
        var events = history.QuerySelectorAll("#events > li").Select(li => li.TextContent.Squash()).ToList();
        Assert.Equal(4, events.Count);
        Assert.StartsWith("Approved and published", events[0]);
        Assert.Contains($"by {officerAccount.Name}", events[0]);
        Assert.StartsWith("Submitted for approval", events[1]);
        Assert.Contains($"by {provider.Name}", events[1]);
        Assert.StartsWith("Returned to the provider", events[2]);
        Assert.Contains($"by {officerAccount.Name}", events[2]);
        Assert.Contains("Say which ages the club is for.", events[2]);
        Assert.StartsWith("Submitted for approval", events[3]);
        Assert.Equal("Published", history.Text("#status"));
        var slug = (await site.ListingAsync(submission.ListingId)).Slug;
        Assert.Equal($"/services/{slug}", history.QuerySelector("#public-page")?.GetAttribute("href"));

        var review = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Equal($"/officer/listings/{submission.ListingId}/history", review.QuerySelector("#history")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_submission_with_answers_to_fix_says_which_and_cannot_be_approved()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var form = OfficerTestData.CompleteForm("Incomplete sports club");
        form.Access.HowToAccess = null;
        var submission = await site.SubmitNewAsync(provider, form, complete: false);

        var review = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Contains("How to get it: Explain how to get the service", review.QuerySelector("#problems + ul")!.TextContent.Squash());
        Assert.Equal($"/provider/drafts/{submission.Id}/access", review.QuerySelector("#problems + ul a")?.GetAttribute("href"));

        var refused = await (await officer.ApproveAsync(submission.Id, "sport")).DocumentAsync();
        Assert.Contains("The submission still has answers to fix", refused.Text(".govuk-error-summary"));
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);
    }

    [Fact]
    public async Task A_decided_submission_shows_its_state_and_no_decision_buttons()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Decided art club"));
        await officer.FollowAsync(await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "Add a photo description.")]));

        var page = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Equal("Returned to the provider", page.Text("#state"));
        Assert.Contains("Add a photo description.", page.Text("#decided"));
        Assert.Null(page.QuerySelector("#approve"));
        Assert.Null(page.QuerySelector("#return"));
        Assert.Empty(page.QuerySelectorAll("form[method=post]"));
    }
}
