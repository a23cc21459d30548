using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LocalOffer.Web.Infrastructure.Postcodes;
using LocalOffer.Web.Infrastructure.SearchIndex;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// What a family typed, understood: "my 4 year old isnt talking" becomes the age 4 and the word
/// "talking" (with its synonyms: speech, language, SALT...); "autism club near BA2" becomes autism and
/// club near the BA2 district. Everything is reduced to plain words first, so any text at all is safe.
/// </summary>
public sealed partial class SearchWords
{
    /// <summary>Text beyond this is ignored: nobody types a 10,000-character search on purpose.</summary>
    public const int MaxLength = 200;
    private const int MaxWords = 12;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "of", "for", "in", "on", "at", "to", "with", "without", "my", "me", "i", "im", "we", "our", "us",
        "is", "isnt", "are", "arent", "was", "be", "been", "has", "have", "hasnt", "havent", "do", "does", "doesnt", "dont", "can", "cant",
        "not", "no", "who", "what", "where", "when", "how", "which", "that", "this", "near", "nearby", "around", "close", "by", "from",
        "year", "years", "yr", "yrs", "old", "aged", "age", "child", "children", "kid", "kids", "son", "daughter", "boy", "girl",
        "help", "service", "services", "find", "looking", "want", "get", "any", "some", "about", "there", "still", "yet", "very",
    ];

    private SearchWords(IReadOnlyList<SearchTerm> terms, int? age, UkPostcode? postcode, string normalised)
    {
        Terms = terms;
        Age = age;
        Postcode = postcode;
        Normalised = normalised;
    }

    /// <summary>The words (or phrases) that must match, each with its synonyms.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>An age written in the words ("4 year old"), if any.</summary>
    public int? Age { get; }

    /// <summary>A postcode written in the words ("near BA2 3EP"), if any.</summary>
    public UkPostcode? Postcode { get; }

    /// <summary>The searched words, lower case, without any postcode: what may be recorded anonymously.</summary>
    public string Normalised { get; }

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>The text cut to at most <paramref name="max"/> chars, between characters, never inside a surrogate pair (an emoji's two halves).</summary>
    public static string Clip(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];

    public static SearchWords Understand(string? text, Synonyms synonyms)
    {
        if (string.IsNullOrWhiteSpace(text)) return new([], null, null, "");
        var clipped = Clip(text, MaxLength);
        var endsWithSpace = char.IsWhiteSpace(clipped[^1]);
        var tokens = Tokenise(clipped);

        int? age = null;
        UkPostcode? postcode = null;
        var kept = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "4 year old", "4 years", "4yo", "aged 4"
            if (age is null && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 25 &&
                (Next(tokens, i) is "year" or "years" or "yr" or "yrs" or "yo" || Previous(tokens, i) is "aged" or "age"))
            {
                age = n;
                continue;
            }
            var yearsOld = YearsOld().Match(token);
            if (age is null && yearsOld.Success && int.Parse(yearsOld.Groups[1].Value, CultureInfo.InvariantCulture) <= 25)
            {
                age = int.Parse(yearsOld.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }
            if (postcode is null && token.Any(char.IsDigit) && token.Any(char.IsLetter))
            {
                if (i + 1 < tokens.Count && UkPostcode.TryParse(token + " " + tokens[i + 1], out var full) && full.IsFull)
                {
                    postcode = full;
                    i++;
                    continue;
                }
                if (UkPostcode.TryParse(token, out var code))
                {
                    postcode = code;
                    continue;
                }
            }
            kept.Add(token);
        }

        var terms = new List<SearchTerm>();
        for (var i = 0; i < kept.Count && terms.Count < MaxWords;)
        {
            // The longest phrase starting here that is a synonym term ("speech and language therapy").
            var matched = false;
            for (var length = Math.Min(synonyms.LongestTerm, kept.Count - i); length >= 1; length--)
            {
                var phrase = string.Join(' ', kept.Skip(i).Take(length));
                if (synonyms.GroupOf(phrase) is { } group && (length > 1 || !StopWords.Contains(phrase)))
                {
                    terms.Add(new SearchTerm(phrase, group, HasSynonyms: true));
                    i += length;
                    matched = true;
                    break;
                }
            }
            if (matched) continue;
            var word = kept[i++];
            if (StopWords.Contains(word) || word.Length > 40 || word.All(char.IsDigit)) continue;
            terms.Add(new SearchTerm(word, [word], HasSynonyms: false));
        }

        // The last word typed may be unfinished: match it as a prefix ("autis" finds autism).
        if (!endsWithSpace && terms.Count > 0 && terms[^1] is { HasSynonyms: false, Text.Length: >= 3 } last)
            terms[^1] = last with { IsPrefix = true };

        return new(terms, age, postcode, string.Join(' ', kept));
    }

    /// <summary>The index query: every term must match (or, as a fallback, any term).</summary>
    public IndexQuery ToQuery(bool matchAll = true, IEnumerable<SearchTerm>? only = null) =>
        new((only ?? Terms).Select(t => new IndexClause(t.Alternatives, t.IsPrefix)).ToList(), matchAll);

    /// <summary>Lower-case words of letters and digits; everything else (punctuation, symbols, emoji, operators) separates words.</summary>
    public static List<string> Tokenise(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in NormaliseForSearch(text))
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '\u2019') continue; // isn't → isnt
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>
    /// Compatibility forms folded (full-width digits, ligatures) so they match the index's words. Text that
    /// cannot be normalised (half an emoji, a noncharacter) is read as it is rather than failing the search.
    /// </summary>
    private static string NormaliseForSearch(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    private static string? Next(List<string> tokens, int i) => i + 1 < tokens.Count ? tokens[i + 1] : null;
    private static string? Previous(List<string> tokens, int i) => i > 0 ? tokens[i - 1] : null;

    [GeneratedRegex("^([0-9]{1,2})(?:yo|yrs?|years?)$")]
    private static partial Regex YearsOld();
}

/// <summary>One word or phrase of a search, with the alternatives that also satisfy it.</summary>
public sealed record SearchTerm(string Text, IReadOnlyList<string> Alternatives, bool HasSynonyms, bool IsPrefix = false);
