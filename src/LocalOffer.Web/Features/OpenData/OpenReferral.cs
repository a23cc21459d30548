using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

// Open Referral UK 3.0 records, as the API serves them, the export writes them and the import reads them.
// Property names become snake_case (organization_id, minimum_age) through the serializer options below.
// The UK profile leaves out some fields of the international HSDS 3.0 standard that families need
// (a contact's email and phones, a language's name, eligibility, how to apply); they are added here under
// their HSDS 3.0 names, which the profile's schemas allow. What only a Local Offer has (its summary,
// keywords, delivery modes, the SEND questions) travels in one clearly named local extension, x_local_offer.
namespace LocalOffer.Web.Features.OpenData.OpenReferral;

public static class OpenReferralJson
{
    public const string Version = "3.0";
    public const string ProfileUrl = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        // £ and Welsh letters as themselves; < > & still escaped, so the JSON is safe to embed anywhere.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}

public sealed record Service
{
    public Guid Id { get; init; }
    public Guid? OrganizationId { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public string? Url { get; init; }
    public string? Email { get; init; }
    /// <summary>active, inactive, defunct or temporarily closed.</summary>
    public string Status { get; init; } = "active";
    public string? Fees { get; init; }
    public string? FeesDescription { get; init; }
    public string? Accreditations { get; init; }
    public string? EligibilityDescription { get; init; }
    public string? ApplicationProcess { get; init; }
    public decimal? MinimumAge { get; init; }
    public decimal? MaximumAge { get; init; }
    public string? AssuredDate { get; init; }
    public string? AssurerEmail { get; init; }
    public string? Alert { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public List<Schedule>? Schedules { get; init; }
    public List<ServiceArea>? ServiceAreas { get; init; }
    public List<ServiceAtLocation>? ServiceAtLocations { get; init; }
    public List<Language>? Languages { get; init; }
    public Organization? Organization { get; init; }
    public List<Funding>? Funding { get; init; }
    public List<CostOption>? CostOptions { get; init; }
    public List<Contact>? Contacts { get; init; }
    public List<Phone>? Phones { get; init; }
    public List<Attribute>? Attributes { get; init; }
    [JsonPropertyName("x_local_offer")]
    public LocalOfferDetails? LocalOffer { get; init; }
}

/// <summary>The local extension: what a SEND Local Offer listing holds that Open Referral has no field for.</summary>
public sealed record LocalOfferDetails
{
    /// <summary>The service page's address on this site, <c>/services/{slug}</c>.</summary>
    public string? Slug { get; init; }
    public string? PageUrl { get; init; }
    public string? Summary { get; init; }
    public List<string>? Keywords { get; init; }
    /// <summary>universal, targeted or specialist.</summary>
    public string? Level { get; init; }
    /// <summary>not-needed, sen-support or ehc-plan.</summary>
    public string? EhcPlan { get; init; }
    /// <summary>self-referral, professional-referral, gp-referral, application.</summary>
    public List<string>? AccessRoutes { get; init; }
    /// <summary>in-person, online, phone, home-visit.</summary>
    public List<string>? Delivery { get; init; }
    /// <summary>in-area, neighbouring or regional-national.</summary>
    public string? Reach { get; init; }
    /// <summary>Delivered across the whole area (or online, or at home) rather than at a venue people travel to.</summary>
    public bool? AreaWide { get; init; }
    public bool? Free { get; init; }
    public string? OpeningNotes { get; init; }
    public List<LocalOfferAnswer>? Answers { get; init; }
    public string? SenInformationReportUrl { get; init; }
    public string? SenContactName { get; init; }
    public bool? PersonalBudget { get; init; }
}

public sealed record LocalOfferAnswer(string Question, string Answer);

public sealed record Organization
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string? Email { get; init; }
    public string? Website { get; init; }
    public string? Logo { get; init; }
    public string? Uri { get; init; }
    public Guid? ParentOrganizationId { get; init; }
    public List<Phone>? Phones { get; init; }
    public List<Attribute>? Attributes { get; init; }
    /// <summary>Only in an organization's full form.</summary>
    public List<Service>? Services { get; init; }
}

public sealed record ServiceAtLocation
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? LocationId { get; init; }
    public Location? Location { get; init; }
    /// <summary>Only in the service-at-location forms (a service's own list leaves it out).</summary>
    public Service? Service { get; init; }
    /// <summary>Local extension: metres from the postcode asked about, when one was.</summary>
    [JsonPropertyName("x_distance_metres")]
    public int? DistanceMetres { get; init; }
}

public sealed record Location
{
    public Guid Id { get; init; }
    /// <summary>physical, postal or virtual.</summary>
    public string LocationType { get; init; } = "physical";
    public string? Name { get; init; }
    public string? Description { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public string? ExternalIdentifier { get; init; }
    public string? ExternalIdentifierType { get; init; }
    public List<Address>? Addresses { get; init; }
    public List<Accessibility>? Accessibility { get; init; }
    public List<Attribute>? Attributes { get; init; }
    /// <summary>Local extension: only the town and postcode district are given (a childminder's home, say).</summary>
    [JsonPropertyName("x_show_area_only")]
    public bool? ShowAreaOnly { get; init; }
}

public sealed record Address
{
    public Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Attention { get; init; }
    [JsonPropertyName("address_1")]
    public string Address1 { get; init; } = "";
    public string City { get; init; } = "";
    public string? Region { get; init; }
    public string StateProvince { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string Country { get; init; } = "GB";
    /// <summary>physical, postal or virtual.</summary>
    public string AddressType { get; init; } = "physical";
}

public sealed record Accessibility
{
    public Guid Id { get; init; }
    public Guid? LocationId { get; init; }
    public string? Description { get; init; }
    public string? Details { get; init; }
    public string? Url { get; init; }
    /// <summary>Local extension: the site's code for the feature (step-free, hearing-loop...), when it is one of them.</summary>
    [JsonPropertyName("x_feature")]
    public string? Feature { get; init; }
}

public sealed record Schedule
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? ServiceAtLocationId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Dtstart { get; init; }
    public string? Freq { get; init; }
    public decimal? Interval { get; init; }
    /// <summary>iCalendar days, comma separated: MO,TU.</summary>
    public string? Byday { get; init; }
    public string? Bymonthday { get; init; }
    public string? Description { get; init; }
    public string? OpensAt { get; init; }
    public string? ClosesAt { get; init; }
    public string? ScheduleLink { get; init; }
    public string? AttendingType { get; init; }
    public string? Notes { get; init; }
}

public sealed record ServiceArea
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
    [JsonPropertyName("service_area")]
    public string? Area { get; init; }
}

public sealed record Language
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? PhoneId { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
    public string? Note { get; init; }
}

public sealed record Funding
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Source { get; init; }
}

public sealed record CostOption
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? ValidFrom { get; init; }
    public string? ValidTo { get; init; }
    public string? Option { get; init; }
    public string? Currency { get; init; }
    public decimal? Amount { get; init; }
    public string? AmountDescription { get; init; }
}

public sealed record Contact
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Email { get; init; }
    public List<Phone>? Phones { get; init; }
    /// <summary>Local extension: kept for officers, never shown to the public. Only a complete export (for a council moving its data) holds such contacts.</summary>
    [JsonPropertyName("x_hidden")]
    public bool? Hidden { get; init; }
}

public sealed record Phone
{
    public Guid Id { get; init; }
    public Guid? ServiceId { get; init; }
    public Guid? ContactId { get; init; }
    public Guid? OrganizationId { get; init; }
    public string Number { get; init; } = "";
    public string? Description { get; init; }
}

public sealed record Attribute
{
    public Guid Id { get; init; }
    public Guid? LinkId { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
    public string? LinkEntity { get; init; }
    public string? Value { get; init; }
    public TaxonomyTerm? TaxonomyTerm { get; init; }
}

public sealed record TaxonomyTerm
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public Guid? ParentId { get; init; }
    public string? Taxonomy { get; init; }
    public Guid? TaxonomyId { get; init; }
    public string? TermUri { get; init; }
    public string? Term { get; init; }
    public string? Code { get; init; }
}

public sealed record Taxonomy
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string? Uri { get; init; }
    public string? Version { get; init; }
    public List<TaxonomyTerm>? TaxonomyTerms { get; init; }
}

/// <summary>One page of a list, with the profile's paging fields.</summary>
public sealed record Page<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents)
{
    public static Page<T> Of(IReadOnlyList<T> pageItems, int totalItems, int pageNumber, int perPage)
    {
        var totalPages = (int)Math.Ceiling(totalItems / (double)perPage);
        return new(totalItems, totalPages, pageNumber, pageItems.Count, pageNumber == 1, pageNumber >= totalPages, pageItems.Count == 0, pageItems);
    }
}
