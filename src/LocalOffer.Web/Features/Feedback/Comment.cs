namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// A comment on the Local Offer, as it was sent. The words as sent (<see cref="Text"/>) and the reply
/// address stay private; the public sees only <see cref="PublishedText"/>, which an officer may have
/// edited to take out personal details.
/// </summary>
public sealed class Comment
{
    public Guid Id { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public CommentTopic Topic { get; set; }
    public CommentGiver GivenBy { get; set; }
    /// <summary>The words as sent; never shown to the public or to providers if it was edited.</summary>
    public required string Text { get; set; }
    /// <summary>The service the comment is about, when it came from a service page.</summary>
    public Guid? ListingId { get; set; }
    /// <summary>Only when the person asked for a reply and agreed to being emailed; never shown to anyone but officers.</summary>
    public string? ReplyEmail { get; set; }

    public CommentState State { get; set; } = CommentState.New;
    /// <summary>What the public sees once published: the words as sent, or with personal details taken out.</summary>
    public string? PublishedText { get; set; }
    public bool WasEdited { get; set; }
    public WithholdReason? WithheldBecause { get; set; }
    public string? WithheldNote { get; set; }
    public Guid? DuplicateOf { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedBy { get; set; }
    /// <summary>When a comment about a service was passed to its provider.</summary>
    public DateTimeOffset? SharedWithProviderAt { get; set; }

    public List<CommentTheme> Themes { get; set; } = [];
}

/// <summary>What a comment is about: the form's first question.</summary>
public enum CommentTopic { Information, Missing, EaseOfUse, Development, Service, Other }

/// <summary>Who gave the comment: the form's second question.</summary>
public enum CommentGiver { ChildOrYoungPerson, ParentOrCarer, OnBehalfOfChild, Professional, Other }

public enum CommentState { New, Published, Withheld }

/// <summary>
/// Why a comment was not published. Comments on the Local Offer's content, gaps, ease of use or
/// development may only be withheld as abusive, vexatious or a duplicate.
/// </summary>
public enum WithholdReason { Abusive, Vexatious, PersonalInformation, Duplicate, NotAboutLocalOffer }

/// <summary>A theme officers tag comments with, such as "Transport" or "Finding short breaks".</summary>
public sealed class CommentTheme
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public bool IsActive { get; set; } = true;
    public List<Comment> Comments { get; set; } = [];
}

/// <summary>
/// The council's response: to one comment, or to a theme as "You said … / We did …", with where the
/// action has got to.
/// </summary>
public sealed class CouncilResponse
{
    public int Id { get; set; }
    public Guid? CommentId { get; set; }
    public int? ThemeId { get; set; }
    /// <summary>For a theme: what people said, in the council's summary.</summary>
    public string? YouSaid { get; set; }
    /// <summary>What the council did or will do.</summary>
    public required string WeDid { get; set; }
    public ActionStatus Status { get; set; }
    public DateOnly? ActionDate { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public Guid WrittenBy { get; set; }
}

public enum ActionStatus { Planned, InProgress, Done }

/// <summary>One moderation decision or change: who, when, what, why. Never edited.</summary>
public sealed class CommentEvent
{
    public long Id { get; set; }
    public Guid CommentId { get; set; }
    public Guid? AccountId { get; set; }
    public required string AccountName { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Action { get; set; }
    public string? Reason { get; set; }
}

/// <summary>
/// The "You said, we did" summary of one reporting year. Officers write how comments were sought and
/// publish it; publishing freezes the figures (<see cref="Figures"/>, JSON), so late moderation does
/// not change a published year.
/// </summary>
public sealed class YearSummary
{
    /// <summary>The calendar year the reporting year starts in.</summary>
    public int StartYear { get; set; }
    public string HowCommentsWereSought { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public string? Figures { get; set; }
}

/// <summary>"Was this page useful?" answers for one page in one reporting year: counts only, never who.</summary>
public sealed class PageUsefulness
{
    public required string Path { get; set; }
    public int StartYear { get; set; }
    public int Yes { get; set; }
    public int No { get; set; }
}
