namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// Groups of words that mean the same thing to families (ASD and autism, respite and short breaks),
/// kept as data in synonyms.txt. A search for any term in a group finds the others.
/// </summary>
public sealed class Synonyms
{
    private readonly Dictionary<string, IReadOnlyList<string>> _groupByTerm = new(StringComparer.Ordinal);

    public Synonyms(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#')) continue;
            var terms = line.Split(',').Select(t => string.Join(' ', SearchWords.Tokenise(t))).Where(t => t.Length > 0).Distinct().ToList();
            foreach (var term in terms) _groupByTerm[term] = terms;
        }
        LongestTerm = _groupByTerm.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    public static Synonyms Load() =>
        new(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Catalogue", "synonyms.txt")));

    /// <summary>How many words the longest term has: phrases are looked for up to this length.</summary>
    public int LongestTerm { get; }

    public IReadOnlyList<string>? GroupOf(string term) => _groupByTerm.GetValueOrDefault(term);

    public IEnumerable<string> AllTerms => _groupByTerm.Keys;
}
