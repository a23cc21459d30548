using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Officers;

/// <summary>Everything an officer needs to decide on one submission.</summary>
public sealed class SubmissionReview
{
    public required Submission Submission { get; init; }
    public required Provider Provider { get; init; }
    public string? StartedBy { get; init; }
    /// <summary>The live listing a change or withdrawal is about (null for a new listing, or if it has gone).</summary>
    public Listing? Live { get; init; }
    /// <summary>The submitted answers, section by section.</summary>
    public required IReadOnlyList<SummaryRow> Answers { get; init; }
    /// <summary>For a change: each answer that differs from the live listing.</summary>
    public required IReadOnlyList<(SummaryRow Live, SummaryRow Submitted)> Changes { get; init; }
    public required CategoryTree Categories { get; init; }
    /// <summary>The categories to tick at first: the live listing's for a change, otherwise the provider's suggestions.</summary>
    public required IReadOnlyList<string> Proposed { get; init; }
    /// <summary>The provider's suggested categories, by name.</summary>
    public required IReadOnlyList<string> Suggested { get; init; }

    /// <summary>Answers that would stop it being approved: the same rules the provider's check-answers page applies.</summary>
    public required IReadOnlyList<(TemplateSection Section, string Field, string Message)> Problems { get; init; }

    public bool IsWaiting => Submission.State == SubmissionState.Submitted;
    public bool OrganisationPending => Provider.Status == OrganisationStatus.Pending;
    public string ServiceName => Submission.ServiceName;
}

public sealed class SubmissionReviews(LocalOfferDb db, SubmissionWorkflow workflow, CatalogueBrowser catalogue)
{
    /// <summary>The submission (tracked, so the workflow can decide on it) with what the review page shows; null if there is none. Drafts are the provider's own until submitted.</summary>
    public async Task<SubmissionReview?> LoadAsync(Guid id, CancellationToken ct)
    {
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null) return null;
        var provider = await db.Providers.FirstAsync(p => p.Id == submission.ProviderId, ct);
        var startedBy = await db.Accounts.Where(a => a.Id == submission.CreatedBy).Select(a => a.Name).FirstOrDefaultAsync(ct);
        var live = submission.Kind == SubmissionKind.NewListing ? null : await workflow.LoadListingAsync(submission.ListingId, ct);
        var summary = await FormSummary.LoadAsync(db, ct);
        var changes = submission.Kind == SubmissionKind.Change && live is not null
            ? summary.Changes(ListingFormMapping.FromListing(live, await workflow.QuestionsAsync(ct)), submission.Form)
            : [];
        var tree = await catalogue.CategoriesAsync(ct);
        var suggested = submission.Form.Categories.Suggested.Select(slug => tree.Find(slug)?.Name ?? slug).ToList();
        var proposed = submission.Kind == SubmissionKind.Change && live is not null
            ? live.Categories.Select(c => c.Slug).ToList()
            : submission.Form.Categories.Suggested.Where(slug => tree.Find(slug) is not null).ToList();
        return new SubmissionReview
        {
            Submission = submission, Provider = provider, StartedBy = startedBy, Live = live,
            Answers = submission.Kind == SubmissionKind.Withdrawal ? [] : summary.Rows(submission.Form),
            Problems = submission.Kind == SubmissionKind.Withdrawal ? [] : SubmissionWorkflow.Problems(submission.Form),
            Changes = changes, Categories = tree, Proposed = proposed, Suggested = suggested,
        };
    }

    /// <summary>The listing's public address, once it has one.</summary>
    public Task<string?> SlugAsync(Guid listingId, CancellationToken ct) =>
        db.Listings.Where(l => l.Id == listingId).Select(l => l.Slug).FirstOrDefaultAsync(ct);
}
