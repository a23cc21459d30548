using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class OrganisationAndListingTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    [Fact]
    public async Task An_officer_approves_a_waiting_organisation_and_its_members_are_emailed()
    {
        var member = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        var organisation = member.Providers.Single();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));

        var page = await officer.PageAsync("/officer/organisations");
        var card = page.QuerySelectorAll("#pending .govuk-summary-card").Single(c => c.QuerySelector("h3")!.TextContent == organisation.Name);
        Assert.Contains(member.Name, card.TextContent);
        Assert.Contains(member.Email, card.TextContent);

        var after = await officer.FollowAsync(await officer.PostFormAsync("/officer/organisations?handler=Approve", new() { ["providerId"] = organisation.Id.ToString() }, formPage: "/officer/organisations"));
        Assert.Contains($"{organisation.Name} is approved", after.Text(".govuk-notification-banner"));
        Assert.DoesNotContain(organisation.Name, after.QuerySelector("#pending")?.TextContent ?? "");
        Assert.Contains(organisation.Name, after.Text("#approved"));
        Assert.Equal(OrganisationStatus.Approved, (await site.QueryAsync(db => db.Providers.FirstAsync(p => p.Id == organisation.Id))).Status);
        Assert.Single(await site.EmailsAsync(), e => e.Contains($"To: {member.Email}") && e.Contains($"{organisation.Name} is approved"));
    }

    [Fact]
    public async Task An_officer_creates_a_listing_for_a_new_or_an_existing_organisation()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);

        var nothing = await (await officer.PostFormAsync("/officer/listings/new", new())).DocumentAsync();
        Assert.Contains("Select the organisation the listing is for, or register a new one", nothing.Text(".govuk-error-summary"));
        var noName = await (await officer.PostFormAsync("/officer/listings/new", new() { ["Organisation"] = "new", ["NewName"] = " " })).DocumentAsync();
        Assert.Contains("Enter the name of the organisation", noName.Text(".govuk-error-summary"));

        var name = "Riverside Riding " + OfficerTestData.UniqueWord();
        var created = await officer.PostFormAsync("/officer/listings/new", new() { ["Organisation"] = "new", ["NewName"] = name });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var draftId = Guid.Parse(created.Headers.Location!.OriginalString.Replace("/provider/drafts/", ""));
        var draft = await site.SubmissionAsync(draftId);
        var organisation = await site.QueryAsync(db => db.Providers.FirstAsync(p => p.Id == draft.ProviderId));
        Assert.Equal(name, organisation.Name);
        Assert.Equal(OrganisationStatus.Approved, organisation.Status);
        Assert.Equal((SubmissionKind.NewListing, SubmissionState.Draft, officerAccount.Id), (draft.Kind, draft.State, draft.CreatedBy));

        var taken = await (await officer.PostFormAsync("/officer/listings/new", new() { ["Organisation"] = "new", ["NewName"] = name.ToUpperInvariant() })).DocumentAsync();
        Assert.Contains("is already registered", taken.Text(".govuk-error-summary"));

        var search = await officer.PageAsync("/officer/listings/new?Search=" + Uri.EscapeDataString(name));
        Assert.Equal(organisation.Id.ToString(), search.QuerySelector("#organisations input[type=radio]")?.GetAttribute("value"));
        var existing = await officer.PostFormAsync("/officer/listings/new", new() { ["Organisation"] = organisation.Id.ToString() });
        var second = await site.SubmissionAsync(Guid.Parse(existing.Headers.Location!.OriginalString.Replace("/provider/drafts/", "")));
        Assert.Equal(organisation.Id, second.ProviderId);
        Assert.NotEqual(draftId, second.Id);
    }

    [Fact]
    public async Task An_officer_starts_a_change_to_a_live_listing_and_carries_on_with_it_the_second_time()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var listing = await site.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Officer edited youth club " + OfficerTestData.UniqueWord()));
        var officer = await site.SignedInClientAsync(officerAccount);

        var found = await officer.PageAsync("/officer/listings?q=" + Uri.EscapeDataString(listing.Name));
        Assert.NotNull(found.QuerySelector($"#found a[href='/officer/listings/{listing.Id}/edit']"));

        var started = await officer.PostFormAsync($"/officer/listings/{listing.Id}/edit", new());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var changeId = Guid.Parse(started.Headers.Location!.OriginalString.Replace("/provider/drafts/", ""));
        var change = await site.SubmissionAsync(changeId);
        Assert.Equal((SubmissionKind.Change, listing.Id, officerAccount.Id), (change.Kind, change.ListingId, change.CreatedBy));
        Assert.Equal(listing.Name, change.Form.About.Name);

        var page = await officer.PageAsync($"/officer/listings/{listing.Id}/edit");
        Assert.Contains("already started a change", page.Body!.TextContent);
        var again = await officer.PostFormAsync($"/officer/listings/{listing.Id}/edit", new());
        Assert.Equal($"/provider/drafts/{changeId}", again.Headers.Location!.OriginalString);
        Assert.Equal(ListingStatus.Published, (await site.ListingAsync(listing.Id)).Status);
    }
}
