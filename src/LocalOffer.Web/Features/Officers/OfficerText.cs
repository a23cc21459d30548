using System.Globalization;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Html;

namespace LocalOffer.Web.Features.Officers;

/// <summary>A step on the way back to the officer home.</summary>
public sealed record Crumb(string Text, string Href);

/// <summary>Wording and formatting shared by the officer pages.</summary>
public static class OfficerText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // UK time for officers; a server without time zone data shows UTC rather than failing.
    private static readonly TimeZoneInfo UkTime = FindUkTime();

    private static TimeZoneInfo FindUkTime()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.Utc; }
        catch (InvalidTimeZoneException) { return TimeZoneInfo.Utc; }
    }

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMMM yyyy", English);

    /// <summary>For a <c>time</c> element's <c>datetime</c>.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"2 Dec 2026", for narrow table columns.</summary>
    public static string ShortDate(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, UkTime).ToString("d MMM yyyy", English);

    public static string ShortDate(DateOnly day) => day.ToString("d MMM yyyy", English);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);

    public static string DateAndTime(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, UkTime);
        return local.ToString("d MMMM yyyy", English) + " at " + local.ToString("h:mmtt", English).ToLowerInvariant();
    }

    public static string Kind(SubmissionKind kind) => kind switch
    {
        SubmissionKind.NewListing => "New listing",
        SubmissionKind.Change => "Change",
        _ => "Withdrawal",
    };

    public static string State(SubmissionState state) => state switch
    {
        SubmissionState.Draft => "Draft",
        SubmissionState.Submitted => "Waiting for a decision",
        SubmissionState.Returned => "Returned to the provider",
        SubmissionState.Approved => "Approved",
        _ => "Cancelled",
    };

    public static string StateTag(SubmissionState state) => state switch
    {
        SubmissionState.Submitted => "govuk-tag--blue",
        SubmissionState.Returned => "govuk-tag--orange",
        SubmissionState.Approved => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Status(ListingStatus status) => status switch
    {
        ListingStatus.Published => "Published",
        ListingStatus.Pending => "Not published yet",
        ListingStatus.Archived => "Withdrawn",
        _ => "Draft",
    };

    public static string StatusTag(ListingStatus status) => status == ListingStatus.Published ? "govuk-tag--green" : "govuk-tag--grey";

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
