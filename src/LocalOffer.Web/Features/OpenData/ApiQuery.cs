using System.Globalization;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.AspNetCore.Http;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// The Open Referral UK query parameters of a list request, checked. Every value is read as text and
/// checked here, so a wrong one gets a 400 naming the parameter rather than a framework binding error.
/// Parameters a request does not know are ignored, as the profile expects.
/// </summary>
public sealed record ApiQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 500;

    public static readonly string[] PagingParameters = ["page", "per_page"];
    public static readonly string[] ServiceParameters =
        ["search", "page", "per_page", "taxonomy_term_id", "taxonomy_id", "minimum_age", "maximum_age", "day", "start_time", "end_time", "modified_after"];
    public static readonly string[] ServiceAtLocationParameters = [.. ServiceParameters, "postcode", "proximity"];
    public static readonly string[] TaxonomyTermParameters = ["page", "per_page", "taxonomy_id"];

    public int Page { get; init; } = 1;
    public int PerPage { get; init; } = DefaultPerPage;
    public string? Search { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public Guid? TaxonomyId { get; init; }
    public decimal? MinimumAge { get; init; }
    public decimal? MaximumAge { get; init; }
    public DayOfWeek? Day { get; init; }
    public TimeOnly? StartTime { get; init; }
    public TimeOnly? EndTime { get; init; }
    public DateTimeOffset? ModifiedAfter { get; init; }
    public UkPostcode? Postcode { get; init; }
    public int? ProximityMetres { get; init; }

    public bool FiltersBySchedule => Day is not null || StartTime is not null || EndTime is not null;

    /// <summary>The query, or the first problem with it (parameter name and what is wrong).</summary>
    public static (ApiQuery? Query, string? Problem) Parse(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        string? Text(string name) =>
            allowed.Contains(name) && query.TryGetValue(name, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

        var result = new ApiQuery();
        if (Text("page") is { } page)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1)
                return (null, "page must be a whole number, 1 or more.");
            result = result with { Page = p };
        }
        if (Text("per_page") is { } perPage)
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
                return (null, $"per_page must be a whole number from 1 to {MaxPerPage}.");
            result = result with { PerPage = Math.Min(n, MaxPerPage) };
        }
        result = result with { Search = Text("search") };
        foreach (var (name, set) in new (string, Func<ApiQuery, Guid, ApiQuery>)[]
        {
            ("taxonomy_term_id", (q, id) => q with { TaxonomyTermId = id }),
            ("taxonomy_id", (q, id) => q with { TaxonomyId = id }),
        })
        {
            if (Text(name) is not { } text) continue;
            if (!Guid.TryParse(text, out var id)) return (null, $"{name} must be a UUID.");
            result = set(result, id);
        }
        foreach (var (name, set) in new (string, Func<ApiQuery, decimal, ApiQuery>)[]
        {
            ("minimum_age", (q, age) => q with { MinimumAge = age }),
            ("maximum_age", (q, age) => q with { MaximumAge = age }),
        })
        {
            if (Text(name) is not { } text) continue;
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) || age > 200)
                return (null, $"{name} must be an age in years, such as 5.");
            result = set(result, age);
        }
        if (Text("day") is { } day)
        {
            if (ParseDay(day) is not { } d) return (null, "day must be a day of the week: MO, TU, WE, TH, FR, SA or SU (or its name, such as Monday).");
            result = result with { Day = d };
        }
        foreach (var (name, set) in new (string, Func<ApiQuery, TimeOnly, ApiQuery>)[]
        {
            ("start_time", (q, t) => q with { StartTime = t }),
            ("end_time", (q, t) => q with { EndTime = t }),
        })
        {
            if (Text(name) is not { } text) continue;
            if (!TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                return (null, $"{name} must be a time of day, such as 09:30.");
            result = set(result, t);
        }
        if (Text("modified_after") is { } modified)
        {
            if (!DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
                return (null, "modified_after must be a date or date and time, such as 2026-09-01 or 2026-09-01T09:00:00Z.");
            result = result with { ModifiedAfter = when };
        }
        if (Text("postcode") is { } postcode)
        {
            if (!UkPostcode.TryParse(postcode, out var parsed)) return (null, "postcode must be a UK postcode, such as BA2 3EP, or the first part of one, such as BA2.");
            result = result with { Postcode = parsed };
        }
        if (Text("proximity") is { } proximity)
        {
            if (!decimal.TryParse(proximity, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var metres) || metres <= 0 || metres > 1_000_000)
                return (null, "proximity must be a distance in metres, more than 0 and at most 1000000.");
            if (result.Postcode is null) return (null, "proximity needs a postcode to measure from.");
            result = result with { ProximityMetres = (int)Math.Ceiling(metres) };
        }
        return (result, null);
    }

    private static DayOfWeek? ParseDay(string text)
    {
        var index = Array.IndexOf(ServiceRecords.Days, text.ToUpperInvariant());
        if (index >= 0) return (DayOfWeek)index;
        return Enum.TryParse<DayOfWeek>(text, ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(text, out _) ? day : null;
    }
}
