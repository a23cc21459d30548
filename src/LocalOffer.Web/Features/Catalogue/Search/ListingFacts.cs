namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// What the filters need to know about one published listing, held in memory for every listing so
/// that filtering and counting each filter option takes microseconds, not a database round trip.
/// </summary>
public sealed record ListingFacts(
    Guid Id,
    string Name,
    int? MinimumAge,
    int? MaximumAge,
    bool IsFree,
    IReadOnlySet<DeliveryMode> Delivery,
    DaysOpen Days,
    bool ReachesHomes,
    IReadOnlyList<Venue> Venues,
    IReadOnlySet<Guid> Categories,
    IReadOnlySet<string> Needs,
    ServiceLevel Level,
    long UpdatedTicks)
{
    /// <summary>The fixed filter options this listing has, one bit each (see <see cref="FacetLayout"/>).</summary>
    public ulong Options { get; init; }

    /// <summary>Place in A to Z order of names, worked out once so sorting compares numbers.</summary>
    public int NameRank { get; init; }

    /// <summary>What a search result shows, so a results page needs no database query.</summary>
    public ResultCard Card { get; init; } = null!;

    public AgeRange Ages => new(MinimumAge, MaximumAge);
}

/// <summary>Where a listing's venue is; <paramref name="AreaOnly"/> when the public may see only its town and postcode district.</summary>
public readonly record struct Venue(double Latitude, double Longitude, Guid LocationId, bool AreaOnly);

/// <summary>
/// One search result as a family sees it. The provider's words are kept as written; ages, cost and place are
/// kept as facts and worded in the visitor's language when the page is shown.
/// </summary>
public sealed record ResultCard(string Slug, string Name, string Provider, string Summary, AgeRange Ages, CostSummary Cost, PlaceSummary Where);

[Flags]
public enum DaysOpen { None = 0, Weekday = 1, Saturday = 2, Sunday = 4 }
