using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// Answers the API's list requests with the site's own search: words go through the same search index
/// (synonyms, stemming, ranking) and filters run over the same in-memory facts as the public search
/// page, so the API and the site always agree. Only the page asked for is read from the database.
/// </summary>
public sealed class OpenReferralQueries(SearchCatalogue catalogue, PublishedRecords records, IPostcodeLookup postcodes, LocalOfferDb db)
{
    private const double MetresPerMile = 1609.344;

    public sealed class PostcodeNotFoundException(string postcode) : Exception($"The postcode {postcode} is not in the postcode table.");

    public async Task<Or.Page<Or.Service>> ServicesAsync(ApiQuery query, CancellationToken ct = default)
    {
        var matches = await MatchingAsync(query, ct);
        var page = matches.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).Select(m => m.Facts.Id).ToList();
        var scope = records.PublicScope;
        var listings = await records.LoadAsync(page, PublishedRecords.Depth.Summary, ct);
        return Or.Page<Or.Service>.Of(listings.Select(l => ServiceRecords.Summary(l, scope)).ToList(), matches.Count, query.Page, query.PerPage);
    }

    /// <summary>
    /// One row per venue of each matching service. With a postcode, nearest first and each row's distance
    /// given; with a proximity too, only venues that near. A "show area only" venue is measured from its
    /// coordinates rounded to about a kilometre and its distance is not given, so repeated questions with
    /// different proximities cannot pin down a childminder's home.
    /// </summary>
    public async Task<Or.Page<Or.ServiceAtLocation>> ServiceAtLocationsAsync(ApiQuery query, CancellationToken ct = default)
    {
        var matches = await MatchingAsync(query, ct);
        (double Lat, double Lon)? from = null;
        if (query.Postcode is { } postcode)
        {
            var found = await postcodes.FindAsync(postcode, ct) ?? throw new PostcodeNotFoundException(postcode.Display);
            from = (found.Latitude, found.Longitude);
        }
        var rows = new List<(Guid ListingId, Venue Venue, double? Metres, int Order)>();
        var order = 0;
        foreach (var match in matches)
        {
            foreach (var venue in match.Facts.Venues)
            {
                double? metres = null;
                if (from is { } origin)
                {
                    var placed = venue.Latitude != 0 || venue.Longitude != 0;
                    if (!placed) { if (query.ProximityMetres is not null) continue; }
                    else
                    {
                        var (lat, lon) = venue.AreaOnly ? (Math.Round(venue.Latitude, 2), Math.Round(venue.Longitude, 2)) : (venue.Latitude, venue.Longitude);
                        metres = GeoDistance.Miles(origin.Lat, origin.Lon, lat, lon) * MetresPerMile;
                        if (metres > query.ProximityMetres) continue;
                    }
                }
                rows.Add((match.Facts.Id, venue, metres, order++));
            }
        }
        if (from is not null) rows = rows.OrderBy(r => r.Metres ?? double.MaxValue).ThenBy(r => r.Order).ToList();

        var page = rows.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToList();
        var scope = records.PublicScope;
        var listings = (await records.LoadAsync(page.Select(r => r.ListingId).Distinct().ToList(), PublishedRecords.Depth.WithVenues, ct)).ToDictionary(l => l.Id);
        var contents = new List<Or.ServiceAtLocation>(page.Count);
        foreach (var row in page)
        {
            if (!listings.TryGetValue(row.ListingId, out var listing)) continue;
            var location = listing.Locations.FirstOrDefault(l => l.Id == row.Venue.LocationId);
            if (location is null) continue;
            var distance = row.Metres is { } m && !location.ShowAreaOnly ? (int?)Math.Round(m) : null;
            contents.Add(ServiceRecords.AtLocation(listing, location, scope, ServiceRecords.Summary(listing, scope), distance));
        }
        return Or.Page<Or.ServiceAtLocation>.Of(contents, rows.Count, query.Page, query.PerPage);
    }

    /// <summary>Every published listing the query matches: best first when there are words, else by name.</summary>
    private async Task<List<ScoredFacts>> MatchingAsync(ApiQuery query, CancellationToken ct)
    {
        IEnumerable<ScoredFacts> candidates = catalogue.All;
        var ranked = false;
        if (query.Search is { } text)
        {
            var words = SearchWords.Understand(text, catalogue.Synonyms);
            if (!words.IsEmpty)
            {
                candidates = await catalogue.SearchAsync(words.ToQuery(), ct);
                ranked = true;
            }
        }

        if (query.TaxonomyTermId is { } termId)
        {
            var taxonomies = await records.TaxonomiesAsync(ct);
            var term = taxonomies.Term(termId);
            candidates = term?.TaxonomyId == OpenReferralTaxonomies.NeedsId
                ? candidates.Where(m => m.Facts.Needs.Contains(term.Code!))
                : term is not null ? candidates.Where(m => m.Facts.Categories.Contains(termId)) : [];
        }
        if (query.TaxonomyId is { } taxonomyId)
        {
            candidates = taxonomyId == OpenReferralTaxonomies.CategoriesId ? candidates.Where(m => m.Facts.Categories.Count > 0)
                : taxonomyId == OpenReferralTaxonomies.NeedsId ? candidates.Where(m => m.Facts.Needs.Count > 0)
                : [];
        }
        // As the profile words them: a minimum age of at least the value asked, a maximum age at or below it.
        // A service with no lower limit starts at 0; one with no upper limit has no maximum to compare.
        if (query.MinimumAge is { } minimum) candidates = candidates.Where(m => (m.Facts.MinimumAge ?? 0) >= minimum);
        if (query.MaximumAge is { } maximum) candidates = candidates.Where(m => m.Facts.MaximumAge is { } max && max <= maximum);
        if (query.ModifiedAfter is { } since) candidates = candidates.Where(m => m.Facts.UpdatedTicks >= since.UtcTicks);
        if (query.FiltersBySchedule)
        {
            var open = await ListingsOpenAsync(query, ct);
            candidates = candidates.Where(m => open.Contains(m.Facts.Id));
        }

        var list = candidates.ToList();
        list.Sort(ranked
            ? (a, b) => b.Score.CompareTo(a.Score) is var c and not 0 ? c : a.Facts.NameRank.CompareTo(b.Facts.NameRank)
            : (a, b) => a.Facts.NameRank.CompareTo(b.Facts.NameRank));
        return list;
    }

    /// <summary>Listings with opening hours on the day asked, opening at or after the start time and closing by the end time.</summary>
    private async Task<HashSet<Guid>> ListingsOpenAsync(ApiQuery query, CancellationToken ct)
    {
        var times = db.OpeningTimes.AsNoTracking();
        if (query.Day is { } day) times = times.Where(t => t.Day == day);
        if (query.StartTime is { } start) times = times.Where(t => t.Opens >= start);
        if (query.EndTime is { } end) times = times.Where(t => t.Closes <= end);
        return (await times.Select(t => t.ListingId).Distinct().ToListAsync(ct)).ToHashSet();
    }
}
