using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Reviews;

public sealed record OverdueListing(Guid Id, string Slug, string Name, string Provider, DateOnly ReviewBy, int DaysOverdue, bool HasAccounts, DateTimeOffset? RemindedAt);

public sealed record OverduePage(List<OverdueListing> Listings, int Total, int DueSoon, int Page, int PageCount);

/// <summary>Published listings past their review date, for officers to chase: most overdue first.</summary>
public sealed class OverdueListings(LocalOfferDb db, ListingFreshness freshness, SubmissionWorkflow workflow)
{
    public const int PageSize = 50;

    public async Task<OverduePage> PageAsync(int page, CancellationToken ct)
    {
        var today = freshness.Today;
        var until = freshness.DueSoonUntil;
        var overdue = db.PublishedListings.Where(l => l.ReviewBy < today);
        var total = await overdue.CountAsync(ct);
        var dueSoon = await db.PublishedListings.CountAsync(l => l.ReviewBy >= today && l.ReviewBy <= until, ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await overdue.AsNoTracking()
            .OrderBy(l => l.ReviewBy).ThenBy(l => l.Name).ThenBy(l => l.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(l => new { l.Id, l.Slug, l.Name, Provider = l.Provider.Name, l.ReviewBy, HasAccounts = l.Provider.Members.Any() })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var reminders = await db.ReviewReminders.AsNoTracking().Where(r => ids.Contains(r.ListingId)).ToListAsync(ct);
        var listings = rows.Select(r => new OverdueListing(r.Id, r.Slug, r.Name, r.Provider, r.ReviewBy, freshness.DaysOverdue(r.ReviewBy), r.HasAccounts,
            reminders.Where(m => m.ListingId == r.Id && m.ReviewBy == r.ReviewBy).Select(m => (DateTimeOffset?)m.QueuedAt).Max())).ToList();
        return new OverduePage(listings, total, dueSoon, page, pageCount);
    }

    /// <summary>An officer confirms the listing on the provider's behalf; null if it is not a published listing.</summary>
    public async Task<Listing?> ConfirmAsync(Guid listingId, Guid officerId, CancellationToken ct)
    {
        var listing = await db.PublishedListings.FirstOrDefaultAsync(l => l.Id == listingId, ct);
        var officer = await db.Accounts.FirstOrDefaultAsync(a => a.Id == officerId, ct);
        if (listing is null || officer is null) return null;
        await workflow.ConfirmStillAccurateAsync(listing, officer, ct);
        return listing;
    }
}
