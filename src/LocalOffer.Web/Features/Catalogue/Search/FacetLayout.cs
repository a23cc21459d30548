using System.Numerics;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// Gives every fixed filter option (each top-level category, area of need, age band, free, delivery
/// mode, day and level) a bit, so each listing's options are one 64-bit number and a search can
/// filter and count 100,000 listings in a few milliseconds. Built from the category list and needs as
/// they are when the facts are loaded; options past 64 bits fall back to slower checks.
/// </summary>
public sealed class FacetLayout
{
    private readonly Dictionary<(int Group, string Value), int> _bits = [];

    public FacetLayout(CategoryTree categories, IReadOnlyList<Need> needs)
    {
        Categories = categories;
        Needs = needs;
        var next = 0;
        void Add(int group, string value) { if (next < 64) _bits[(group, value)] = next++; }
        foreach (var c in categories.TopLevel) Add(FacetGroups.Category, c.Slug);
        foreach (var n in needs) Add(FacetGroups.Need, n.Code);
        foreach (var b in AgeBand.Bands) Add(FacetGroups.Age, b.Key);
        Add(FacetGroups.Free, "true");
        foreach (var m in Enum.GetValues<DeliveryMode>()) Add(FacetGroups.Delivery, FacetGroups.Slug(m));
        foreach (var d in FacetGroups.DayOptions) Add(FacetGroups.Day, d.Value);
        foreach (var l in Enum.GetValues<ServiceLevel>()) Add(FacetGroups.Level, FacetGroups.Slug(l));
    }

    public CategoryTree Categories { get; }
    public IReadOnlyList<Need> Needs { get; }

    /// <summary>The bit of an option, or -1 when it has none.</summary>
    public int Bit(int group, string value) => _bits.GetValueOrDefault((group, value), -1);

    /// <summary>The options a listing has, as bits.</summary>
    public ulong OptionsOf(IReadOnlySet<Guid> categories, IReadOnlySet<string> needs, AgeRange ages, bool free,
        IReadOnlySet<DeliveryMode> delivery, DaysOpen days, ServiceLevel level)
    {
        ulong bits = 0;
        void Set(int group, string value) { var b = Bit(group, value); if (b >= 0) bits |= 1UL << b; }
        foreach (var c in Categories.TopLevel) if (categories.Contains(c.Id)) Set(FacetGroups.Category, c.Slug);
        foreach (var n in needs) Set(FacetGroups.Need, n);
        foreach (var band in AgeBand.Bands) if (ages.Overlaps(band.Range)) Set(FacetGroups.Age, band.Key);
        if (free) Set(FacetGroups.Free, "true");
        foreach (var m in delivery) Set(FacetGroups.Delivery, FacetGroups.Slug(m));
        foreach (var d in FacetGroups.DayOptions) if (days.HasFlag(d.Days)) Set(FacetGroups.Day, d.Value);
        Set(FacetGroups.Level, FacetGroups.Slug(level));
        return bits;
    }

    public static IEnumerable<int> BitsOf(ulong value)
    {
        while (value != 0)
        {
            yield return BitOperations.TrailingZeroCount(value);
            value &= value - 1;
        }
    }
}

public static class FacetGroups
{
    public const int Category = 0, Need = 1, Age = 2, Free = 3, Delivery = 4, Day = 5, Level = 6, Count = 7;
    public static readonly string[] Names = ["category", "need", "age", "free", "delivery", "day", "level"];

    public static readonly (string Value, string Label, DaysOpen Days)[] DayOptions =
    [
        ("weekday", "Monday to Friday", DaysOpen.Weekday), ("saturday", "Saturday", DaysOpen.Saturday), ("sunday", "Sunday", DaysOpen.Sunday),
    ];

    public static string Slug(DeliveryMode mode) => mode switch
    {
        DeliveryMode.InPerson => "in-person", DeliveryMode.HomeVisit => "home-visit", _ => mode.ToString().ToLowerInvariant(),
    };

    public static string Slug(ServiceLevel level) => level.ToString().ToLowerInvariant();
}
