using Microsoft.EntityFrameworkCore;
namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// One service in the Local Offer, as a family sees it once an officer has published it.
/// Field names follow Open Referral UK 3.0 (service) where one fits.
/// </summary>
public sealed class Listing
{
    public Guid Id { get; set; }

    /// <summary>The page address, <c>/services/{slug}</c>: set once and never changed.</summary>
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Summary { get; set; }
    public required string Description { get; set; }

    public Guid ProviderId { get; set; }
    public Provider Provider { get; set; } = null!;

    public ListingStatus Status { get; set; } = ListingStatus.Draft;
    public ServiceLevel Level { get; set; } = ServiceLevel.Universal;

    /// <summary>Youngest age served, in whole years; null means no lower limit.</summary>
    public int? MinimumAge { get; set; }
    /// <summary>Oldest age served, in whole years; null means no upper limit.</summary>
    public int? MaximumAge { get; set; }
    public AgeRange Ages => new(MinimumAge, MaximumAge);

    public string Eligibility { get; set; } = "";
    public EhcPlanRequirement EhcPlan { get; set; } = EhcPlanRequirement.NotNeeded;
    public List<AccessRoute> AccessRoutes { get; set; } = [];
    public string HowToAccess { get; set; } = "";

    public bool IsFree { get; set; }
    /// <summary>Open Referral's <c>fees</c>: the cost in the provider's words.</summary>
    public string? Fees { get; set; }
    public List<CostOption> CostOptions { get; set; } = [];

    public List<DeliveryMode> DeliveryModes { get; set; } = [];
    public Reach Reach { get; set; } = Reach.InArea;
    /// <summary>Delivered across the whole council area (or online, or at home) rather than at a venue.</summary>
    public bool AreaWide { get; set; }
    public string? AreaCovered { get; set; }

    public List<Location> Locations { get; set; } = [];
    public List<OpeningTime> OpeningTimes { get; set; } = [];
    public string? OpeningNotes { get; set; }
    public List<Contact> Contacts { get; set; } = [];
    public string? Website { get; set; }
    public string? Email { get; set; }

    public List<string> Languages { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public List<LocalOfferAnswer> LocalOfferAnswers { get; set; } = [];

    public string? SenInformationReportUrl { get; set; }
    public string? SenContactName { get; set; }
    public bool PersonalBudget { get; set; }

    public List<Category> Categories { get; set; } = [];
    public List<Need> Needs { get; set; } = [];

    /// <summary>When the provider or an officer last confirmed the listing is right (Open Referral's <c>assured_date</c>).</summary>
    public DateOnly LastChecked { get; set; }
    public DateOnly ReviewBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IEnumerable<Contact> PublicContacts => Contacts.Where(c => !c.IsHidden);
}

public enum ListingStatus { Draft, Pending, Published, Archived }

public enum ServiceLevel { Universal, Targeted, Specialist }

public enum EhcPlanRequirement { NotNeeded, SenSupport, EhcPlan }

public enum AccessRoute { SelfReferral, ProfessionalReferral, GpReferral, Application }

public enum DeliveryMode { InPerson, Online, Phone, HomeVisit }

public enum Reach { InArea, Neighbouring, RegionalNational }

public enum VenueFeature { StepFree, HearingLoop, AccessibleToilet, ChangingPlaces, QuietSpace, Parking }

/// <summary>An organisation that runs services: a school, an NHS team, a charity, a club.</summary>
public sealed class Provider
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    /// <summary>A provider's own registration waits for an officer before anything of theirs can go live.</summary>
    public OrganisationStatus Status { get; set; } = OrganisationStatus.Approved;
    public DateTimeOffset CreatedAt { get; set; }
    public List<Listing> Listings { get; set; } = [];
    public List<Accounts.Account> Members { get; set; } = [];
}

public enum OrganisationStatus { Pending, Approved }

/// <summary>A place a service is delivered (Open Referral's location with its physical address).</summary>
public sealed class Location
{
    public Guid Id { get; set; }
    public Guid ListingId { get; set; }
    /// <summary>Where the venue comes in the listing's list: the order the provider gave them in.</summary>
    public int Position { get; set; }
    public string? Name { get; set; }
    public string? Address1 { get; set; }
    public required string Town { get; set; }
    public required string Postcode { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    /// <summary>Show only the town and postcode district, never the street (a childminder's home, say).</summary>
    public bool ShowAreaOnly { get; set; }
    public List<VenueFeature> Accessibility { get; set; } = [];
    public string? AccessibilityNotes { get; set; }

    public PublicAddress PublicAddress => PublicAddress.For(this);
}

public sealed class Contact
{
    public Guid Id { get; set; }
    public Guid ListingId { get; set; }
    /// <summary>Where the contact comes in the listing's list: the order the provider gave them in.</summary>
    public int Position { get; set; }
    public string? Name { get; set; }
    public string? Title { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    /// <summary>Kept for officers, never shown to the public.</summary>
    public bool IsHidden { get; set; }
}

/// <summary>Simple weekly hours (Open Referral's schedule with <c>freq=WEEKLY</c> and one <c>byday</c>).</summary>
public sealed class OpeningTime
{
    public Guid Id { get; set; }
    public Guid ListingId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly Opens { get; set; }
    public TimeOnly Closes { get; set; }
}

public sealed class CostOption
{
    public required string Option { get; set; }
    public decimal? Amount { get; set; }
}

public sealed class LocalOfferAnswer
{
    public required string Question { get; set; }
    public required string Answer { get; set; }
}

/// <summary>Loading a listing's venues and contacts in the order the provider gave them.</summary>
public static class ListingLists
{
    public static IQueryable<Listing> IncludeVenues(this IQueryable<Listing> listings) =>
        listings.Include(l => l.Locations.OrderBy(v => v.Position).ThenBy(v => v.Id));

    public static IQueryable<Listing> IncludeContacts(this IQueryable<Listing> listings) =>
        listings.Include(l => l.Contacts.OrderBy(c => c.Position).ThenBy(c => c.Id));
}
