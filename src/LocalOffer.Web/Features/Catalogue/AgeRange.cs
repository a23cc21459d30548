using System.Globalization;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Languages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>Ages in whole years with open ends: a blank bound means "no limit" on that side.</summary>
public readonly record struct AgeRange(int? Minimum, int? Maximum)
{
    /// <summary>True when the two ranges share at least one age; open ends overlap everything on their side.</summary>
    public bool Overlaps(AgeRange other) =>
        (Minimum is null || other.Maximum is null || Minimum <= other.Maximum) &&
        (Maximum is null || other.Minimum is null || Maximum >= other.Minimum);

    /// <summary>How a family reads the range: "0 to 5 years", "From 16 years", "All ages".</summary>
    public string Describe() => Describe(EnglishText.Instance);

    /// <summary>The range in the visitor's language, through the catalogue's text (English is the key).</summary>
    public string Describe(IStringLocalizer text) => (Minimum, Maximum) switch
    {
        (null, null) => text["All ages"],
        (null, int max) => text["Up to {0}", Years(max, text)],
        (int min, null) => text["From {0}", Years(min, text)],
        (int min, int max) when min == max => Years(min, text),
        (int min, int max) => text["{0} to {1}", min, Years(max, text)],
    };

    private static string Years(int n, IStringLocalizer text) => n == 1 ? text["1 year"] : text["{0} years", n];
}

/// <summary>The age filter: one of the published bands (as on the best-known national directory), or an exact age.</summary>
public sealed partial record AgeBand(string Key, string Label, AgeRange Range)
{
    public static readonly IReadOnlyList<AgeBand> Bands =
    [
        new("0-2", "0 to 2 years", new(0, 2)),
        new("3-5", "3 to 5 years", new(3, 5)),
        new("6-11", "6 to 11 years", new(6, 11)),
        new("12-15", "12 to 15 years", new(12, 15)),
        new("16-18", "16 to 18 years", new(16, 18)),
        new("19-25", "19 to 25 years", new(19, 25)),
    ];

    /// <summary>The band's name in the visitor's language: a published band by its English name, an exact age in words.</summary>
    public string Describe(IStringLocalizer text)
    {
        if (Bands.Any(b => b.Key == Key)) return text[Label];
        var age = Range.Minimum ?? 0;
        return age == 1 ? text["1 year old"] : text["{0} years old", age];
    }

    /// <summary>Reads a band key ("6-11") or an exact age ("7"); anything else is not an age filter.</summary>
    public static bool TryParse(string? value, out AgeBand band)
    {
        band = null!;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        var known = Bands.FirstOrDefault(b => b.Key == text);
        if (known is not null) { band = known; return true; }
        if (ExactAge().IsMatch(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 25)
        {
            band = new AgeBand(text, age == 1 ? "1 year old" : $"{age} years old", new(age, age));
            return true;
        }
        return false;
    }

    [GeneratedRegex("^[0-9]{1,2}$")]
    private static partial Regex ExactAge();
}
