namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// "Did you mean autism?": the nearest word the catalogue holds to a word that matched nothing. Edit
/// distance is a few lines of code over a vocabulary of a few thousand words, so it is written here
/// rather than taken from a library.
/// </summary>
public static class SpellingSuggestions
{
    public static string? Nearest(string word, IReadOnlyDictionary<string, int> vocabulary, IEnumerable<string> extraTerms)
    {
        if (word.Length < 3 || word.Any(char.IsDigit)) return null;
        var allowed = word.Length <= 5 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = -1;
        foreach (var (candidate, count) in vocabulary.Concat(extraTerms.Where(t => !t.Contains(' ')).Select(t => new KeyValuePair<string, int>(t, 1000))))
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed || candidate == word) continue;
            var distance = Distance(word, candidate, allowed);
            if (distance > allowed) continue;
            if (distance < bestDistance || (distance == bestDistance && count > bestCount))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance (edits, including swapping two neighbouring letters), giving up past <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        // Three rows of the usual table are enough: two back for a swap, one back for the rest.
        var width = b.Length + 1;
        Span<int> before = stackalloc int[width], previous = stackalloc int[width], current = stackalloc int[width];
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }
            if (rowBest > limit) return limit + 1;
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[width - 1];
    }
}
