using System.Globalization;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Catalogue;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// What goes out. <see cref="Public"/> is what anyone may see: hidden contacts left out, a "show area only"
/// venue reduced to its town and postcode district with no coordinates. <see cref="Complete"/> keeps
/// everything, for a council moving its own data to another system (the export command's <c>--complete</c>).
/// </summary>
public sealed record RecordScope(string PublicUrl, string CouncilName, bool IncludePrivate)
{
    public static RecordScope Public(string publicUrl, string councilName) => new(publicUrl.TrimEnd('/'), councilName, false);
    public static RecordScope Complete(string publicUrl, string councilName) => new(publicUrl.TrimEnd('/'), councilName, true);
}

/// <summary>
/// A published listing as Open Referral UK 3.0 records. Ids: the listing's, its organisation's, its venues'
/// and its contacts' ids are stored and kept for ever; the rest (schedules, costs, addresses, phones...)
/// have no identity of their own on this site and get name-based UUIDs from the listing's id and what they
/// hold, so the same data always gives the same ids.
/// </summary>
public static partial class ServiceRecords
{
    public static Guid ServiceAtLocationId(Guid locationId) => StableId.From("service-at-location", locationId.ToString());

    internal static Guid Child(string kind, Guid owner, string what) => StableId.From(kind, $"{owner}:{what}");

    /// <summary>"SelfReferral" as the data format writes it: "self-referral".</summary>
    public static string Code(Enum value) => Words().Replace(value.ToString(), "-$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();

    /// <summary>The fully nested service, as <c>/services/{id}</c> serves it.</summary>
    public static Or.Service Full(Listing listing, OpenReferralTaxonomies taxonomies, RecordScope scope)
    {
        var id = listing.Id;
        // Contacts and venues in the order the provider gave them (ids break ties in rows kept before that order was).
        var contacts = (scope.IncludePrivate ? listing.Contacts : listing.PublicContacts).OrderBy(c => c.Position).ThenBy(c => c.Id).ToList();
        return Summary(listing, scope) with
        {
            Schedules = listing.OpeningTimes.OrderBy(t => ((int)t.Day + 6) % 7).ThenBy(t => t.Opens).Select(t => Schedule(id, t)).ToList(),
            ServiceAreas = AreaName(listing, scope) is { } area
                ? [new Or.ServiceArea { Id = Child("service-area", id, area), ServiceId = id, Name = area, Area = area }]
                : [],
            ServiceAtLocations = listing.Locations.OrderBy(l => l.Position).ThenBy(l => l.Id).Select(l => new Or.ServiceAtLocation
            {
                Id = ServiceAtLocationId(l.Id), ServiceId = id, LocationId = l.Id, Location = Location(l, scope),
            }).ToList(),
            Languages = listing.Languages.Select(name => new Or.Language { Id = Child("language", id, name), ServiceId = id, Name = name, Code = LanguageCode(name) }).ToList(),
            Organization = Organization(listing.Provider),
            Funding = [],
            CostOptions = listing.CostOptions.Select((o, i) => new Or.CostOption
            {
                Id = Child("cost-option", id, $"{i}:{o.Option}:{o.Amount}"), ServiceId = id, Option = o.Option, Amount = o.Amount,
                Currency = o.Amount is null ? null : "GBP",
            }).ToList(),
            Contacts = contacts.Select(c => new Or.Contact
            {
                Id = c.Id, ServiceId = id, Name = c.Name, Title = c.Title, Email = c.Email,
                Phones = string.IsNullOrWhiteSpace(c.Phone) ? [] : [new Or.Phone { Id = Child("phone", c.Id, "contact"), ContactId = c.Id, Number = c.Phone }],
                Hidden = c.IsHidden ? true : null,
            }).ToList(),
            // In a fixed order: databases return a listing's categories and needs in no particular order.
            Attributes = listing.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Id)
                .Concat(listing.Needs.OrderBy(n => n.SortOrder).ThenBy(n => n.Code, StringComparer.Ordinal).Select(n => OpenReferralTaxonomies.NeedTermId(n.Code)))
                .Select(termId => taxonomies.Term(termId)).OfType<Or.TaxonomyTerm>()
                .Select(term => new Or.Attribute
                {
                    Id = Child("attribute", id, term.Id.ToString()), LinkId = id, LinkType = "service", LinkEntity = "service",
                    TaxonomyTermId = term.Id, TaxonomyTerm = term,
                }).ToList(),
            LocalOffer = Details(listing, scope, full: true),
        };
    }

    /// <summary>The service's one-to-one fields and its organisation: the form lists use.</summary>
    public static Or.Service Summary(Listing listing, RecordScope scope) => new()
    {
        Id = listing.Id,
        OrganizationId = listing.ProviderId,
        Name = listing.Name,
        Description = listing.Description,
        Url = ListingText.WebAddress(listing.Website),
        Email = NullIfBlank(listing.Email),
        Status = listing.Status == ListingStatus.Published ? "active" : "inactive",
        Fees = NullIfBlank(listing.Fees) ?? (listing.IsFree ? FreeText : null),
        EligibilityDescription = NullIfBlank(listing.Eligibility),
        ApplicationProcess = NullIfBlank(listing.HowToAccess),
        MinimumAge = listing.MinimumAge,
        MaximumAge = listing.MaximumAge,
        AssuredDate = listing.LastChecked.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LastModified = listing.UpdatedAt,
        Organization = Organization(listing.Provider),
        LocalOffer = Details(listing, scope, full: false),
    };

    public static Or.Organization Organization(Provider provider, IReadOnlyList<Or.Service>? services = null) => new()
    {
        Id = provider.Id,
        Name = provider.Name,
        Description = provider.Description ?? "",
        Email = NullIfBlank(provider.Email),
        Website = ListingText.WebAddress(provider.Website),
        Phones = string.IsNullOrWhiteSpace(provider.Phone) ? null : [new Or.Phone { Id = Child("phone", provider.Id, "organization"), OrganizationId = provider.Id, Number = provider.Phone }],
        Services = services?.ToList(),
    };

    public static Or.ServiceAtLocation AtLocation(Listing listing, Location location, RecordScope scope, Or.Service service, int? distanceMetres = null) => new()
    {
        Id = ServiceAtLocationId(location.Id),
        ServiceId = listing.Id,
        LocationId = location.Id,
        Location = Location(location, scope),
        Service = service,
        DistanceMetres = distanceMetres,
    };

    public static Or.Location Location(Location location, RecordScope scope)
    {
        var masked = location.ShowAreaOnly && !scope.IncludePrivate;
        var address = masked ? location.PublicAddress : new PublicAddress(location.Name, location.Address1, location.Town, location.Postcode, false);
        // (0, 0) is in the Atlantic: it is how a venue whose place was never found is stored, never a real venue here.
        var placed = !masked && (location.Latitude != 0 || location.Longitude != 0);
        return new Or.Location
        {
            Id = location.Id,
            LocationType = "physical",
            Name = address.Name,
            Latitude = placed ? location.Latitude : null,
            Longitude = placed ? location.Longitude : null,
            Addresses =
            [
                new Or.Address
                {
                    Id = Child("address", location.Id, "physical"), LocationId = location.Id,
                    Address1 = address.Street ?? "", City = address.Town, StateProvince = "", PostalCode = address.Postcode, Country = "GB", AddressType = "physical",
                },
            ],
            Accessibility = location.Accessibility.Select(f => new Or.Accessibility
            {
                Id = Child("accessibility", location.Id, Code(f)), LocationId = location.Id, Description = ListingText.Describe(f), Feature = Code(f),
            }).Concat(string.IsNullOrWhiteSpace(location.AccessibilityNotes) ? [] : [new Or.Accessibility
            {
                Id = Child("accessibility", location.Id, "notes"), LocationId = location.Id, Description = location.AccessibilityNotes,
            }]).ToList(),
            ShowAreaOnly = location.ShowAreaOnly ? true : null,
        };
    }

    private static Or.Schedule Schedule(Guid serviceId, OpeningTime time)
    {
        var day = Days[(int)time.Day];
        var opens = time.Opens.ToString("HH:mm", CultureInfo.InvariantCulture);
        var closes = time.Closes.ToString("HH:mm", CultureInfo.InvariantCulture);
        return new Or.Schedule
        {
            Id = Child("schedule", serviceId, $"{day}:{opens}:{closes}"), ServiceId = serviceId,
            Freq = "WEEKLY", Interval = 1, Byday = day, OpensAt = opens, ClosesAt = closes,
            Description = $"{ListingText.DayName(time.Day)} {opens} to {closes}",
        };
    }

    /// <summary>What <c>fees</c> says of a free service whose provider wrote nothing about cost.</summary>
    public const string FreeText = "Free";

    /// <summary>iCalendar day codes, indexed by <see cref="DayOfWeek"/> (Sunday first).</summary>
    public static readonly string[] Days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

    private static string? AreaName(Listing listing, RecordScope scope) =>
        NullIfBlank(listing.AreaCovered) ?? (listing.AreaWide ? scope.CouncilName : null);

    private static Or.LocalOfferDetails Details(Listing listing, RecordScope scope, bool full) => new()
    {
        Slug = listing.Slug,
        PageUrl = $"{scope.PublicUrl}/services/{listing.Slug}",
        Summary = listing.Summary,
        Keywords = full ? listing.Keywords : null,
        Level = Code(listing.Level),
        EhcPlan = full ? Code(listing.EhcPlan) : null,
        AccessRoutes = full ? listing.AccessRoutes.Select(a => Code(a)).ToList() : null,
        Delivery = listing.DeliveryModes.Select(d => Code(d)).ToList(),
        Reach = full ? Code(listing.Reach) : null,
        AreaWide = listing.AreaWide,
        Free = listing.IsFree,
        OpeningNotes = full ? NullIfBlank(listing.OpeningNotes) : null,
        Answers = full ? listing.LocalOfferAnswers.Select(a => new Or.LocalOfferAnswer(a.Question, a.Answer)).ToList() : null,
        SenInformationReportUrl = full ? ListingText.WebAddress(listing.SenInformationReportUrl) : null,
        SenContactName = full ? NullIfBlank(listing.SenContactName) : null,
        PersonalBudget = full ? listing.PersonalBudget : null,
    };

    /// <summary>ISO 639 codes (639-3 for British Sign Language) for the languages providers most often name; others go by name alone.</summary>
    private static string? LanguageCode(string name) => name.Trim().ToLowerInvariant() switch
    {
        "english" => "en", "welsh" => "cy", "urdu" => "ur", "polish" => "pl", "punjabi" => "pa", "bengali" => "bn",
        "arabic" => "ar", "somali" => "so", "romanian" => "ro", "gujarati" => "gu", "french" => "fr", "spanish" => "es",
        "portuguese" => "pt", "chinese" => "zh", "mandarin" => "zh", "cantonese" => "zh", "turkish" => "tr", "ukrainian" => "uk",
        "british sign language" or "bsl" => "bfi",
        _ => null,
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
