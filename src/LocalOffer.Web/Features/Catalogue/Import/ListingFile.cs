using System.Text.Json.Serialization;

namespace LocalOffer.Web.Features.Catalogue.Import;

// The JSON listing format documented in docs/data-format.md: the demo catalogue is written in it,
// and a council can load its own listings in it with the import-listings command.

public sealed record ListingFileEntry
{
    public Guid Id { get; init; }
    public string Slug { get; init; } = "";
    public string Name { get; init; } = "";
    public ProviderEntry? Organization { get; init; }
    public string Summary { get; init; } = "";
    public string Description { get; init; } = "";
    public List<string> Categories { get; init; } = [];
    public List<string> Keywords { get; init; } = [];
    public string Level { get; init; } = "universal";
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public List<string> Needs { get; init; } = [];
    public string Eligibility { get; init; } = "";
    public string EhcPlan { get; init; } = "not-needed";
    public List<string> AccessRoutes { get; init; } = [];
    public string HowToAccess { get; init; } = "";
    public CostEntry? Cost { get; init; }
    public List<string> Delivery { get; init; } = [];
    public string Reach { get; init; } = "in-area";
    public bool AreaWide { get; init; }
    public string? AreaCovered { get; init; }
    public List<LocationEntry> Locations { get; init; } = [];
    public List<OpeningTimeEntry> OpeningTimes { get; init; } = [];
    public string? OpeningNotes { get; init; }
    public List<ContactEntry> Contacts { get; init; } = [];
    public string? Website { get; init; }
    public string? Email { get; init; }
    public List<string> Languages { get; init; } = [];
    public List<AnswerEntry> LocalOfferAnswers { get; init; } = [];
    public string? SenInformationReportUrl { get; init; }
    public string? SenContactName { get; init; }
    public bool PersonalBudget { get; init; }
    public DateOnly? LastChecked { get; init; }
}

/// <summary>The organisation running a service. With an <see cref="Id"/>, it is matched on that first, then on its name.</summary>
public sealed record ProviderEntry(string Name, string? Description, string? Website, string? Email, string? Phone, Guid? Id = null);

public sealed record CostEntry(bool Free, string? Fees, List<CostOptionEntry>? Options);

public sealed record CostOptionEntry(string Option, decimal? Amount);

public sealed record LocationEntry
{
    public Guid Id { get; init; }
    public string? Name { get; init; }
    public string? Address1 { get; init; }
    public string Town { get; init; } = "";
    public string Postcode { get; init; } = "";
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public bool ShowAreaOnly { get; init; }
    public List<string> Accessibility { get; init; } = [];
    public string? AccessibilityNotes { get; init; }
}

public sealed record OpeningTimeEntry(string Day, string Opens, string Closes);

public sealed record ContactEntry(Guid Id, string? Name, string? Title, string? Phone, string? Email, bool Hidden);

public sealed record AnswerEntry(string Question, string Answer);
