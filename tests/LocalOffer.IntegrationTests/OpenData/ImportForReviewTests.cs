using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>Listings imported "pending" wait in the officers' approval queue, keep their ids, and never take a live listing offline.</summary>
public sealed class ImportForReviewTests
{
    [Fact]
    public async Task Pending_imports_wait_in_the_queue_and_an_officer_publishes_them_with_their_own_ids()
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var entries = FixtureCatalogue.Published().Take(2).ToList();

        var result = await site.ImportAsync(entries, ListingStatus.Pending);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));

        var queue = await officer.PageAsync("/officer/queue?kind=new");
        Assert.Contains("Chatterbox speech group", queue.Body!.TextContent);
        Assert.Contains("Little Acorns childminding", queue.Body!.TextContent);
        Assert.Empty(await officer.SearchAsync("chatterbox"));

        var submission = await site.QueryAsync(db => db.Submissions.SingleAsync(s => s.ListingId == entries[0].Id));
        Assert.Equal((SubmissionKind.NewListing, SubmissionState.Submitted), (submission.Kind, submission.State));
        var review = await officer.PageAsync($"/officer/submissions/{submission.Id}");
        Assert.Contains("12 Temple Street", review.Text("#answers"));
        await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "therapies"));

        var live = await site.ListingAsync(entries[0].Id);
        Assert.Equal((ListingStatus.Published, "chatterbox-speech-group"), (live.Status, live.Slug));
        Assert.Contains("chatterbox-speech-group", await officer.SearchAsync("chatterbox"));
    }

    [Fact]
    public async Task A_pending_import_of_a_live_listing_leaves_it_live_and_waits_as_a_change()
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var chatterbox = FixtureCatalogue.Published()[0];
        Assert.True((await site.ImportAsync([chatterbox])).Succeeded);

        var result = await site.ImportAsync([chatterbox with { Name = "Chatterbox talking group" }], ListingStatus.Pending);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));

        var live = await site.ListingAsync(chatterbox.Id);
        Assert.Equal((ListingStatus.Published, "Chatterbox speech group"), (live.Status, live.Name));
        var change = await site.QueryAsync(db => db.Submissions.SingleAsync(s => s.ListingId == chatterbox.Id));
        Assert.Equal(SubmissionKind.Change, change.Kind);
        Assert.Contains("Chatterbox talking group", (await officer.PageAsync("/officer/queue?kind=change")).Body!.TextContent);

        await officer.FollowAsync(await officer.ApproveAsync(change.Id, "therapies"));
        Assert.Equal("Chatterbox talking group", (await site.ListingAsync(chatterbox.Id)).Name);
    }

    [Fact]
    public async Task A_second_pending_import_while_the_first_still_waits_is_reported_and_leaves_the_queue_as_it_was()
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        var chatterbox = FixtureCatalogue.Published()[0];
        Assert.True((await site.ImportAsync([chatterbox], ListingStatus.Pending)).Succeeded);

        var again = await site.ImportAsync([chatterbox with { Name = "Chatterbox talking group" }], ListingStatus.Pending);

        Assert.Equal(["chatterbox-speech-group"], again.AlreadyWaiting);
        Assert.Contains("chatterbox-speech-group", again.AlreadyWaitingNote);
        Assert.Equal((0, 0), (again.Added, again.Updated));
        var waiting = await site.QueryAsync(db => db.Submissions.Where(s => s.ListingId == chatterbox.Id).ToListAsync());
        Assert.Equal("Chatterbox speech group", Assert.Single(waiting).Form.About.Name);
        Assert.Equal("Chatterbox speech group", (await site.ListingAsync(chatterbox.Id)).Name);
    }
}
