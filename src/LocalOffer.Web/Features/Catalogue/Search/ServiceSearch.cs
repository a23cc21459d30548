using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue.Search;

public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

public sealed record SearchHit(ResultCard Card, double? DistanceMiles, bool ReachesHomesGroup);

public sealed record SearchError(string Field, string Message);

/// <summary>Where a postcode search is measured from, and how exactly the postcode was found.</summary>
public sealed record SearchOrigin(string Display, PostcodeMatch Match, string MatchedCode, int RadiusMiles, bool FromWords);

public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int Total,
    int Page,
    int PageCount,
    int LocalCount,
    int ReachesHomesCount,
    SearchOrigin? Origin,
    AgeBand? Age,
    bool AgeFromWords,
    string? DidYouMean,
    bool MatchedAnyWord,
    IReadOnlyList<SearchError> Errors,
    IReadOnlyDictionary<string, IReadOnlyList<FacetOption>> Facets)
{
    public const int PageSize = 20;
}

/// <summary>
/// Runs a family's search: words through the index (with synonyms, a prefix for the last word and
/// spelling suggestions), then filters, distance and counts over the in-memory facts, then the page
/// of listings from the database. Searches that find nothing are recorded, anonymously, as gaps.
/// Filter names and messages are in the visitor's language (categories and needs looked up by their
/// English names); the values in the address and what is recorded stay the same in every language.
/// </summary>
public sealed class ServiceSearch(SearchCatalogue catalogue, IPostcodeLookup postcodes, LocalOfferDb db, TimeProvider clock, IStringLocalizer<CatalogueStrings> text)
{

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var errors = new List<SearchError>();
        var tree = catalogue.Layout.Categories;
        var words = SearchWords.Understand(request.Words, catalogue.Synonyms);
        var facts = catalogue.Facts;

        // Words: ranked matches from the index; no words means every listing, unranked.
        IReadOnlyList<ScoredFacts>? matched = null;
        var matchedAny = false;
        string? didYouMean = null;
        if (!words.IsEmpty)
        {
            var matches = await catalogue.SearchAsync(words.ToQuery(), ct);
            if (matches.Count == 0 && words.Terms.Count > 1)
            {
                matches = await catalogue.SearchAsync(words.ToQuery(matchAll: false), ct);
                matchedAny = matches.Count > 0;
            }
            matched = matches;
            // When every word matched, no word needs a suggestion.
            if (matches.Count == 0 || matchedAny) didYouMean = await catalogue.SuggestionForAsync(words.Normalised, () => SuggestAsync(words, ct));
        }

        // Where from: the postcode box, or a postcode written in the words.
        SearchOrigin? origin = null;
        (double Lat, double Lon)? from = null;
        var postcodeText = string.IsNullOrWhiteSpace(request.Postcode) ? null : request.Postcode;
        UkPostcode? postcode = null;
        if (postcodeText is not null && !UkPostcode.TryParse(postcodeText, out _))
            errors.Add(new("postcode", text["Enter a real postcode, like BA2 3EP, or the first part of one, like BA2"]));
        else
            postcode = postcodeText is not null && UkPostcode.TryParse(postcodeText, out var parsed) ? parsed : words.Postcode;
        if (postcode is not null)
        {
            var located = await postcodes.FindAsync(postcode, ct);
            if (located is null)
                errors.Add(new("postcode", text["We could not find {0}. Check the postcode, or try the first part of it, like BA2", postcode.Display]));
            else
            {
                origin = new SearchOrigin(postcode.Display, located.Match, located.MatchedCode, request.RadiusMiles, postcodeText is null);
                from = (located.Latitude, located.Longitude);
            }
        }

        // Filters, each an OR within its group and an AND across groups. Fixed options are bits in each
        // listing's facts; the rest (a sub-category, an exact age) are checked one by one.
        var layout = catalogue.Layout;
        var ageFromWords = false;
        if (!AgeBand.TryParse(request.Age, out var age) && words.Age is int wordsAge)
        {
            AgeBand.TryParse(wordsAge.ToString(), out age);
            ageFromWords = true;
        }
        var selectedCategories = request.Categories.Select(tree.Find).OfType<Category>().DistinctBy(c => c.Id).ToList();
        var categoryIds = selectedCategories.Select(c => c.Id).ToHashSet();
        var needs = request.Needs.Select(n => n.Trim().ToLowerInvariant()).ToHashSet();
        var delivery = Parse<DeliveryMode>(request.Delivery).Select(FacetGroups.Slug).ToHashSet();
        var days = request.Days.Select(d => d.Trim().ToLowerInvariant()).ToHashSet();
        var levels = Parse<ServiceLevel>(request.Levels).Select(FacetGroups.Slug).ToHashSet();

        Option Fixed(int group, string value, string label, bool selected, Func<ListingFacts, bool> has) =>
            new(value, label, selected, layout.Bit(group, value), has);
        var options = new Option[FacetGroups.Count][];
        options[FacetGroups.Category] = tree.TopLevel.Select(c => Fixed(FacetGroups.Category, c.Slug, text[c.Name], categoryIds.Contains(c.Id), f => f.Categories.Contains(c.Id)))
            .Concat(selectedCategories.Where(c => c.ParentId is not null).Select(c => new Option(c.Slug, text[c.Name], true, -1, f => f.Categories.Contains(c.Id))))
            .ToArray();
        options[FacetGroups.Need] = layout.Needs.Select(n => Fixed(FacetGroups.Need, n.Code, text[n.Name], needs.Contains(n.Code), f => f.Needs.Contains(n.Code))).ToArray();
        options[FacetGroups.Age] = AgeBand.Bands.Select(b => Fixed(FacetGroups.Age, b.Key, b.Describe(text), age?.Key == b.Key, f => f.Ages.Overlaps(b.Range)))
            .Concat(age is not null && AgeBand.Bands.All(b => b.Key != age.Key) ? [new Option(age.Key, age.Describe(text), true, -1, f => f.Ages.Overlaps(age.Range))] : [])
            .ToArray();
        options[FacetGroups.Free] = [Fixed(FacetGroups.Free, "true", text["Free services only"], request.FreeOnly, f => f.IsFree)];
        options[FacetGroups.Delivery] = Enum.GetValues<DeliveryMode>().Select(m => Fixed(FacetGroups.Delivery, FacetGroups.Slug(m), text[ListingText.Describe(m)], delivery.Contains(FacetGroups.Slug(m)), f => f.Delivery.Contains(m))).ToArray();
        options[FacetGroups.Day] = FacetGroups.DayOptions.Select(d => Fixed(FacetGroups.Day, d.Value, text[d.Label], days.Contains(d.Value), f => f.Days.HasFlag(d.Days))).ToArray();
        options[FacetGroups.Level] = Enum.GetValues<ServiceLevel>().Select(l => Fixed(FacetGroups.Level, FacetGroups.Slug(l), text[l.ToString()], levels.Contains(FacetGroups.Slug(l)), f => f.Level == l)).ToArray();

        // Per group: the bits of its selected fixed options, its selected options without bits, and all its bits (for counting).
        var selectedBits = new ulong[FacetGroups.Count];
        var selectedSlow = new Option[FacetGroups.Count][];
        var groupBits = new ulong[FacetGroups.Count];
        var slowOptions = new (int Group, int Index, Option Option)[0];
        for (var g = 0; g < FacetGroups.Count; g++)
        {
            foreach (var o in options[g])
            {
                if (o.Bit >= 0) { groupBits[g] |= 1UL << o.Bit; if (o.Selected) selectedBits[g] |= 1UL << o.Bit; }
            }
            selectedSlow[g] = options[g].Where(o => o.Selected && o.Bit < 0).ToArray();
            slowOptions = [.. slowOptions, .. options[g].Select((o, i) => (g, i, o)).Where(x => x.o.Bit < 0)];
        }
        var filtered = Enumerable.Range(0, FacetGroups.Count).Where(g => selectedBits[g] != 0 || selectedSlow[g].Length > 0).ToArray();

        var countsByBit = new int[64];
        var slowCounts = new int[slowOptions.Length];
        var sort = (request.Sort ?? "").ToLowerInvariant() switch
        {
            "relevance" when matched is not null => "relevance",
            "distance" when from is not null => "distance",
            "a-z" => "a-z",
            _ => from is not null ? "distance" : matched is not null ? "relevance" : "a-z",
        };
        var byDistance = sort == "distance";
        var byScore = sort is "relevance" or "distance";
        Comparison<Row> order = (a, b) =>
        {
            var c = a.ReachesHomes.CompareTo(b.ReachesHomes);
            if (c == 0 && byDistance && !a.ReachesHomes) c = (a.Distance ?? double.MaxValue).CompareTo(b.Distance ?? double.MaxValue);
            if (c == 0 && byScore) c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : a.Facts.NameRank.CompareTo(b.Facts.NameRank);
        };

        IReadOnlyList<ScoredFacts> candidates = matched ?? catalogue.All;
        // Only the rows up to the requested page are kept, best first; the rest are only counted.
        var wanted = Math.Clamp(request.Page, 1, MaxPage) * SearchResults.PageSize;
        var best = new PriorityQueue<Row, Row>(Comparer<Row>.Create((a, b) => order(b, a)));
        var total = 0;
        var reachingHomes = 0;
        // A box around the postcode a little bigger than the radius: venues outside it are too far
        // without working out the exact distance.
        var box = from is { } centre
            ? (LatitudeSpan: request.RadiusMiles / 68.0, LongitudeSpan: request.RadiusMiles / (68.0 * Math.Cos(centre.Lat * Math.PI / 180)), Cosine: Math.Cos(centre.Lat * Math.PI / 180))
            : default;
        foreach (var (f, score) in candidates)
        {
            double? distance = null;
            var reachesHomes = false;
            if (from is { } origin0)
            {
                var venues = f.Venues;
                for (var vi = 0; vi < venues.Count; vi++)
                {
                    var v = venues[vi];
                    if (Math.Abs(v.Latitude - origin0.Lat) > box.LatitudeSpan || Math.Abs(v.Longitude - origin0.Lon) > box.LongitudeSpan) continue;
                    // Flat-earth distance: within 20 miles it differs from the great-circle distance by well under 1%.
                    var north = (v.Latitude - origin0.Lat) * MilesPerDegree;
                    var east = (v.Longitude - origin0.Lon) * MilesPerDegree * box.Cosine;
                    var miles = Math.Sqrt(north * north + east * east);
                    if (distance is null || miles < distance) distance = miles;
                }
                if (distance is null || distance > request.RadiusMiles)
                {
                    if (!f.ReachesHomes) continue;
                    reachesHomes = true;
                }
            }
            var failed = -1;
            var failures = 0;
            foreach (var g in filtered)
            {
                if ((f.Options & selectedBits[g]) != 0 || PassesSlow(selectedSlow[g], f)) continue;
                failed = g;
                if (++failures == 2) break;
            }
            if (failures >= 2) continue;
            // Disjunctive counts: an option's count is what the search would find with that option
            // instead of the rest of its own group, everything else as it is.
            var countable = f.Options & (failures == 0 ? ulong.MaxValue : groupBits[failed]);
            while (countable != 0)
            {
                countsByBit[System.Numerics.BitOperations.TrailingZeroCount(countable)]++;
                countable &= countable - 1;
            }
            for (var i = 0; i < slowOptions.Length; i++)
            {
                if ((failures == 0 || slowOptions[i].Group == failed) && slowOptions[i].Option.Has(f)) slowCounts[i]++;
            }
            if (failures > 0) continue;
            total++;
            if (reachesHomes) reachingHomes++;
            var row = new Row(f, score, distance, reachesHomes);
            if (best.Count < wanted) best.Enqueue(row, row);
            else if (order(row, best.Peek()) < 0) best.DequeueEnqueue(row, row);
        }

        var pageCount = Math.Max(1, (total + SearchResults.PageSize - 1) / SearchResults.PageSize);
        var page = Math.Clamp(request.Page, 1, Math.Min(pageCount, MaxPage));
        var top = new Row[best.Count];
        for (var i = top.Length - 1; i >= 0; i--) top[i] = best.Dequeue();
        var hits = top
            .Skip((page - 1) * SearchResults.PageSize)
            .Take(SearchResults.PageSize)
            .Select(x => new SearchHit(x.Facts.Card, x.Distance, x.ReachesHomes))
            .ToList();

        var facets = new Dictionary<string, IReadOnlyList<FacetOption>>();
        for (var g = 0; g < FacetGroups.Count; g++)
            facets[FacetGroups.Names[g]] = options[g].Select((o, i) => new FacetOption(o.Value, o.Label,
                o.Bit >= 0 ? countsByBit[o.Bit] : slowCounts[Array.FindIndex(slowOptions, x => x.Group == g && x.Index == i)], o.Selected)).ToList();

        if (total == 0 && errors.Count == 0 && (!words.IsEmpty || request.HasAnyFilter || postcode is not null))
            await RecordUnmetAsync(words, request, postcode, ct);

        return new SearchResults(hits, total, page, pageCount, total - reachingHomes, reachingHomes,
            origin, age, ageFromWords, didYouMean, matchedAny, errors, facets);
    }

    /// <summary>The search words with each word that matched nothing replaced by the nearest word the catalogue has.</summary>
    private async Task<string?> SuggestAsync(SearchWords words, CancellationToken ct)
    {
        var replaced = false;
        var corrected = new List<string>();
        IReadOnlyDictionary<string, int>? vocabulary = null;
        foreach (var term in words.Terms)
        {
            var known = term.HasSynonyms || (term.IsPrefix
                ? (await catalogue.SearchAsync(words.ToQuery(only: [term]), ct)).Count > 0
                : catalogue.IsKnownWord(term.Text));
            if (!known && (vocabulary ??= catalogue.Vocabulary()) is { } v
                && SpellingSuggestions.Nearest(term.Text, v, catalogue.Synonyms.AllTerms) is { } suggestion)
            {
                corrected.Add(suggestion);
                replaced = true;
            }
            else corrected.Add(term.Text);
        }
        return replaced ? string.Join(' ', corrected) : null;
    }

    private async Task RecordUnmetAsync(SearchWords words, SearchRequest request, UkPostcode? postcode, CancellationToken ct)
    {
        var filters = request with { Words = null, Postcode = null, Page = 1 };
        var url = filters.ToUrl(withPostcode: false);
        db.UnmetSearches.Add(new UnmetSearch
        {
            SearchedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            // Cut to the columns' lengths (PostgreSQL enforces them), never through a surrogate pair.
            Words = SearchWords.Clip(words.Normalised, 200),
            Filters = SearchWords.Clip(url.Contains('?') ? url[(url.IndexOf('?') + 1)..] : "", 500),
            District = postcode?.District,
        });
        await db.SaveChangesAsync(ct);
    }

    private static HashSet<T> Parse<T>(IEnumerable<string> values) where T : struct, Enum =>
        values.Select(v => Enum.TryParse<T>(v.Replace("-", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? (T?)parsed : null)
            .OfType<T>().ToHashSet();

    private static bool PassesSlow(Option[] options, ListingFacts f)
    {
        foreach (var o in options) if (o.Has(f)) return true;
        return false;
    }

    private const double MilesPerDegree = 69.05;

    /// <summary>Results pages beyond this are not offered: nobody reads 20,000 results, and each page keeps its rows in memory.</summary>
    private const int MaxPage = 500;

    private readonly record struct Row(ListingFacts Facts, double Score, double? Distance, bool ReachesHomes);

    /// <summary>A filter option: its bit in the listing facts, or -1 and a check to run instead.</summary>
    private sealed record Option(string Value, string Label, bool Selected, int Bit, Func<ListingFacts, bool> Has);
}
