using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>A step on the way back to the officer home.</summary>
public sealed record Crumb(string Text, string Href);

/// <summary>
/// Wording and formatting shared by the officer pages. Words come from the officer's language through the
/// localizer the caller passes in (<c>L</c> in a view, <c>text</c> in a page model); dates follow the
/// request's culture, except the machine dates in <c>datetime</c> attributes, which are invariant.
/// </summary>
public static partial class OfficerText
{
    // UK time for officers; a server without time zone data shows UTC rather than failing.
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    private static TimeZoneInfo FindUkTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }

    /// <summary>"2 December 2026", in the current culture ("2 Rhagfyr 2026" in Welsh).</summary>
    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>For a <c>time</c> element's <c>datetime</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"2 Dec 2026", for narrow table columns.</summary>
    public static string ShortDate(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>"2 December 2026 at 3:05pm".</summary>
    public static string DateAndTime(DateTimeOffset at, IStringLocalizer text)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkTime);
        return text["{0} at {1}", local.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), local.ToString("h:mmtt", CultureInfo.CurrentCulture).ToLower(CultureInfo.CurrentCulture)];
    }

    public static string Kind(SubmissionKind kind, IStringLocalizer text) => kind switch
    {
        SubmissionKind.NewListing => text["New listing"],
        SubmissionKind.Change => text["Change"],
        _ => text["Withdrawal"],
    };

    public static string State(SubmissionState state, IStringLocalizer text) => state switch
    {
        SubmissionState.Draft => text["Draft"],
        SubmissionState.Submitted => text["Waiting for a decision"],
        SubmissionState.Returned => text["Returned to the provider"],
        SubmissionState.Approved => text["Approved"],
        _ => text["Cancelled"],
    };

    public static string StateTag(SubmissionState state) => state switch
    {
        SubmissionState.Submitted => "govuk-tag--blue",
        SubmissionState.Returned => "govuk-tag--orange",
        SubmissionState.Approved => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Status(ListingStatus status, IStringLocalizer text) => status switch
    {
        ListingStatus.Published => text["Published"],
        ListingStatus.Pending => text["Not published yet"],
        ListingStatus.Archived => text["Withdrawn"],
        _ => text["Draft"],
    };

    public static string StatusTag(ListingStatus status) => status == ListingStatus.Published ? "govuk-tag--green" : "govuk-tag--grey";

    /// <summary>
    /// A translated sentence with HTML in it (a link, a time): the sentence has <c>{0}</c>, <c>{1}</c> where
    /// the parts go, so they sit wherever the language puts them. The sentence and any plain-text part are HTML-encoded.
    /// </summary>
    public static IHtmlContent Sentence(LocalizedString sentence, params object[] parts)
    {
        var pieces = Placeholder().Replace(sentence.Value, m => "\u0000" + m.Groups[1].Value + "\u0000").Split('\u0000');
        var content = new HtmlContentBuilder();
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 0) { content.Append(pieces[i]); continue; }
            var part = parts[int.Parse(pieces[i], CultureInfo.InvariantCulture)];
            if (part is IHtmlContent h) content.AppendHtml(h); else content.Append(Convert.ToString(part, CultureInfo.CurrentCulture));
        }
        return content;
    }

    /// <summary>A sentence with a link where its <c>{0}</c> is.</summary>
    public static IHtmlContent WithLink(LocalizedString sentence, string href, string linkText, string? id = null, string css = "govuk-link") =>
        Sentence(sentence, Link(href, linkText, id, css));

    public static IHtmlContent Link(string href, string linkText, string? id = null, string css = "govuk-link")
    {
        var e = HtmlEncoder.Default;
        return new HtmlString($"<a class=\"{e.Encode(css)}\" href=\"{e.Encode(href)}\"{(id is null ? "" : $" id=\"{e.Encode(id)}\"")}>{e.Encode(linkText)}</a>");
    }

    /// <summary>Words in bold, for a part of a <see cref="Sentence"/>.</summary>
    public static IHtmlContent Strong(string? words) => new HtmlString($"<strong>{HtmlEncoder.Default.Encode(words ?? "")}</strong>");

    /// <summary>A <c>time</c> element: the date and time in words, and the invariant instant for machines.</summary>
    public static IHtmlContent Time(DateTimeOffset at, IStringLocalizer text) =>
        new HtmlString($"<time datetime=\"{Iso(at)}\">{HtmlEncoder.Default.Encode(DateAndTime(at, text))}</time>");

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// The text with its first letter in lower case, for a word that starts a sentence in one place and sits
    /// inside one in another ("Comment 1A2B3C4D", "it repeats comment 1A2B3C4D"). One key serves both: resource
    /// names are matched without regard to case, so "comment {0}" and "Comment {0}" cannot both be keys.
    /// </summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.CurrentCulture) + text[1..];

    /// <summary>A lower-case description another feature writes ("email address"), in the officer's language, looked up by its capitalised form.</summary>
    public static string LowerCaseWords(this IStringLocalizer text, string english) =>
        english.Length == 0 ? english : LowerFirst(text[char.ToUpperInvariant(english[0]) + english[1..]]);

    /// <summary>
    /// Words another part of the site wrote in English (a validation message, a description, a recorded
    /// action), in the officer's language when this feature has them: the words exactly; else with their
    /// numbers as placeholders ("must be 80 characters or fewer" as "must be {0} characters or fewer");
    /// else with one quoted name as the placeholder, the name itself translated too. Otherwise the English.
    /// </summary>
    public static string Translate(this IStringLocalizer text, string? english)
    {
        if (string.IsNullOrEmpty(english)) return english ?? "";
        if (text[english] is { ResourceNotFound: false } exact) return exact;
        var numbers = Number().Matches(english);
        if (numbers.Count > 0)
        {
            var i = 0;
            var pattern = Number().Replace(english, _ => $"{{{i++}}}");
            if (text[pattern, numbers.Select(m => (object)m.Value).ToArray()] is { ResourceNotFound: false } counted) return counted;
        }
        var quoted = Quoted().Matches(english);
        if (quoted.Count == 1)
        {
            var m = quoted[0];
            var name = m.Groups["name"].Value;
            var pattern = english[..m.Groups["name"].Index] + "{0}" + english[(m.Groups["name"].Index + name.Length)..];
            if (text[pattern, text.Translate(name)] is { ResourceNotFound: false } named) return named;
        }
        return english;
    }

    [GeneratedRegex(@"\d[\d,]*\d|\d")]
    private static partial Regex Number();

    [GeneratedRegex("\"(?<name>[^\"]+)\"|\u201c(?<name>[^\u201d]+)\u201d")]
    private static partial Regex Quoted();

    /// <summary>Text with its line breaks kept; every line is HTML-encoded.</summary>
    public static IHtmlContent Lines(string? text)
    {
        var content = new HtmlContentBuilder();
        var lines = (text ?? "").Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) content.AppendHtml("<br>");
            content.Append(lines[i]);
        }
        return content;
    }

    /// <summary>An unmet search's filters ("free=true&amp;day=sunday") as words an officer can read.</summary>
    public static string Filters(string filters) =>
        string.Join(", ", filters.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var parts = pair.Split('=', 2);
            return parts.Length == 2 ? $"{Uri.UnescapeDataString(parts[0].Replace('+', ' '))}: {Uri.UnescapeDataString(parts[1].Replace('+', ' '))}" : Uri.UnescapeDataString(pair);
        }));
}
