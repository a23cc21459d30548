using System.Globalization;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Shortlist;

/// <summary>A way to reach a service: a named person, or the service itself.</summary>
public sealed record SavedContact(string? Name, string? Phone, string? Email);

/// <summary>
/// What a family needs from a saved service to act on it: who runs it, how to get in touch, where it is,
/// what it costs and who it is for. The same contacts as the service page shows: hidden contacts never.
/// </summary>
public sealed record SavedService(
    string Slug,
    string Name,
    string Provider,
    IReadOnlyList<SavedContact> Contacts,
    string? Website,
    IReadOnlyList<string> Addresses,
    bool SomeAddressesAreaOnly,
    string? AreaCovered,
    IReadOnlyList<string> Delivery,
    string Cost,
    string? Fees,
    string Ages)
{
    public string Path => "/services/" + Slug;
    public bool HasVenue => Addresses.Count > 0;

    public static SavedService From(Listing listing, IStringLocalizer<ShortlistStrings> text)
    {
        var contacts = listing.PublicContacts
            .Where(c => !string.IsNullOrWhiteSpace(c.Phone) || !string.IsNullOrWhiteSpace(c.Email))
            .Select(c => new SavedContact(Blank(c.Name), Blank(c.Phone), Blank(c.Email)))
            .ToList();
        var website = ListingText.WebAddress(listing.Website);
        var anyContact = listing.PublicContacts.Any();
        if (!string.IsNullOrWhiteSpace(listing.Email) && contacts.All(c => c.Email != listing.Email))
            contacts.Add(new SavedContact(null, null, listing.Email));
        if (!anyContact && string.IsNullOrWhiteSpace(listing.Email) && website is null && !string.IsNullOrWhiteSpace(listing.Provider.Phone))
            contacts.Add(new SavedContact(null, listing.Provider.Phone, null));

        var addresses = listing.Locations.Select(l => l.PublicAddress).ToList();
        return new SavedService(
            listing.Slug,
            listing.Name,
            listing.Provider.Name,
            contacts,
            website,
            addresses.Select(a => string.Join(", ", a.Lines)).ToList(),
            addresses.Any(a => a.IsAreaOnly),
            Blank(listing.AreaCovered),
            listing.DeliveryModes.Select(mode => Describe(mode, text)).ToList(),
            DescribeCost(listing, text),
            listing.IsFree ? null : Blank(listing.Fees),
            DescribeAges(listing.Ages, text));
    }

    /// <summary>The ages in the visitor's language, worded as on the service page: "0 to 5 years", "From 16 years", "All ages".</summary>
    public static string DescribeAges(AgeRange ages, IStringLocalizer<ShortlistStrings> text) => (ages.Minimum, ages.Maximum) switch
    {
        (null, null) => text["All ages"],
        (null, 1) => text["Up to 1 year"],
        (null, int max) => text["Up to {0} years", max],
        (1, null) => text["From 1 year"],
        (int min, null) => text["From {0} years", min],
        (1, 1) => text["1 year"],
        (int min, int max) when min == max => text["{0} years", min],
        (int min, 1) => text["{0} to 1 year", min],
        (int min, int max) => text["{0} to {1} years", min, max],
    };

    /// <summary>The cost in a few words: "Free", "£6.50 per hour", "From £3 per session" or "There is a charge". Money stays in pounds.</summary>
    public static string DescribeCost(Listing listing, IStringLocalizer<ShortlistStrings> text)
    {
        if (listing.IsFree) return text["Free"];
        var priced = listing.CostOptions.Where(o => o.Amount is not null).ToList();
        if (priced.Count == 0) return text["There is a charge"];
        var first = $"{Money(priced[0].Amount!.Value)} {priced[0].Option.ToLowerInvariant()}".Trim();
        return priced.Count > 1 ? text["From {0}", first] : first;
    }

    private static string Money(decimal amount) =>
        amount.ToString(amount == decimal.Truncate(amount) ? "C0" : "C2", CultureInfo.GetCultureInfo("en-GB"));

    private static string Describe(DeliveryMode mode, IStringLocalizer<ShortlistStrings> text) => mode switch
    {
        DeliveryMode.InPerson => text["In person"],
        DeliveryMode.Online => text["Online"],
        DeliveryMode.Phone => text["By phone"],
        DeliveryMode.HomeVisit => text["Home visits"],
        _ => mode.ToString(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
