using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Reviews;

public enum ConfirmState
{
    /// <summary>The link is good and the listing is waiting to be confirmed.</summary>
    Ready,
    /// <summary>Confirmed just now.</summary>
    Confirmed,
    /// <summary>Expired, altered, or never ours.</summary>
    InvalidLink,
    /// <summary>Confirmed or changed since the email was sent, so its review date has moved on.</summary>
    AlreadyConfirmed,
    NotPublished,
}

public sealed record ConfirmCheck(ConfirmState State, Listing? Listing);

/// <summary>A provider confirming, from the link in a reminder email, that a listing is still right.</summary>
public sealed class ListingConfirmation(LocalOfferDb db, ConfirmLinks links, SubmissionWorkflow workflow)
{
    /// <summary>Where the link stands; changes nothing.</summary>
    public async Task<ConfirmCheck> CheckAsync(string? token, CancellationToken ct)
    {
        if (links.Read(token) is not { } vouched) return new(ConfirmState.InvalidLink, null);
        var listing = await db.Listings.FirstOrDefaultAsync(l => l.Id == vouched.ListingId, ct);
        if (listing is null || listing.Status != ListingStatus.Published) return new(ConfirmState.NotPublished, null);
        return new(listing.ReviewBy == vouched.ReviewBy ? ConfirmState.Ready : ConfirmState.AlreadyConfirmed, listing);
    }

    public async Task<ConfirmCheck> ConfirmAsync(string? token, CancellationToken ct)
    {
        var check = await CheckAsync(token, ct);
        if (check.State != ConfirmState.Ready) return check;
        await workflow.ConfirmStillAccurateAsync(check.Listing!, null, ct);
        return check with { State = ConfirmState.Confirmed };
    }
}
