using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue.Search;

public sealed record FacetOption(string Value, string Label, int Count, bool Selected);

public sealed record SearchHit(Listing Listing, double? DistanceMiles, bool ReachesHomesGroup);

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
/// </summary>
public sealed class ServiceSearch(SearchCatalogue catalogue, CatalogueBrowser browser, IPostcodeLookup postcodes, LocalOfferDb db, TimeProvider clock)
{
    private const int CategoryGroup = 0, NeedGroup = 1, AgeGroup = 2, FreeGroup = 3, DeliveryGroup = 4, DayGroup = 5, LevelGroup = 6;
    private static readonly string[] GroupNames = ["category", "need", "age", "free", "delivery", "day", "level"];

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var errors = new List<SearchError>();
        var tree = await browser.CategoriesAsync(ct);
        var words = SearchWords.Understand(request.Words, catalogue.Synonyms);
        var facts = catalogue.Facts;

        // Words: ranked matches from the index; no words means every listing, unranked.
        Dictionary<Guid, double>? scores = null;
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
            scores = matches.GroupBy(m => m.Id).ToDictionary(g => g.Key, g => g.Max(m => m.Score));
            didYouMean = await SuggestAsync(words, ct);
        }

        // Where from: the postcode box, or a postcode written in the words.
        SearchOrigin? origin = null;
        (double Lat, double Lon)? from = null;
        var postcodeText = string.IsNullOrWhiteSpace(request.Postcode) ? null : request.Postcode;
        UkPostcode? postcode = null;
        if (postcodeText is not null && !UkPostcode.TryParse(postcodeText, out _))
            errors.Add(new("postcode", "Enter a real postcode, like BA2 3EP, or the first part of one, like BA2"));
        else
            postcode = postcodeText is not null && UkPostcode.TryParse(postcodeText, out var parsed) ? parsed : words.Postcode;
        if (postcode is not null)
        {
            var located = await postcodes.FindAsync(postcode, ct);
            if (located is null)
                errors.Add(new("postcode", $"We could not find {postcode.Display}. Check the postcode, or try the first part of it, like BA2"));
            else
            {
                origin = new SearchOrigin(postcode.Display, located.Match, located.MatchedCode, request.RadiusMiles, postcodeText is null);
                from = (located.Latitude, located.Longitude);
            }
        }

        // Filters, each an OR within its group and an AND across groups.
        var ageFromWords = false;
        if (!AgeBand.TryParse(request.Age, out var age) && words.Age is int wordsAge)
        {
            AgeBand.TryParse(wordsAge.ToString(), out age);
            ageFromWords = true;
        }
        var selectedCategories = request.Categories.Select(tree.Find).OfType<Category>().DistinctBy(c => c.Id).ToList();
        var categoryIds = selectedCategories.Select(c => c.Id).ToHashSet();
        var needs = request.Needs.Select(n => n.Trim().ToLowerInvariant()).ToHashSet();
        var delivery = Parse<DeliveryMode>(request.Delivery);
        var days = request.Days.Select(d => d.Trim().ToLowerInvariant() switch
        {
            "weekday" => DaysOpen.Weekday, "saturday" => DaysOpen.Saturday, "sunday" => DaysOpen.Sunday, _ => DaysOpen.None,
        }).Where(d => d != DaysOpen.None).ToHashSet();
        var levels = Parse<ServiceLevel>(request.Levels);

        var allNeeds = await db.Needs.AsNoTracking().OrderBy(n => n.SortOrder).ToListAsync(ct);
        var options = new Option[][]
        {
            tree.TopLevel.Concat(selectedCategories.Where(c => c.ParentId is not null))
                .Select(c => new Option(c.Slug, c.Name, categoryIds.Contains(c.Id), f => f.Categories.Contains(c.Id))).ToArray(),
            allNeeds.Select(n => new Option(n.Code, n.Name, needs.Contains(n.Code), f => f.Needs.Contains(n.Code))).ToArray(),
            AgeBand.Bands.Select(b => new Option(b.Key, b.Label, age?.Key == b.Key, f => f.Ages.Overlaps(b.Range))).ToArray(),
            [new Option("true", "Free services only", request.FreeOnly, f => f.IsFree)],
            Enum.GetValues<DeliveryMode>().Select(m => new Option(Slug(m), ListingText.Describe(m), delivery.Contains(m), f => f.Delivery.Contains(m))).ToArray(),
            [
                new Option("weekday", "Monday to Friday", days.Contains(DaysOpen.Weekday), f => f.Days.HasFlag(DaysOpen.Weekday)),
                new Option("saturday", "Saturday", days.Contains(DaysOpen.Saturday), f => f.Days.HasFlag(DaysOpen.Saturday)),
                new Option("sunday", "Sunday", days.Contains(DaysOpen.Sunday), f => f.Days.HasFlag(DaysOpen.Sunday)),
            ],
            Enum.GetValues<ServiceLevel>().Select(l => new Option(l.ToString().ToLowerInvariant(), l.ToString(), levels.Contains(l), f => f.Level == l)).ToArray(),
        };
        var filters = new Func<ListingFacts, bool>?[]
        {
            categoryIds.Count == 0 ? null : f => categoryIds.Overlaps(f.Categories),
            needs.Count == 0 ? null : f => needs.Overlaps(f.Needs),
            age is null ? null : f => f.Ages.Overlaps(age.Range),
            request.FreeOnly ? f => f.IsFree : null,
            delivery.Count == 0 ? null : f => delivery.Overlaps(f.Delivery),
            days.Count == 0 ? null : f => days.Any(d => f.Days.HasFlag(d)),
            levels.Count == 0 ? null : f => levels.Contains(f.Level),
        };

        var counts = options.Select(group => new int[group.Length]).ToArray();
        var found = new List<(ListingFacts Facts, double Score, double? Distance, bool ReachesHomes)>();
        IEnumerable<ListingFacts> candidates = scores is null ? facts.Values : scores.Keys.Select(id => facts.GetValueOrDefault(id)).OfType<ListingFacts>();
        foreach (var f in candidates)
        {
            double? distance = null;
            var reachesHomes = false;
            if (from is { } origin0)
            {
                distance = f.Venues.Count == 0 ? null : f.Venues.Min(v => GeoDistance.Miles(origin0.Lat, origin0.Lon, v.Latitude, v.Longitude));
                if (distance is null || distance > request.RadiusMiles)
                {
                    if (!f.ReachesHomes) continue;
                    reachesHomes = true;
                }
            }
            var failed = -1;
            var failures = 0;
            for (var g = 0; g < filters.Length && failures < 2; g++)
            {
                if (filters[g] is { } filter && !filter(f)) { failed = g; failures++; }
            }
            if (failures >= 2) continue;
            // Disjunctive counts: an option's count is what the search would find with that option
            // instead of the rest of its own group, everything else as it is.
            for (var g = 0; g < options.Length; g++)
            {
                if (failures == 1 && g != failed) continue;
                for (var o = 0; o < options[g].Length; o++)
                    if (options[g][o].Has(f)) counts[g][o]++;
            }
            if (failures == 0) found.Add((f, scores?.GetValueOrDefault(f.Id) ?? 0, distance, reachesHomes));
        }

        var sort = (request.Sort ?? "").ToLowerInvariant() switch
        {
            "relevance" when scores is not null => "relevance",
            "distance" when from is not null => "distance",
            "a-z" => "a-z",
            _ => from is not null ? "distance" : scores is not null ? "relevance" : "a-z",
        };
        var ordered = found
            .OrderBy(x => x.ReachesHomes)
            .ThenBy(x => sort == "distance" && !x.ReachesHomes ? x.Distance ?? double.MaxValue : 0)
            .ThenByDescending(x => sort is "relevance" or "distance" ? x.Score : 0)
            .ThenBy(x => x.Facts.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var total = ordered.Count;
        var pageCount = Math.Max(1, (total + SearchResults.PageSize - 1) / SearchResults.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var pageItems = ordered.Skip((page - 1) * SearchResults.PageSize).Take(SearchResults.PageSize).ToList();
        var ids = pageItems.Select(x => x.Facts.Id).ToList();
        var listings = await db.PublishedListings.AsNoTracking().Where(l => ids.Contains(l.Id))
            .Include(l => l.Provider).Include(l => l.Locations).ToDictionaryAsync(l => l.Id, ct);
        var hits = pageItems.Where(x => listings.ContainsKey(x.Facts.Id))
            .Select(x => new SearchHit(listings[x.Facts.Id], x.Distance, x.ReachesHomes)).ToList();

        var facets = new Dictionary<string, IReadOnlyList<FacetOption>>();
        for (var g = 0; g < options.Length; g++)
            facets[GroupNames[g]] = options[g].Select((o, i) => new FacetOption(o.Value, o.Label, counts[g][i], o.Selected)).ToList();

        if (total == 0 && errors.Count == 0 && (!words.IsEmpty || request.HasAnyFilter || postcode is not null))
            await RecordUnmetAsync(words, request, postcode, ct);

        return new SearchResults(hits, total, page, pageCount, ordered.Count(x => !x.ReachesHomes), ordered.Count(x => x.ReachesHomes),
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
            Words = words.Normalised.Length > 200 ? words.Normalised[..200] : words.Normalised,
            Filters = url.Contains('?') ? url[(url.IndexOf('?') + 1)..] : "",
            District = postcode?.District,
        });
        await db.SaveChangesAsync(ct);
    }

    private static HashSet<T> Parse<T>(IEnumerable<string> values) where T : struct, Enum =>
        values.Select(v => Enum.TryParse<T>(v.Replace("-", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? (T?)parsed : null)
            .OfType<T>().ToHashSet();

    private static string Slug(DeliveryMode mode) => mode switch
    {
        DeliveryMode.InPerson => "in-person", DeliveryMode.HomeVisit => "home-visit", _ => mode.ToString().ToLowerInvariant(),
    };

    private sealed record Option(string Value, string Label, bool Selected, Func<ListingFacts, bool> Has);
}
