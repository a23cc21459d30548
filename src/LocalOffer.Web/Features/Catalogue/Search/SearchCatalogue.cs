using System.Collections.Concurrent;
using System.Collections.Frozen;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.SearchIndex;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>A listing that matched a search's words, with how well.</summary>
public sealed record ScoredFacts(ListingFacts Facts, double Score);

/// <summary>
/// Keeps the search index and the in-memory listing facts in step with the database of record: checks
/// the index at start-up (rebuilding it when missing, corrupt, from another version or out of step),
/// updates both at once when listings change through the site, and rebuilds if the index fails while
/// the site runs.
/// </summary>
public sealed class SearchCatalogue(ISearchIndex index, IServiceScopeFactory scopes, IOutputCacheStore pages, ILogger<SearchCatalogue> logger)
{
    private readonly SemaphoreSlim _changeLock = new(1, 1);
    private volatile FrozenDictionary<Guid, ListingFacts> _facts = FrozenDictionary<Guid, ListingFacts>.Empty;
    private volatile ScoredFacts[] _all = [];
    private volatile bool _ready;

    /// <summary>True once the index and facts are loaded and searches can be answered.</summary>
    public bool IsReady => _ready;
    private volatile FacetLayout? _layout;
    private const int MaxCachedAnswers = 5_000;

    /// <summary>Results pages are cached (see Program.cs) under this tag, and thrown away whenever the catalogue changes.</summary>
    public const string OutputCachePolicy = "search-results", OutputCacheTag = "catalogue";
    private volatile ConcurrentDictionary<string, IReadOnlyList<ScoredFacts>> _answers = new();
    private volatile ConcurrentDictionary<string, string?> _suggestions = new();

    public IReadOnlyDictionary<Guid, ListingFacts> Facts => _facts;

    /// <summary>Every published listing, for a search with no words.</summary>
    public IReadOnlyList<ScoredFacts> All => _all;

    /// <summary>The category list, needs and option bits the facts were built with.</summary>
    public FacetLayout Layout => _layout ?? throw new InvalidOperationException("The search catalogue has not been loaded yet.");

    public Synonyms Synonyms { get; } = Synonyms.Load();

    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        var (documents, facts) = await LoadAsync(null, ct);
        var stamp = Stamp(facts);
        var problem = await index.CheckAsync(stamp, ct);
        if (problem is not null)
        {
            logger.LogWarning("Search index {Problem}: rebuilding it from the catalogue", problem);
            await index.RebuildAsync(documents, stamp, ct);
        }
        SetFacts(Ranked(facts));
        _answers = new(); _suggestions = new();
        _ready = true;
    }

    /// <summary>Rebuilds the index and facts from the database; returns how many listings were indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await _changeLock.WaitAsync(ct);
        try
        {
            var timer = System.Diagnostics.Stopwatch.StartNew();
            var (documents, facts) = await LoadAsync(null, ct);
            var read = timer.ElapsedMilliseconds;
            await index.RebuildAsync(documents, Stamp(facts), ct);
            logger.LogInformation("Rebuilt the search index: {Count} listings, read in {Read} ms, indexed in {Indexed} ms",
                facts.Count, read, timer.ElapsedMilliseconds - read);
            SetFacts(Ranked(facts));
            _answers = new(); _suggestions = new();
            _ready = true;
            await pages.EvictByTagAsync(OutputCacheTag, ct);
            return facts.Count;
        }
        finally
        {
            _changeLock.Release();
        }
    }

    /// <summary>Call after listings are added, changed or withdrawn: published ones are (re)indexed, the rest removed.</summary>
    public async Task ListingsChangedAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        // Before start-up has checked the index there is nothing to update: the check will see the
        // index is out of step with the catalogue and rebuild it.
        if (ids.Count == 0 || !_ready) return;
        await _changeLock.WaitAsync(ct);
        try
        {
            var (documents, facts) = await LoadAsync(ids, ct);
            var next = _facts.ToDictionary();
            foreach (var id in ids) next.Remove(id);
            foreach (var f in facts) next[f.Id] = f;
            var removed = ids.Except(facts.Select(f => f.Id)).ToList();
            await index.UpdateAsync(documents, removed, Stamp(next.Values), ct);
            SetFacts(Ranked(next.Values));
            _answers = new(); _suggestions = new();
            await pages.EvictByTagAsync(OutputCacheTag, ct);
        }
        finally
        {
            _changeLock.Release();
        }
    }

    /// <summary>
    /// Runs a text query; if the index file has failed underneath the site, rebuilds it and tries once
    /// more. Answers are kept until the index next changes, so popular searches cost nothing to repeat.
    /// </summary>
    public async Task<IReadOnlyList<ScoredFacts>> SearchAsync(IndexQuery query, CancellationToken ct = default)
    {
        var key = string.Join('|', query.Clauses.Select(c => string.Join(',', c.Alternatives) + (c.Prefix ? "*" : ""))) + (query.MatchAll ? "&" : "/");
        var cache = _answers;
        if (cache.TryGetValue(key, out var cached)) return cached;
        var facts = _facts;
        var best = new Dictionary<Guid, double>();
        foreach (var m in await SearchIndexAsync(query, ct)) best[m.Id] = Math.Max(m.Score, best.GetValueOrDefault(m.Id, double.MinValue));
        var answer = best.Select(b => facts.TryGetValue(b.Key, out var f) ? new ScoredFacts(f, b.Value) : null).OfType<ScoredFacts>().ToArray();
        if (cache.Count >= MaxCachedAnswers) cache.Clear();
        cache[key] = answer;
        return answer;
    }

    private async Task<IReadOnlyList<IndexMatch>> SearchIndexAsync(IndexQuery query, CancellationToken ct)
    {
        try
        {
            return index.Search(query);
        }
        catch (SqliteException e)
        {
            logger.LogError(e, "Search index failed ({Code}); rebuilding it", e.SqliteErrorCode);
            await RebuildAsync(ct);
            return index.Search(query);
        }
    }

    /// <summary>A spelling suggestion worked out before for the same words, kept until the index changes.</summary>
    public async Task<string?> SuggestionForAsync(string words, Func<Task<string?>> work)
    {
        var cache = _suggestions;
        if (cache.TryGetValue(words, out var known)) return known;
        var suggestion = await work();
        if (cache.Count >= MaxCachedAnswers) cache.Clear();
        cache[words] = suggestion;
        return suggestion;
    }

    public bool IsKnownWord(string word)
    {
        try { return index.Contains(word); }
        catch (SqliteException) { return true; }
    }

    public IReadOnlyDictionary<string, int> Vocabulary()
    {
        try { return index.Vocabulary(); }
        catch (SqliteException) { return new Dictionary<string, int>(); }
    }

    private void SetFacts(FrozenDictionary<Guid, ListingFacts> facts)
    {
        _facts = facts;
        _all = facts.Values.Select(f => new ScoredFacts(f, 0)).ToArray();
    }

    private static ResultCard Card(string slug, string name, string provider, string summary, int? min, int? max, bool free,
        List<CostOption> costs, List<DeliveryMode> delivery, string? areaCovered, List<string> towns)
    {
        var listing = new Listing
        {
            Slug = slug, Name = name, Summary = summary, Description = "", IsFree = free, CostOptions = costs, DeliveryModes = delivery,
            AreaCovered = areaCovered, Locations = towns.Select(t => new Location { Town = t, Postcode = "" }).ToList(),
        };
        return new ResultCard(slug, name, provider, summary, new AgeRange(min, max), CostDescription.Summarise(listing), ListingText.Place(listing));
    }

    private static FrozenDictionary<Guid, ListingFacts> Ranked(IEnumerable<ListingFacts> facts) =>
        facts.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ThenBy(f => f.Id)
            .Select((f, rank) => f with { NameRank = rank })
            .ToFrozenDictionary(f => f.Id);

    /// <summary>A fingerprint of what is published (ids and last-changed times), stored with the index to spot an index out of step.</summary>
    private static string Stamp(IEnumerable<ListingFacts> facts)
    {
        ulong sum = 0;
        var count = 0;
        foreach (var f in facts)
        {
            sum += (ulong)f.Id.GetHashCode() * 31UL ^ (ulong)f.UpdatedTicks;
            count++;
        }
        return $"{count}:{sum:x16}";
    }

    private async Task<(List<IndexDocument> Documents, List<ListingFacts> Facts)> LoadAsync(IReadOnlyCollection<Guid>? only, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var categoryList = await db.Categories.AsNoTracking().ToListAsync(ct);
        var categories = categoryList.ToDictionary(c => c.Id);
        var needList = await db.Needs.AsNoTracking().OrderBy(n => n.SortOrder).ToListAsync(ct);
        var needParents = needList.ToDictionary(n => n.Code, n => n.ParentCode);
        var layout = only is null || _layout is null ? new FacetLayout(new CategoryTree(categoryList), needList) : _layout;
        _layout = layout;

        // Flat queries, one per table, joined here in memory: much faster than one query with a
        // collection per child table when every published listing is read for a rebuild.
        var query = db.PublishedListings.AsNoTracking();
        if (only is not null) query = query.Where(l => only.Contains(l.Id));
        var listings = await query.Select(l => new
        {
            l.Id, l.Slug, l.Name, l.Keywords, l.Summary, l.Description, Provider = l.Provider.Name,
            l.MinimumAge, l.MaximumAge, l.IsFree, l.CostOptions, l.AreaCovered, l.DeliveryModes, l.AreaWide, l.Level, l.UpdatedAt,
        }).ToListAsync(ct);
        var ids = only is null ? null : listings.Select(l => l.Id).ToList();

        var listingCategories = db.Set<Dictionary<string, object>>("listing_categories").AsNoTracking();
        var listingNeeds = db.Set<Dictionary<string, object>>("listing_needs").AsNoTracking();
        var locations = db.Locations.AsNoTracking();
        var openingTimes = db.OpeningTimes.AsNoTracking();
        if (ids is not null)
        {
            listingCategories = listingCategories.Where(x => ids.Contains(EF.Property<Guid>(x, "ListingsId")));
            listingNeeds = listingNeeds.Where(x => ids.Contains(EF.Property<Guid>(x, "ListingsId")));
            locations = locations.Where(x => ids.Contains(x.ListingId));
            openingTimes = openingTimes.Where(x => ids.Contains(x.ListingId));
        }
        var categoriesOf = (await listingCategories.Select(x => new { Listing = EF.Property<Guid>(x, "ListingsId"), Category = EF.Property<Guid>(x, "CategoriesId") }).ToListAsync(ct))
            .ToLookup(x => x.Listing, x => x.Category);
        var needNames = needList.ToDictionary(n => n.Code, n => n.Name);
        var needsOf = (await listingNeeds.Select(x => new { Listing = EF.Property<Guid>(x, "ListingsId"), Code = EF.Property<string>(x, "NeedsCode") }).ToListAsync(ct))
            .ToLookup(x => x.Listing, x => x.Code);
        var venuesOf = (await locations.Select(x => new { x.Id, x.ListingId, x.Latitude, x.Longitude, x.Town, x.ShowAreaOnly }).ToListAsync(ct))
            .ToLookup(x => x.ListingId);
        var daysOf = (await openingTimes.Select(x => new { x.ListingId, x.Day }).ToListAsync(ct))
            .ToLookup(x => x.ListingId, x => x.Day);
        var rows = listings.Select(l => new
        {
            l.Id, l.Slug, l.Name, l.Keywords, l.Summary, l.Description, l.Provider,
            l.MinimumAge, l.MaximumAge, l.IsFree, l.CostOptions, l.AreaCovered, l.DeliveryModes, l.AreaWide, l.Level, l.UpdatedAt,
            Towns = venuesOf[l.Id].Select(v => v.Town).ToList(),
            CategoryIds = categoriesOf[l.Id].ToList(),
            Needs = needsOf[l.Id].Select(code => new { Code = code, Name = needNames.GetValueOrDefault(code, code) }).ToList(),
            Venues = venuesOf[l.Id].Select(v => new Venue(v.Latitude, v.Longitude, v.Id, v.ShowAreaOnly)).ToList(),
            Days = daysOf[l.Id].ToList(),
        }).ToList();

        var documents = new List<IndexDocument>(rows.Count);
        var facts = new List<ListingFacts>(rows.Count);
        foreach (var r in rows)
        {
            var categoryIds = new HashSet<Guid>();
            var categoryNames = new List<string>();
            foreach (var id in r.CategoryIds)
            {
                for (var c = categories.GetValueOrDefault(id); c is not null; c = c.ParentId is { } p ? categories.GetValueOrDefault(p) : null)
                    if (categoryIds.Add(c.Id)) categoryNames.Add(c.Name);
            }
            var needs = new HashSet<string>(StringComparer.Ordinal);
            foreach (var n in r.Needs)
            {
                needs.Add(n.Code);
                if (needParents.GetValueOrDefault(n.Code) is { } parent) needs.Add(parent);
            }
            var days = r.Days.Aggregate(DaysOpen.None, (all, d) => all | d switch
            {
                DayOfWeek.Saturday => DaysOpen.Saturday,
                DayOfWeek.Sunday => DaysOpen.Sunday,
                _ => DaysOpen.Weekday,
            });
            var delivery = r.DeliveryModes.ToHashSet();
            var reachesHomes = r.AreaWide || delivery.Contains(DeliveryMode.Online) || delivery.Contains(DeliveryMode.HomeVisit)
                || (delivery.Contains(DeliveryMode.Phone) && r.Venues.Count == 0);

            documents.Add(new IndexDocument(r.Id, r.Name, string.Join(' ', r.Keywords), r.Summary, r.Description,
                string.Join(' ', categoryNames), string.Join(' ', r.Needs.Select(n => n.Name)), r.Provider));
            facts.Add(new ListingFacts(r.Id, r.Name, r.MinimumAge, r.MaximumAge, r.IsFree, delivery, days, reachesHomes,
                r.Venues, categoryIds, needs, r.Level, r.UpdatedAt.UtcTicks)
            {
                Options = layout.OptionsOf(categoryIds, needs, new AgeRange(r.MinimumAge, r.MaximumAge), r.IsFree, delivery, days, r.Level),
                Card = Card(r.Slug, r.Name, r.Provider, r.Summary, r.MinimumAge, r.MaximumAge, r.IsFree, r.CostOptions, r.DeliveryModes, r.AreaCovered, r.Towns),
            });
        }
        return (documents, facts);
    }
}
