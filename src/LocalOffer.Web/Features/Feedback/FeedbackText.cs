using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// The words the feedback pages, moderation and the yearly summary use for each choice, in English: they are
/// stored in a published year's figures, and the public pages look them up in <c>FeedbackStrings</c> to show them
/// in the visitor's language (<c>L[FeedbackText.Describe(topic)]</c>).
/// </summary>
public static partial class FeedbackText
{
    public static string Describe(CommentTopic topic) => topic switch
    {
        CommentTopic.Information => "The information in the Local Offer",
        CommentTopic.Missing => "Something missing from the Local Offer",
        CommentTopic.EaseOfUse => "How easy the information is to find and use",
        CommentTopic.Development => "How the Local Offer is developed and reviewed",
        CommentTopic.Service => "A particular service",
        _ => "Something else",
    };

    public static string Describe(CommentGiver giver) => giver switch
    {
        CommentGiver.ChildOrYoungPerson => "A child or young person",
        CommentGiver.ParentOrCarer => "A parent or carer",
        CommentGiver.OnBehalfOfChild => "Someone on behalf of a child or young person",
        CommentGiver.Professional => "A professional",
        _ => "Someone else",
    };

    public static string Describe(WithholdReason reason) => reason switch
    {
        WithholdReason.Abusive => "Abusive",
        WithholdReason.Vexatious => "Vexatious",
        WithholdReason.PersonalInformation => "Personal information that cannot be taken out",
        WithholdReason.Duplicate => "A duplicate of another comment",
        _ => "Not about the Local Offer",
    };

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        _ => "Done",
    };

    /// <summary>
    /// Comments the law says must be published (the Local Offer's content and gaps, how easy it is to
    /// use, how it is developed) may only be withheld as abusive or vexatious, or as a duplicate.
    /// </summary>
    public static bool MayWithhold(CommentTopic topic, WithholdReason reason) =>
        topic is not (CommentTopic.Information or CommentTopic.Missing or CommentTopic.EaseOfUse or CommentTopic.Development)
        || reason is WithholdReason.Abusive or WithholdReason.Vexatious or WithholdReason.Duplicate;

    /// <summary>A date as GOV.UK writes it (4 June 2027), in the visitor's language.</summary>
    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The day a moment fell on in the UK, as GOV.UK writes it, in the visitor's language.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, UkTime).DateTime));

    /// <summary>
    /// A reporting year's English label ("2025 to 2026", or "2026") in the visitor's language. The label, not
    /// the start month, is what a published year kept, so it is read back from the words.
    /// </summary>
    public static string YearLabel(string englishLabel, IStringLocalizer text) =>
        TwoYears().Match(englishLabel) is { Success: true } m ? text["{0} to {1}", m.Groups[1].Value, m.Groups[2].Value] : englishLabel;

    [GeneratedRegex(@"^(\d{4}) to (\d{4})$")]
    private static partial Regex TwoYears();

    // UK time, as the officer pages use; a server without time zone data shows UTC rather than failing.
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    private static TimeZoneInfo FindUkTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }
}
