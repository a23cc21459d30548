using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>
/// The template form's answers as an officer reads them on the review page. The form's own words (its
/// options, "Yes", "Not given", ages, opening times) are in the officer's language; what the provider
/// typed stays as they typed it. The words are the ones the Submissions and Catalogue features write in
/// English; the officer pages keep their own translations of them.
/// </summary>
public static partial class OfficerAnswers
{
    /// <summary>Every fixed answer the form can give, as the English the summary writes.</summary>
    public static IReadOnlyList<string> FormWords { get; } =
    [
        "Yes", "No", "Not given", "Any age", "All ages", "English", "British Sign Language",
        .. Enum.GetValues<DeliveryMode>().Select(ListingText.Describe),
        .. Enum.GetValues<AccessRoute>().Select(ListingText.Describe),
        .. Enum.GetValues<ServiceLevel>().Select(ListingText.Describe),
        .. Enum.GetValues<EhcPlanRequirement>().Select(ListingText.Describe),
        .. Enum.GetValues<Reach>().Select(ListingText.Describe),
        .. Enum.GetValues<VenueFeature>().Select(ListingText.Describe),
    ];

    // Longest first, so an option with a comma in it is matched whole before a shorter one.
    private static readonly string[] ByLength = FormWords.Distinct().OrderByDescending(w => w.Length).ToArray();

    public static string Translate(string answer, IStringLocalizer text) =>
        string.Join("\n", answer.Replace("\r\n", "\n").Split('\n').Select(line => Line(line, text)));

    private static string Line(string line, IStringLocalizer text)
    {
        if (Suffix().Match(line) is { Success: true } suffix)
            return text[suffix.Groups["note"].Value == "hidden from the public" ? "{0} (hidden from the public)" : "{0} (only the area is shown to the public)", suffix.Groups["value"].Value];
        if (Age().IsMatch(line)) return text.Translate(line);
        if (Opening().Match(line) is { Success: true } opening && Enum.TryParse<DayOfWeek>(opening.Groups["day"].Value, out var day))
            return text["{0} {1} to {2}", text[ListingText.DayName(day)], opening.Groups["opens"].Value, opening.Groups["closes"].Value];
        return List(line, text);
    }

    /// <summary>
    /// One option or a list of them ("In person, Online"), translated when every part is an option the form
    /// knows; anything else is what the provider typed, and stays as it is.
    /// </summary>
    private static string List(string line, IStringLocalizer text)
    {
        var parts = new List<string>();
        var rest = line;
        while (rest.Length > 0)
        {
            var known = ByLength.FirstOrDefault(w => rest.StartsWith(w, StringComparison.Ordinal) && (rest.Length == w.Length || rest[w.Length..].StartsWith(", ", StringComparison.Ordinal)));
            if (known is null) return line;
            parts.Add(text[known]);
            rest = rest.Length == known.Length ? "" : rest[(known.Length + 2)..];
        }
        return string.Join(", ", parts);
    }

    [GeneratedRegex(@"^(?<value>.+) \((?<note>hidden from the public|only the area is shown to the public)\)$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"^(?:(?:Up to|From) )?\d+(?: to \d+)? years?$")]
    private static partial Regex Age();

    [GeneratedRegex(@"^(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?<opens>\S+) to (?<closes>\S+)$")]
    private static partial Regex Opening();
}
