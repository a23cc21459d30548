using LocalOffer.Web.Features.Languages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>Plain-English wording for listing fields, shared by the results and the service page.</summary>
public static class ListingText
{
    /// <summary>Where a service happens, in a few words: the towns of its venues, or how it reaches people.</summary>
    public static string Where(Listing listing) => Where(Place(listing), EnglishText.Instance);

    /// <summary>Where a service happens, in the visitor's language (town names and the provider's area as written).</summary>
    public static string Where(Listing listing, IStringLocalizer text) => Where(Place(listing), text);

    public static string Where(PlaceSummary place, IStringLocalizer text)
    {
        var ways = new List<string>();
        if (place.Towns.Count > 0)
        {
            var towns = string.Join(", ", place.Towns);
            ways.Add(place.MoreTowns ? text["{0} and other places", towns] : towns);
        }
        if (place.Online) ways.Add(LowerFirst(text["Online"]));
        if (place.Phone && place.Towns.Count == 0) ways.Add(LowerFirst(text["By phone"]));
        if (place.HomeVisit) ways.Add(text["at home"]);
        if (ways.Count == 0) ways.Add(place.AreaCovered ?? text["Across the area"]);
        var where = string.Join(", ", ways);
        return char.ToUpperInvariant(where[0]) + where[1..];
    }

    /// <summary>"Online" as it reads inside a list ("Bath, online"); the delivery mode's own name is the key.</summary>
    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.CurrentCulture) + text[1..];

    /// <summary>What <see cref="Where(Listing)"/> needs, small enough to keep in memory for every listing in search results.</summary>
    public static PlaceSummary Place(Listing listing)
    {
        // An imported venue may have no town: it is left out here rather than named as nothing.
        var towns = listing.Locations.Select(l => l.Town).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        return new PlaceSummary(towns.Take(3).ToArray(), towns.Count > 3,
            listing.DeliveryModes.Contains(DeliveryMode.Online), listing.DeliveryModes.Contains(DeliveryMode.Phone),
            listing.DeliveryModes.Contains(DeliveryMode.HomeVisit), listing.AreaCovered);
    }

    public static string Describe(DeliveryMode mode) => mode switch
    {
        DeliveryMode.InPerson => "In person",
        DeliveryMode.Online => "Online",
        DeliveryMode.Phone => "By phone",
        DeliveryMode.HomeVisit => "Home visits",
        _ => mode.ToString(),
    };

    public static string Describe(AccessRoute route) => route switch
    {
        AccessRoute.SelfReferral => "You can contact them yourself (self-referral)",
        AccessRoute.ProfessionalReferral => "A professional, such as a teacher, health visitor or social worker, needs to refer you",
        AccessRoute.GpReferral => "Your GP needs to refer you",
        AccessRoute.Application => "You need to apply",
        _ => route.ToString(),
    };

    public static string Describe(ServiceLevel level) => level switch
    {
        ServiceLevel.Universal => "Open to all children and young people (universal)",
        ServiceLevel.Targeted => "For children and young people who need some extra help (targeted)",
        ServiceLevel.Specialist => "For children and young people with a high level of need (specialist)",
        _ => level.ToString(),
    };

    public static string Describe(EhcPlanRequirement plan) => plan switch
    {
        EhcPlanRequirement.NotNeeded => "No, you do not need an EHC plan",
        EhcPlanRequirement.SenSupport => "No, but the child or young person should be getting SEN support",
        EhcPlanRequirement.EhcPlan => "Yes, you need an Education, Health and Care (EHC) plan",
        _ => plan.ToString(),
    };

    public static string Describe(Reach reach) => reach switch
    {
        Reach.InArea => "In our area",
        Reach.Neighbouring => "In a neighbouring area",
        Reach.RegionalNational => "Regional or national",
        _ => reach.ToString(),
    };

    public static string Describe(VenueFeature feature) => feature switch
    {
        VenueFeature.StepFree => "Step-free access",
        VenueFeature.HearingLoop => "Hearing loop",
        VenueFeature.AccessibleToilet => "Accessible toilet",
        VenueFeature.ChangingPlaces => "Changing Places toilet",
        VenueFeature.QuietSpace => "Quiet space",
        VenueFeature.Parking => "Parking",
        _ => feature.ToString(),
    };

    public static string Question(string key) => key switch
    {
        "how-helps" => "How does the service help children and young people with SEND?",
        "staff-training" => "What training do staff have?",
        "parents-involved" => "How are parents, carers and young people involved?",
        "progress-shared" => "How will we know how things are going?",
        "moving-on" => "How do you help with moving on to the next stage?",
        _ => key,
    };

    public static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string DayName(DayOfWeek day) => day.ToString();

    /// <summary>A day's name in a language: "Monday", "Dydd Llun".</summary>
    public static string DayName(DayOfWeek day, System.Globalization.CultureInfo culture) => culture.DateTimeFormat.GetDayName(day);

    /// <summary>
    /// The address only if it is an absolute http or https web address; anything else (a
    /// <c>javascript:</c> or <c>data:</c> address typed by mistake or on purpose) is never made a link.
    /// </summary>
    public static string? WebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}

/// <summary>Where a listing happens, as search results show it: up to three towns, and the ways it reaches people.</summary>
public sealed record PlaceSummary(IReadOnlyList<string> Towns, bool MoreTowns, bool Online, bool Phone, bool HomeVisit, string? AreaCovered);

/// <summary>Which page numbers to show: first, last, and the current page with its neighbours (GOV.UK pagination).</summary>
public static class Pagination
{
    public static IEnumerable<int?> Numbers(int current, int count)
    {
        int? previous = null;
        for (var n = 1; n <= count; n++)
        {
            if (n == 1 || n == count || Math.Abs(n - current) <= 1)
            {
                if (previous is not null && n - previous > 1) yield return null;
                yield return n;
                previous = n;
            }
        }
    }
}
