using System.Text.RegularExpressions;

namespace LocalOffer.Web.Features.Feedback;

public enum PersonalDetailKind { Email, Phone, Postcode, Date, Name }

/// <summary>One stretch of a comment that looks like a personal detail.</summary>
public sealed record PersonalDetail(int Start, int Length, PersonalDetailKind Kind, string Text)
{
    public int End => Start + Length;

    public string Describe() => Kind switch
    {
        PersonalDetailKind.Email => "email address",
        PersonalDetailKind.Phone => "phone number",
        PersonalDetailKind.Postcode => "postcode",
        PersonalDetailKind.Date => "date (perhaps a date of birth)",
        _ => "name",
    };
}

/// <summary>A piece of a comment for display: plain text, or text to highlight as a possible personal detail.</summary>
public sealed record TextSegment(string Text, PersonalDetail? Detail);

/// <summary>
/// Finds what looks like personal details in a comment so an officer can take them out before
/// publishing: email addresses, UK phone numbers and postcodes, dates, and likely names (a capitalised
/// word after "my son", "called", "named", or a title such as "Mrs"). It only points; the officer decides.
/// </summary>
public static partial class PersonalDetails
{
    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // A UK number: 0 or +44 then 9 or 10 more digits, with spaces, dashes or brackets between.
    [GeneratedRegex(@"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s\-\)]{7,14}\d(?!\d)")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"\b(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)\.?,?\s+\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    private const string Word = @"[A-Z](?:['’][A-Z])?[a-z'’]+(?:-[A-Z]?[a-z'’]+)*";
    private const string NameWords = "(?<name>" + Word + @"(?:\s+" + Word + ")?)";

    [GeneratedRegex(@"\b(?i:(?:my|our|her|his|their)\s+(?:(?:little|eldest|youngest|oldest|older|younger|autistic|disabled)\s+)?(?:son|daughter|child|boy|girl|baby|grandson|granddaughter|grandchild|stepson|stepdaughter|foster\s+child|nephew|niece|brother|sister|twins?|kids?|children|sons|daughters))\s*,?\s+(?:(?i:is\s+called|called|named)\s+)?" + NameWords)]
    private static partial Regex RelativePattern();

    [GeneratedRegex(@"\b(?i:called|named|name\s+is|names\s+are)\s+" + NameWords)]
    private static partial Regex CalledPattern();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\.?\s+" + Word + @"(?:\s+" + Word + ")?")]
    private static partial Regex TitlePattern();

    // Capitalised words that follow "my son" and the like but are not names.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "I", "He", "She", "They", "It", "We", "Is", "Was", "Has", "Had", "And", "But", "The", "This", "That", "Who", "When", "With",
        "Has", "Have", "Goes", "Went", "Can", "Cannot", "Could", "Would", "Will", "Does", "Did", "Needs", "Attends", "Also", "Because",
        "Local", "Offer", "School", "Autism", "ADHD", "SEND", "EHC", "EHCP", "In", "At", "On", "For", "From", "Since", "After", "Before",
    };

    /// <summary>The likely personal details in the text, in order, without overlaps.</summary>
    public static IReadOnlyList<PersonalDetail> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<PersonalDetail>();
        void Add(Match m, PersonalDetailKind kind) => found.Add(new(m.Index, m.Length, kind, m.Value));

        foreach (Match m in EmailPattern().Matches(text)) Add(m, PersonalDetailKind.Email);
        foreach (Match m in PhonePattern().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsDigit).ToArray());
            if (digits.StartsWith("44")) digits = "0" + digits[2..].TrimStart('0');
            if (digits.Length is 10 or 11 && digits.StartsWith('0')) Add(m, PersonalDetailKind.Phone);
        }
        foreach (Match m in PostcodePattern().Matches(text)) Add(m, PersonalDetailKind.Postcode);
        foreach (Match m in DatePattern().Matches(text)) Add(m, PersonalDetailKind.Date);
        foreach (var pattern in new[] { RelativePattern(), CalledPattern() })
        {
            foreach (Match m in pattern.Matches(text))
            {
                var name = m.Groups["name"];
                var words = name.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (NotNames.Contains(words[0])) continue;
                // "Sam Went" : keep only the first word when the second is not a name.
                var length = words.Length > 1 && NotNames.Contains(words[1]) ? words[0].Length : name.Length;
                found.Add(new(name.Index, length, PersonalDetailKind.Name, text.Substring(name.Index, length)));
            }
        }
        foreach (Match m in TitlePattern().Matches(text)) Add(m, PersonalDetailKind.Name);

        // Earliest first; where two overlap, the longer wins.
        var result = new List<PersonalDetail>();
        foreach (var d in found.OrderBy(d => d.Start).ThenByDescending(d => d.Length))
        {
            if (result.Count > 0 && d.Start < result[^1].End) continue;
            result.Add(d);
        }
        return result;
    }

    /// <summary>The text cut into plain and highlighted pieces, for showing with <c>mark</c> (each piece is encoded when written).</summary>
    public static IReadOnlyList<TextSegment> Segments(string? text)
    {
        text ??= "";
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var d in Find(text))
        {
            if (d.Start > at) segments.Add(new(text[at..d.Start], null));
            segments.Add(new(d.Text, d));
            at = d.End;
        }
        if (at < text.Length) segments.Add(new(text[at..], null));
        return segments;
    }

    /// <summary>The text with email addresses and phone numbers replaced, for people who must not get the commenter's contact details.</summary>
    public static string WithoutContactDetails(string text, string? replyEmail = null)
    {
        if (!string.IsNullOrWhiteSpace(replyEmail)) text = text.Replace(replyEmail.Trim(), "[email address taken out]", StringComparison.OrdinalIgnoreCase);
        var details = Find(text).Where(d => d.Kind is PersonalDetailKind.Email or PersonalDetailKind.Phone).Reverse();
        foreach (var d in details)
            text = text[..d.Start] + (d.Kind == PersonalDetailKind.Email ? "[email address taken out]" : "[phone number taken out]") + text[d.End..];
        return text;
    }
}
