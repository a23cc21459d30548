using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Officers;

/// <summary>One submission waiting for an officer.</summary>
public sealed record QueueItem(Guid SubmissionId, Guid ListingId, SubmissionKind Kind, string ServiceName, string Organisation, bool OrganisationPending, DateTimeOffset SubmittedAt);

/// <summary>What is waiting, as the officer home counts it.</summary>
public sealed record OfficerCounts(int NewListings, int Changes, int Withdrawals, int Organisations, int Overdue);

/// <summary>Submissions waiting for a decision, oldest first, and the counts on the officer home.</summary>
public sealed class OfficerQueue(LocalOfferDb db, Reviews.ListingFreshness freshness)
{
    public async Task<OfficerCounts> CountsAsync(CancellationToken ct)
    {
        var byKind = await db.Submissions.Where(s => s.State == SubmissionState.Submitted)
            .GroupBy(s => s.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(SubmissionKind kind) => byKind.FirstOrDefault(k => k.Kind == kind)?.Count ?? 0;
        var today = freshness.Today;
        return new OfficerCounts(
            Count(SubmissionKind.NewListing), Count(SubmissionKind.Change), Count(SubmissionKind.Withdrawal),
            await db.Providers.CountAsync(p => p.Status == OrganisationStatus.Pending, ct),
            await db.PublishedListings.CountAsync(l => l.ReviewBy < today, ct));
    }

    public async Task<IReadOnlyList<QueueItem>> WaitingAsync(SubmissionKind? kind, CancellationToken ct)
    {
        var query = from s in db.Submissions.AsNoTracking()
                    where s.State == SubmissionState.Submitted
                    join p in db.Providers on s.ProviderId equals p.Id
                    select new { Submission = s, Organisation = p.Name, p.Status };
        if (kind is { } k) query = query.Where(x => x.Submission.Kind == k);
        var rows = await query.OrderBy(x => x.Submission.SubmittedAt).ThenBy(x => x.Submission.CreatedAt).ToListAsync(ct);
        return rows.Select(x => new QueueItem(x.Submission.Id, x.Submission.ListingId, x.Submission.Kind, x.Submission.ServiceName,
            x.Organisation, x.Status == OrganisationStatus.Pending, x.Submission.SubmittedAt ?? x.Submission.CreatedAt)).ToList();
    }

    /// <summary>The <c>kind</c> in the queue's address: new, change or withdrawal.</summary>
    public static SubmissionKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "new" => SubmissionKind.NewListing,
        "change" => SubmissionKind.Change,
        "withdrawal" => SubmissionKind.Withdrawal,
        _ => null,
    };

    public static string KindParameter(SubmissionKind kind) => kind switch
    {
        SubmissionKind.NewListing => "new",
        SubmissionKind.Change => "change",
        _ => "withdrawal",
    };
}
