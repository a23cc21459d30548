namespace LocalOffer.Web.Features.Reviews;

/// <summary>
/// A reminder that a listing is due for review, recorded when it is queued so the same reminder
/// (listing, review date, kind) is never sent twice, even across restarts.
/// </summary>
public sealed class ReviewReminder
{
    public long Id { get; set; }
    public Guid ListingId { get; set; }
    public DateOnly ReviewBy { get; set; }
    public required string Kind { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
}
