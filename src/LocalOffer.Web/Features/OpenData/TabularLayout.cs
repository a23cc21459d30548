using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>One column of a table: its name, its Frictionless Data type, and how a record fills it.</summary>
public sealed record TabularColumn<T>(string Name, string Type, Func<T, object?> Value, string? Format = null, string? Description = null);

/// <summary>A table of the tabular layout: the profile's resource name, its file, its columns in order.</summary>
public interface ITabularTable
{
    string Name { get; }
    string Path { get; }
    IEnumerable<(string Name, string Type, string? Format, string? Description)> Fields { get; }
}

public sealed record TabularTable<T>(string Name, string Path, IReadOnlyList<TabularColumn<T>> Columns) : ITabularTable
{
    public IEnumerable<(string Name, string Type, string? Format, string? Description)> Fields => Columns.Select(c => (c.Name, c.Type, c.Format, c.Description));
}

/// <summary>A local offer's answer to one of the SEND questions, as a row of the x_local_offer_answers table.</summary>
public sealed record AnswerRow(Guid Id, Guid ServiceId, string Question, string Answer);

/// <summary>
/// The Open Referral UK 3.0 tabular layout: one CSV file per table, named as the profile's schemas name them
/// (<c>path</c>), with each table's one-to-one fields as columns in the schemas' order. After them come the
/// few HSDS 3.0 fields the UK profile lacks and this site's data needs (a contact's email, a language's name,
/// a phone's service or organisation, eligibility and how to apply), then the local extension, whose columns all
/// start with <c>x_</c>. The Local Offer answers, which are many to a service, have a table of their own,
/// <c>x_local_offer_answers.csv</c>. Lists inside one cell (keywords, delivery modes) are separated by "; ".
/// </summary>
public static class TabularLayout
{
    public const string ListSeparator = "; ";

    private static TabularColumn<T> Id<T>(Func<T, Guid> id) => new("id", "string", x => id(x), "uuid");
    private static TabularColumn<T> Ref<T>(string name, Func<T, Guid?> id) => new(name, "string", x => id(x), "uuid");
    private static TabularColumn<T> Text<T>(string name, Func<T, string?> value, string? format = null) => new(name, "string", value, format);
    private static TabularColumn<T> Number<T>(string name, Func<T, object?> value) => new(name, "number", value);
    private static TabularColumn<T> Extension<T>(string name, string type, Func<T, object?> value, string description) => new(name, type, value, null, description);

    private static string? List(IEnumerable<string>? items) => items is null ? null : string.Join(ListSeparator, items);

    public static readonly TabularTable<Or.Organization> Organizations = new("organization", "organizations.csv",
    [
        Id<Or.Organization>(o => o.Id), Text<Or.Organization>("name", o => o.Name), Text<Or.Organization>("description", o => o.Description),
        Text<Or.Organization>("email", o => o.Email, "email"), Text<Or.Organization>("website", o => o.Website, "uri"),
        Text<Or.Organization>("logo", o => o.Logo, "uri"), Text<Or.Organization>("uri", o => o.Uri, "uri"),
        Ref<Or.Organization>("parent_organization_id", o => o.ParentOrganizationId),
    ]);

    public static readonly TabularTable<Or.Service> Services = new("service", "services.csv",
    [
        Id<Or.Service>(s => s.Id), Ref<Or.Service>("organization_id", s => s.OrganizationId), Text<Or.Service>("name", s => s.Name),
        Text<Or.Service>("description", s => s.Description), Text<Or.Service>("url", s => s.Url, "uri"), Text<Or.Service>("email", s => s.Email, "email"),
        Text<Or.Service>("status", s => s.Status), Text<Or.Service>("fees", s => s.Fees), Text<Or.Service>("accreditations", s => s.Accreditations),
        Number<Or.Service>("minimum_age", s => s.MinimumAge), Number<Or.Service>("maximum_age", s => s.MaximumAge),
        new("assured_date", "date", s => s.AssuredDate), Text<Or.Service>("assurer_email", s => s.AssurerEmail, "email"),
        Text<Or.Service>("alert", s => s.Alert), new("last_modified", "datetime", s => s.LastModified),
        Text<Or.Service>("eligibility_description", s => s.EligibilityDescription), Text<Or.Service>("application_process", s => s.ApplicationProcess),
        Extension<Or.Service>("x_local_offer_slug", "string", s => s.LocalOffer?.Slug, "The service page's address on the Local Offer: /services/{slug}."),
        Extension<Or.Service>("x_local_offer_page_url", "string", s => s.LocalOffer?.PageUrl, "The service page on the Local Offer."),
        Extension<Or.Service>("x_local_offer_summary", "string", s => s.LocalOffer?.Summary, "One or two sentences shown in search results."),
        Extension<Or.Service>("x_local_offer_keywords", "string", s => List(s.LocalOffer?.Keywords), "Words families search with, separated by \"; \"."),
        Extension<Or.Service>("x_local_offer_level", "string", s => s.LocalOffer?.Level, "universal, targeted or specialist."),
        Extension<Or.Service>("x_local_offer_ehc_plan", "string", s => s.LocalOffer?.EhcPlan, "not-needed, sen-support or ehc-plan."),
        Extension<Or.Service>("x_local_offer_access_routes", "string", s => List(s.LocalOffer?.AccessRoutes), "self-referral, professional-referral, gp-referral, application; separated by \"; \"."),
        Extension<Or.Service>("x_local_offer_delivery", "string", s => List(s.LocalOffer?.Delivery), "in-person, online, phone, home-visit; separated by \"; \"."),
        Extension<Or.Service>("x_local_offer_reach", "string", s => s.LocalOffer?.Reach, "in-area, neighbouring or regional-national."),
        Extension<Or.Service>("x_local_offer_area_wide", "boolean", s => s.LocalOffer?.AreaWide, "Delivered across the whole area (or online, or at home) rather than at a venue."),
        Extension<Or.Service>("x_local_offer_free", "boolean", s => s.LocalOffer?.Free, "Free to families."),
        Extension<Or.Service>("x_local_offer_opening_notes", "string", s => s.LocalOffer?.OpeningNotes, "Opening times in words (term time only, by appointment)."),
        Extension<Or.Service>("x_local_offer_sen_information_report_url", "string", s => s.LocalOffer?.SenInformationReportUrl, "A school's SEN information report."),
        Extension<Or.Service>("x_local_offer_sen_contact_name", "string", s => s.LocalOffer?.SenContactName, "The SENCo or SEND lead."),
        Extension<Or.Service>("x_local_offer_personal_budget", "boolean", s => s.LocalOffer?.PersonalBudget, "Can be paid for with a personal budget."),
    ]);

    public static readonly TabularTable<Or.Attribute> Attributes = new("attribute", "attribute.csv",
    [
        Id<Or.Attribute>(a => a.Id), Ref<Or.Attribute>("link_id", a => a.LinkId), Ref<Or.Attribute>("taxonomy_term_id", a => a.TaxonomyTermId),
        Text<Or.Attribute>("link_type", a => a.LinkType), Text<Or.Attribute>("link_entity", a => a.LinkEntity), Text<Or.Attribute>("value", a => a.Value),
    ]);

    public static readonly TabularTable<Or.ServiceAtLocation> ServiceAtLocations = new("service_at_location", "service_at_location.csv",
    [
        Id<Or.ServiceAtLocation>(s => s.Id), Ref<Or.ServiceAtLocation>("service_id", s => s.ServiceId), Ref<Or.ServiceAtLocation>("location_id", s => s.LocationId),
    ]);

    public static readonly TabularTable<Or.Location> Locations = new("location", "locations.csv",
    [
        Id<Or.Location>(l => l.Id), Text<Or.Location>("location_type", l => l.LocationType), Text<Or.Location>("name", l => l.Name),
        Text<Or.Location>("description", l => l.Description), Number<Or.Location>("latitude", l => l.Latitude), Number<Or.Location>("longitude", l => l.Longitude),
        Text<Or.Location>("external_identifier", l => l.ExternalIdentifier), Text<Or.Location>("external_identifier_type", l => l.ExternalIdentifierType),
        Extension<Or.Location>("x_show_area_only", "boolean", l => l.ShowAreaOnly, "Only the town and postcode district may be shown (a childminder's home, say)."),
    ]);

    public static readonly TabularTable<Or.Phone> Phones = new("phone", "phones.csv",
    [
        Id<Or.Phone>(p => p.Id), Ref<Or.Phone>("contact_id", p => p.ContactId), Text<Or.Phone>("number", p => p.Number), Text<Or.Phone>("description", p => p.Description),
        Ref<Or.Phone>("service_id", p => p.ServiceId), Ref<Or.Phone>("organization_id", p => p.OrganizationId),
    ]);

    public static readonly TabularTable<Or.Contact> Contacts = new("contact", "contacts.csv",
    [
        Id<Or.Contact>(c => c.Id), Ref<Or.Contact>("service_id", c => c.ServiceId), Text<Or.Contact>("name", c => c.Name), Text<Or.Contact>("title", c => c.Title),
        Text<Or.Contact>("email", c => c.Email, "email"),
        Extension<Or.Contact>("x_hidden", "boolean", c => c.Hidden, "Kept for the council's officers, never shown to the public: only in a complete export."),
    ]);

    public static readonly TabularTable<Or.Address> Addresses = new("address", "address.csv",
    [
        Id<Or.Address>(a => a.Id), Ref<Or.Address>("location_id", a => a.LocationId), Text<Or.Address>("attention", a => a.Attention),
        Text<Or.Address>("address_1", a => a.Address1), Text<Or.Address>("city", a => a.City), Text<Or.Address>("region", a => a.Region),
        Text<Or.Address>("state_province", a => a.StateProvince), Text<Or.Address>("postal_code", a => a.PostalCode), Text<Or.Address>("country", a => a.Country),
        Text<Or.Address>("address_type", a => a.AddressType),
    ]);

    public static readonly TabularTable<Or.Schedule> Schedules = new("schedule", "schedule.csv",
    [
        Id<Or.Schedule>(s => s.Id), Ref<Or.Schedule>("service_id", s => s.ServiceId), Ref<Or.Schedule>("service_at_location_id", s => s.ServiceAtLocationId),
        new("valid_from", "date", s => s.ValidFrom), new("valid_to", "date", s => s.ValidTo), new("dtstart", "date", s => s.Dtstart),
        Text<Or.Schedule>("freq", s => s.Freq), Number<Or.Schedule>("interval", s => s.Interval), Text<Or.Schedule>("byday", s => s.Byday),
        Text<Or.Schedule>("bymonthday", s => s.Bymonthday), Text<Or.Schedule>("description", s => s.Description),
        new("opens_at", "time", s => s.OpensAt), new("closes_at", "time", s => s.ClosesAt), Text<Or.Schedule>("schedule_link", s => s.ScheduleLink, "uri"),
        Text<Or.Schedule>("attending_type", s => s.AttendingType), Text<Or.Schedule>("notes", s => s.Notes),
    ]);

    public static readonly TabularTable<Or.Funding> Funding = new("funding", "funding.csv",
    [
        Id<Or.Funding>(f => f.Id), Ref<Or.Funding>("service_id", f => f.ServiceId), Text<Or.Funding>("source", f => f.Source),
    ]);

    public static readonly TabularTable<Or.ServiceArea> ServiceAreas = new("service_area", "service_areas.csv",
    [
        Id<Or.ServiceArea>(a => a.Id), Ref<Or.ServiceArea>("service_id", a => a.ServiceId), Text<Or.ServiceArea>("name", a => a.Name),
        Text<Or.ServiceArea>("extent", a => a.Extent), Text<Or.ServiceArea>("extent_type", a => a.ExtentType), Text<Or.ServiceArea>("uri", a => a.Uri, "uri"),
        Text<Or.ServiceArea>("service_area", a => a.Area),
    ]);

    public static readonly TabularTable<Or.Language> Languages = new("language", "languages.csv",
    [
        Id<Or.Language>(l => l.Id), Ref<Or.Language>("service_id", l => l.ServiceId), Ref<Or.Language>("phone_id", l => l.PhoneId),
        Text<Or.Language>("name", l => l.Name), Text<Or.Language>("code", l => l.Code), Text<Or.Language>("note", l => l.Note),
    ]);

    public static readonly TabularTable<Or.Accessibility> Accessibility = new("accessibility", "accessibility.csv",
    [
        Id<Or.Accessibility>(a => a.Id), Ref<Or.Accessibility>("location_id", a => a.LocationId), Text<Or.Accessibility>("description", a => a.Description),
        Text<Or.Accessibility>("details", a => a.Details), Text<Or.Accessibility>("url", a => a.Url, "uri"), Text<Or.Accessibility>("accessibility", _ => null),
        Extension<Or.Accessibility>("x_feature", "string", a => a.Feature, "step-free, hearing-loop, accessible-toilet, changing-places, quiet-space or parking."),
    ]);

    public static readonly TabularTable<Or.TaxonomyTerm> TaxonomyTerms = new("taxonomy_term", "taxonomy_terms.csv",
    [
        Id<Or.TaxonomyTerm>(t => t.Id), Text<Or.TaxonomyTerm>("name", t => t.Name), Text<Or.TaxonomyTerm>("description", t => t.Description),
        Ref<Or.TaxonomyTerm>("parent_id", t => t.ParentId), Text<Or.TaxonomyTerm>("taxonomy", t => t.Taxonomy), Ref<Or.TaxonomyTerm>("taxonomy_id", t => t.TaxonomyId),
        Text<Or.TaxonomyTerm>("term_uri", t => t.TermUri, "uri"), Text<Or.TaxonomyTerm>("term", t => t.Term), Text<Or.TaxonomyTerm>("code", t => t.Code),
    ]);

    public static readonly TabularTable<Or.CostOption> CostOptions = new("cost_option", "cost_options.csv",
    [
        Id<Or.CostOption>(c => c.Id), Ref<Or.CostOption>("service_id", c => c.ServiceId), new("valid_from", "date", c => c.ValidFrom),
        new("valid_to", "date", c => c.ValidTo), Text<Or.CostOption>("option", c => c.Option), Number<Or.CostOption>("amount", c => c.Amount),
        Text<Or.CostOption>("amount_description", c => c.AmountDescription), Text<Or.CostOption>("currency", c => c.Currency),
    ]);

    /// <summary>No organisation here has registered identifiers yet: the table is written with its header only.</summary>
    public static readonly TabularTable<Guid> OrganizationIdentifiers = new("organization_identifier", "organization_identifiers.csv",
    [
        Id<Guid>(g => g), Ref<Guid>("organization_id", _ => null), Text<Guid>("identifier_scheme", _ => null),
        Text<Guid>("identifier_type", _ => null), Text<Guid>("identifier", _ => null),
    ]);

    public static readonly TabularTable<Or.Taxonomy> Taxonomies = new("taxonomy", "taxonomies.csv",
    [
        Id<Or.Taxonomy>(t => t.Id), Text<Or.Taxonomy>("name", t => t.Name), Text<Or.Taxonomy>("description", t => t.Description),
        Text<Or.Taxonomy>("uri", t => t.Uri, "uri"), Text<Or.Taxonomy>("version", t => t.Version),
    ]);

    public static readonly TabularTable<AnswerRow> Answers = new("x_local_offer_answer", "x_local_offer_answers.csv",
    [
        Id<AnswerRow>(a => a.Id), Ref<AnswerRow>("service_id", a => a.ServiceId),
        Extension<AnswerRow>("question", "string", a => a.Question, "One of the SEND Local Offer questions."),
        Extension<AnswerRow>("answer", "string", a => a.Answer, "The service's answer."),
    ]);

    /// <summary>Every table, in the order of the profile's data package, the local extension's last.</summary>
    public static readonly IReadOnlyList<ITabularTable> All =
    [
        Organizations, Services, Attributes, ServiceAtLocations, Locations, Phones, Contacts, Addresses, Schedules, Funding, ServiceAreas,
        Languages, Accessibility, TaxonomyTerms, CostOptions, OrganizationIdentifiers, Taxonomies, Answers,
    ];
}
