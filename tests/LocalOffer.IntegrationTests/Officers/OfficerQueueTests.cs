using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using LocalOffer.Web.Features.Submissions;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class OfficerQueueTests
{
    [Fact]
    public async Task The_queue_lists_submitted_items_oldest_first_and_the_home_counts_what_is_waiting()
    {
        await using var site = new OfficerSite();
        await site.InitializeAsync();
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var provider = await site.CreateAccountAsync(Role.Provider);
        var pendingProvider = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);

        var live = await site.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Live swimming"));
        var overdue = await site.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Overdue swimming"));
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await site.QueryAsync(db => db.Listings.Where(l => l.Id == overdue.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ReviewBy, yesterday)));

        var second = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Second new listing"));
        var first = await site.SubmitNewAsync(pendingProvider, OfficerTestData.CompleteForm("First new listing"));
        var change = await site.SubmitChangeAsync(provider, live.Id, f => f.About.Summary = "Changed summary.");
        var withdrawal = await site.RequestWithdrawalAsync(provider, overdue.Id, "Closing.");
        await site.QueryAsync(async db =>
        {
            // Submitted on different days, in a different order from the one they were made in.
            var now = DateTimeOffset.UtcNow;
            foreach (var (id, daysAgo) in new[] { (first.Id, 4), (change.Id, 3), (second.Id, 2), (withdrawal.Id, 1) })
            {
                var s = await db.Submissions.FirstAsync(x => x.Id == id);
                s.SubmittedAt = now.AddDays(-daysAgo);
            }
            return await db.SaveChangesAsync();
        });
        // A draft is the provider's own until it is submitted.
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>()
                .StartNewAsync(provider.ProviderId(), provider, CancellationToken.None);

        var officer = await site.SignedInClientAsync(officerAccount);
        var home = await officer.PageAsync("/officer");
        var counts = home.QuerySelectorAll("#waiting a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Squash());
        Assert.Equal("2 new listings waiting for approval", counts["/officer/queue?kind=new"]);
        Assert.Equal("1 change to a live listing waiting for approval", counts["/officer/queue?kind=change"]);
        Assert.Equal("1 request to withdraw a listing", counts["/officer/queue?kind=withdrawal"]);
        Assert.Equal("1 organisation waiting for approval", counts["/officer/organisations"]);
        Assert.Equal("1 published listing overdue for review", counts["/officer/overdue"]);
        foreach (var link in new[] { "/officer/listings/new", "/officer/questions", "/officer/unmet-searches" })
            Assert.NotNull(home.QuerySelector($"a[href='{link}']"));

        var queue = await officer.PageAsync("/officer/queue");
        var rows = queue.QuerySelectorAll("#queue tbody tr").Select(r => r.TextContent.Squash()).ToList();
        Assert.Equal(4, rows.Count);
        Assert.StartsWith("New listing First new listing", rows[0]);
        Assert.Contains("Organisation not approved yet", rows[0]);
        Assert.StartsWith("Change Live swimming", rows[1]);
        Assert.StartsWith("New listing Second new listing", rows[2]);
        Assert.DoesNotContain("not approved", rows[2]);
        Assert.StartsWith("Withdrawal Overdue swimming", rows[3]);
        Assert.Contains(provider.Providers[0].Name, rows[3]);
        Assert.Equal($"/officer/submissions/{first.Id}", queue.QuerySelector("#queue tbody tr a")?.GetAttribute("href"));
        Assert.NotNull(queue.QuerySelector($"#queue a[href='/officer/listings/{live.Id}/history']"));

        var newOnly = await officer.PageAsync("/officer/queue?kind=new");
        Assert.Equal(["First new listing", "Second new listing"], newOnly.QuerySelectorAll("#queue tbody tr td:first-child a:not([href$=history])").Select(a => a.TextContent.Trim()));
        var withdrawals = await officer.PageAsync("/officer/queue?kind=withdrawal");
        Assert.Single(withdrawals.QuerySelectorAll("#queue tbody tr"));
    }
}
