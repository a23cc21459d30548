using System.Diagnostics.CodeAnalysis;

namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>
/// A UK postcode as a visitor typed it: a full postcode ("BA2 3EP") or only its outward code ("BA2"),
/// in any case and with any spacing. Only the shape is checked, not the letters each position may
/// use, so a typo in the last two letters still finds its sector.
/// </summary>
/// <remarks>A visitor's postcode is personal data: never log one.</remarks>
public sealed class UkPostcode : IEquatable<UkPostcode>
{
    /// <summary>The longest text worth reading: "BA14 8AS" with room for a few stray spaces.</summary>
    public const int MaxLength = 10;

    private UkPostcode(string outward, string? inward)
    {
        District = outward;
        Inward = inward;
    }

    /// <summary>The outward code: "BA2".</summary>
    public string District { get; }

    /// <summary>The inward code: "3EP", or null when only the outward code was given.</summary>
    public string? Inward { get; }

    public bool IsFull => Inward is not null;

    /// <summary>Upper case without spaces: "BA23EP" (the key of the postcodes table).</summary>
    public string Normalised => District + Inward;

    /// <summary>As it is written on a letter: "BA2 3EP", or "BA2".</summary>
    public string Display => Inward is null ? District : $"{District} {Inward}";

    /// <summary>The sector: "BA2 3", or null when only the outward code was given.</summary>
    public string? Sector => Inward is null ? null : $"{District} {Inward[0]}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out UkPostcode? postcode)
    {
        postcode = null;
        if (text is null) return false;
        var trimmed = text.AsSpan().Trim();
        // Length first, so nothing below ever walks a long input.
        if (trimmed.Length is 0 or > MaxLength) return false;

        Span<char> compact = stackalloc char[MaxLength];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (c is >= 'a' and <= 'z') compact[length++] = (char)(c - 'a' + 'A');
            else if (c is >= 'A' and <= 'Z' or >= '0' and <= '9') compact[length++] = c;
            else return false;
        }
        compact = compact[..length];

        // An outward code has 2 to 4 characters and a full postcode 5 to 7, so the two never overlap.
        if (length is >= 2 and <= 4)
        {
            if (!IsOutward(compact)) return false;
            postcode = new UkPostcode(compact.ToString(), null);
            return true;
        }
        if (length is >= 5 and <= 7)
        {
            var outward = compact[..^3];
            var inward = compact[^3..];
            if (!IsInward(inward)) return false;
            if (!IsOutward(outward) && !(outward is "GIR" && inward is "0AA")) return false;
            postcode = new UkPostcode(outward.ToString(), inward.ToString());
            return true;
        }
        return false;
    }

    /// <summary>A9, A99, AA9, AA99, A9A or AA9A.</summary>
    private static bool IsOutward(ReadOnlySpan<char> s) => s.Length switch
    {
        2 => L(s[0]) && D(s[1]),
        3 => L(s[0]) && ((D(s[1]) && D(s[2])) || (L(s[1]) && D(s[2])) || (D(s[1]) && L(s[2]))),
        4 => L(s[0]) && L(s[1]) && D(s[2]) && (D(s[3]) || L(s[3])),
        _ => false,
    };

    /// <summary>9AA.</summary>
    private static bool IsInward(ReadOnlySpan<char> s) => s.Length == 3 && D(s[0]) && L(s[1]) && L(s[2]);

    private static bool L(char c) => c is >= 'A' and <= 'Z';
    private static bool D(char c) => c is >= '0' and <= '9';

    public bool Equals(UkPostcode? other) => other is not null && District == other.District && Inward == other.Inward;
    public override bool Equals(object? obj) => Equals(obj as UkPostcode);
    public override int GetHashCode() => HashCode.Combine(District, Inward);
    public override string ToString() => Display;
}
