namespace LocalOffer.Web.Features.Submissions;

/// <summary>
/// A provider's (or officer's) version of a listing on its way to the public: a new listing, a change
/// to a live one, or a request to withdraw one. The live listing is untouched until an officer approves.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; set; }
    /// <summary>The listing this becomes (new) or changes (change, withdrawal). A new listing's id is chosen when the draft starts.</summary>
    public Guid ListingId { get; set; }
    public Guid ProviderId { get; set; }
    public SubmissionKind Kind { get; set; }
    public SubmissionState State { get; set; } = SubmissionState.Draft;
    public ListingForm Form { get; set; } = new();
    /// <summary>Template sections the provider has saved as complete.</summary>
    public List<string> CompletedSections { get; set; } = [];
    /// <summary>Why an officer sent it back, or why the provider asks to withdraw.</summary>
    public string? Reason { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The service's name as typed so far, or a placeholder while the draft has none.</summary>
    public string ServiceName => string.IsNullOrWhiteSpace(Form.About.Name) ? "Service with no name yet" : Form.About.Name.Trim();

    public bool IsOpen => State is SubmissionState.Draft or SubmissionState.Submitted or SubmissionState.Returned;
    public bool IsEditable => State is SubmissionState.Draft or SubmissionState.Returned;
}

public enum SubmissionKind { NewListing, Change, Withdrawal }

public enum SubmissionState { Draft, Submitted, Returned, Approved, Cancelled }

/// <summary>
/// One line of a listing's history: who did what, when and why. Written for every decision and every
/// change of state, never edited.
/// </summary>
public sealed class ListingEvent
{
    public long Id { get; set; }
    public Guid? ListingId { get; set; }
    public Guid? ProviderId { get; set; }
    public Guid? SubmissionId { get; set; }
    /// <summary>Who did it; null for the site itself (the reminder job).</summary>
    public Guid? AccountId { get; set; }
    public required string AccountName { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Action { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A SEND Local Offer question every provider is asked; officers keep the list.</summary>
public sealed class LocalOfferQuestion
{
    public int Id { get; set; }
    /// <summary>What answers are filed under: a short slug, set when the question is added and never changed, so rewording keeps the answers.</summary>
    public required string Key { get; set; }
    public required string Text { get; set; }
    public string? Hint { get; set; }
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
