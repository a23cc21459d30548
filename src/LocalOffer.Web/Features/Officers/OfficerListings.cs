using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Officers;

public sealed record ListingSummary(Guid Id, string Name, string Slug, ListingStatus Status, string Organisation, DateOnly ReviewBy);

public sealed record ListingHistoryPage(Guid ListingId, ListingSummary? Listing, string? Name, IReadOnlyList<ListingEvent> Events);

/// <summary>Listings as officers look them up: by name, with their history of decisions, and any change in progress.</summary>
public sealed class OfficerListings(LocalOfferDb db)
{
    /// <summary>
    /// The listing and every event about it. A new listing has history (submitted, returned) before it
    /// exists, so its name then comes from the latest submission. Null if there is neither.
    /// </summary>
    public async Task<ListingHistoryPage?> LoadAsync(Guid listingId, CancellationToken ct)
    {
        var listing = await FindAsync(listingId, ct);
        var events = await db.ListingEvents.AsNoTracking().Where(e => e.ListingId == listingId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).ToListAsync(ct);
        if (listing is null && events.Count == 0) return null;
        var name = listing?.Name;
        if (name is null)
        {
            var latest = await db.Submissions.AsNoTracking().Where(s => s.ListingId == listingId).OrderByDescending(s => s.UpdatedAt).FirstOrDefaultAsync(ct);
            name = latest is null ? null : latest.ServiceName;
        }
        return new ListingHistoryPage(listingId, listing, name, events);
    }

    public Task<ListingSummary?> FindAsync(Guid id, CancellationToken ct) => Summaries(db.Listings.Where(l => l.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Listings of any state whose name contains the words, for an officer looking one up.</summary>
    public async Task<IReadOnlyList<ListingSummary>> SearchAsync(string words, int max, CancellationToken ct)
    {
        var pattern = "%" + words.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        // Case-insensitive on both engines: SQLite's LIKE ignores case, PostgreSQL's needs ILIKE.
        var found = DatabaseSetup.IsPostgreSql(db)
            ? db.Listings.Where(l => EF.Functions.ILike(l.Name, pattern, "\\"))
            : db.Listings.Where(l => EF.Functions.Like(l.Name, pattern, "\\"));
        return await Summaries(found.OrderBy(l => l.Name).Take(max)).ToListAsync(ct);
    }

    /// <summary>A change to the listing someone has started and not finished, if there is one.</summary>
    public Task<Submission?> OpenChangeAsync(Guid listingId, CancellationToken ct) =>
        db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.ListingId == listingId && s.Kind == SubmissionKind.Change
            && (s.State == SubmissionState.Draft || s.State == SubmissionState.Submitted || s.State == SubmissionState.Returned), ct);

    private static IQueryable<ListingSummary> Summaries(IQueryable<Listing> listings) =>
        listings.AsNoTracking().Select(l => new ListingSummary(l.Id, l.Name, l.Slug, l.Status, l.Provider.Name, l.ReviewBy));
}
