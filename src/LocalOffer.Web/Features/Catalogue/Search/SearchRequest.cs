namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// The whole search, as carried by one GET address (documented in the README):
/// <c>/services?q=&amp;postcode=&amp;radius=&amp;age=&amp;category=&amp;need=&amp;free=&amp;delivery=&amp;day=&amp;level=&amp;sort=&amp;page=</c>.
/// Values that mean nothing are ignored, except a postcode, which gets a message.
/// </summary>
public sealed record SearchRequest
{
    public static readonly int[] Radii = [1, 2, 5, 10, 20];
    public const int DefaultRadius = 5;

    public string? Words { get; init; }
    public string? Postcode { get; init; }
    public string? Radius { get; init; }
    public string? Age { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public bool FreeOnly { get; init; }
    public IReadOnlyList<string> Delivery { get; init; } = [];
    public IReadOnlyList<string> Days { get; init; } = [];
    public IReadOnlyList<string> Levels { get; init; } = [];
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;

    public int RadiusMiles => int.TryParse(Radius, out var r) && Radii.Contains(r) ? r : DefaultRadius;

    public bool HasAnyFilter =>
        !string.IsNullOrWhiteSpace(Age) || Categories.Count > 0 || Needs.Count > 0 || FreeOnly || Delivery.Count > 0 || Days.Count > 0 || Levels.Count > 0;

    /// <summary>The address of this search, optionally changed (another page, corrected words).</summary>
    public string ToUrl(int? page = null, string? words = null, bool withPostcode = true)
    {
        var query = new List<string>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) query.Add(key + "=" + Uri.EscapeDataString(value.Trim())); }
        Add("q", words ?? Words);
        if (withPostcode) { Add("postcode", Postcode); if (!string.IsNullOrWhiteSpace(Postcode)) Add("radius", RadiusMiles.ToString()); }
        Add("age", Age);
        foreach (var c in Categories) Add("category", c);
        foreach (var n in Needs) Add("need", n);
        if (FreeOnly) Add("free", "true");
        foreach (var d in Delivery) Add("delivery", d);
        foreach (var d in Days) Add("day", d);
        foreach (var l in Levels) Add("level", l);
        Add("sort", Sort);
        var p = page ?? 1;
        if (p > 1) Add("page", p.ToString());
        return "/services" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
