using System.ComponentModel.DataAnnotations;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Languages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>
/// The Local Offer template: everything a provider tells us about one service, one section per page.
/// Saved as the provider goes (as JSON on the <see cref="Submission"/>), so a half-filled form is fine;
/// each section's rules are checked when that section is saved, and all of them before submitting.
/// </summary>
public sealed class ListingForm
{
    public AboutSection About { get; set; } = new();
    public WhoSection Who { get; set; } = new();
    public AccessSection Access { get; set; } = new();
    public CostSection Cost { get; set; } = new();
    public WhereSection Where { get; set; } = new();
    public ContactSection Contact { get; set; } = new();
    public VenueAccessibilitySection Accessibility { get; set; } = new();
    public LanguagesSection Languages { get; set; } = new();
    public LocalOfferSection LocalOffer { get; set; } = new();
    public SchoolSection School { get; set; } = new();
    public CategoriesSection Categories { get; set; } = new();
}

public sealed class AboutSection
{
    [Required(ErrorMessage = "Enter the name of the service")]
    [StringLength(120, ErrorMessage = "The name must be 120 characters or fewer")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter a short summary of the service")]
    [StringLength(300, ErrorMessage = "The summary must be 300 characters or fewer")]
    public string? Summary { get; set; }

    [Required(ErrorMessage = "Describe what the service does")]
    [StringLength(5000, ErrorMessage = "The description must be 5,000 characters or fewer")]
    public string? Description { get; set; }

    [StringLength(300, ErrorMessage = "Keywords must be 300 characters or fewer")]
    public string? Keywords { get; set; }
}

public sealed class WhoSection : IValidatableObject
{
    [Range(0, 25, ErrorMessage = "The youngest age must be a whole number from 0 to 25")]
    [Display(Name = "The youngest age")]
    public int? MinimumAge { get; set; }

    [Range(0, 25, ErrorMessage = "The oldest age must be a whole number from 0 to 25")]
    [Display(Name = "The oldest age")]
    public int? MaximumAge { get; set; }

    public List<string> Needs { get; set; } = [];

    [Required(ErrorMessage = "Select the level of need the service is for")]
    public ServiceLevel? Level { get; set; }

    [Required(ErrorMessage = "Select whether an EHC plan is needed")]
    public EhcPlanRequirement? EhcPlan { get; set; }

    [StringLength(2000, ErrorMessage = "Who can use the service must be 2,000 characters or fewer")]
    public string? Eligibility { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (MinimumAge is int min && MaximumAge is int max && max < min)
            yield return new(text["The oldest age must be the same as or more than the youngest age"], [nameof(MaximumAge)]);
    }
}

public sealed class AccessSection : IValidatableObject
{
    public List<AccessRoute> Routes { get; set; } = [];

    [StringLength(2000, ErrorMessage = "How to get the service must be 2,000 characters or fewer")]
    public string? HowToAccess { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (Routes.Count == 0) yield return new(text["Select how families can get the service"], [nameof(Routes)]);
        if (string.IsNullOrWhiteSpace(HowToAccess)) yield return new(text["Explain how to get the service, such as who to contact and any deadlines"], [nameof(HowToAccess)]);
    }
}

public sealed class CostSection : IValidatableObject
{
    [Required(ErrorMessage = "Select whether the service is free")]
    public bool? IsFree { get; set; }

    [StringLength(500, ErrorMessage = "What it costs must be 500 characters or fewer")]
    public string? Fees { get; set; }

    public bool PersonalBudget { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (IsFree == false && string.IsNullOrWhiteSpace(Fees))
            yield return new(text["Enter what the service costs, such as £5 a session"], [nameof(Fees)]);
    }
}

public sealed class WhereSection : IValidatableObject
{
    public const int VenueSlots = 3;

    public List<DeliveryMode> Delivery { get; set; } = [];

    /// <summary>Delivered across the whole council area rather than only at the venues below.</summary>
    public bool AreaWide { get; set; }

    [StringLength(200, ErrorMessage = "The area covered must be 200 characters or fewer")]
    public string? AreaCovered { get; set; }

    public Reach Reach { get; set; } = Reach.InArea;

    public List<VenueForm> Venues { get; set; } = [];

    public List<OpeningForm> Opening { get; set; } = [];

    [StringLength(500, ErrorMessage = "Notes about opening times must be 500 characters or fewer")]
    public string? OpeningNotes { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (Delivery.Count == 0) yield return new(text["Select how the service is delivered"], [nameof(Delivery)]);
        if (Delivery.Contains(DeliveryMode.InPerson) && !AreaWide && !Venues.Any(v => !v.IsEmpty))
            yield return new(text["Enter at least one venue, or say the service covers the whole area"], ["Venues[0].Town"]);
    }
}

public sealed class VenueForm : IValidatableObject
{
    [StringLength(120, ErrorMessage = "The venue name must be 120 characters or fewer")]
    public string? Name { get; set; }
    [StringLength(200, ErrorMessage = "The street address must be 200 characters or fewer")]
    public string? Address { get; set; }
    [StringLength(80, ErrorMessage = "The town must be 80 characters or fewer")]
    public string? Town { get; set; }
    [StringLength(10, ErrorMessage = "Enter a real postcode, like BA2 3EP")]
    public string? Postcode { get; set; }
    /// <summary>Show only the town and postcode district, never the street.</summary>
    public bool ShowAreaOnly { get; set; }
    /// <summary>Filled from the postcode table when the section is saved.</summary>
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(Town) && string.IsNullOrWhiteSpace(Postcode);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (IsEmpty) yield break;
        if (string.IsNullOrWhiteSpace(Town)) yield return new(text["Enter the town of the venue"], [nameof(Town)]);
        if (string.IsNullOrWhiteSpace(Postcode)) yield return new(text["Enter the postcode of the venue"], [nameof(Postcode)]);
        else if (!Infrastructure.Postcodes.UkPostcode.TryParse(Postcode, out var p) || !p.IsFull)
            yield return new(text["Enter a full postcode, like BA2 3EP"], [nameof(Postcode)]);
    }
}

/// <summary>One weekday's hours; blank times mean closed that day.</summary>
public sealed class OpeningForm : IValidatableObject
{
    public DayOfWeek Day { get; set; }
    public string? Opens { get; set; }
    public string? Closes { get; set; }

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? "").Trim().Replace('.', ':'), ["H:mm", "HH:mm"], out time);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        var day = FormText.Day(Day, text);
        if (string.IsNullOrWhiteSpace(Opens) && string.IsNullOrWhiteSpace(Closes)) yield break;
        if (!TryTime(Opens, out var opens)) yield return new(text["Enter the time it opens on {0} as hours and minutes, like 09:30", day], [nameof(Opens)]);
        else if (!TryTime(Closes, out var closes)) yield return new(text["Enter the time it closes on {0} as hours and minutes, like 17:00", day], [nameof(Closes)]);
        else if (closes <= opens) yield return new(text["The closing time on {0} must be after the opening time", day], [nameof(Closes)]);
    }
}

public sealed class ContactSection : IValidatableObject
{
    [StringLength(120, ErrorMessage = "The contact name must be 120 characters or fewer")]
    public string? ContactName { get; set; }
    [StringLength(120, ErrorMessage = "The job title must be 120 characters or fewer")]
    public string? ContactRole { get; set; }

    [RegularExpression(@"^\+?[0-9 ()\-]{10,20}$", ErrorMessage = "Enter a phone number, like 01632 960 001 or 07700 900 982")]
    public string? Phone { get; set; }
    public bool HidePhone { get; set; }

    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(200, ErrorMessage = "The email address must be 200 characters or fewer")]
    public string? Email { get; set; }
    public bool HideEmail { get; set; }

    [StringLength(300, ErrorMessage = "The website address must be 300 characters or fewer")]
    public string? Website { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (!string.IsNullOrWhiteSpace(Website) && ListingText.WebAddress(Website.Trim()) is null)
            yield return new(text["Enter a website address that starts with https://, like https://www.example.org"], [nameof(Website)]);
        var publicWays = (!string.IsNullOrWhiteSpace(Phone) && !HidePhone ? 1 : 0) + (!string.IsNullOrWhiteSpace(Email) && !HideEmail ? 1 : 0) + (!string.IsNullOrWhiteSpace(Website) ? 1 : 0);
        if (publicWays == 0) yield return new(text["Give families at least one way to get in touch: a phone number, email address or website they can see"], [nameof(Phone)]);
    }
}

public sealed class VenueAccessibilitySection
{
    public List<VenueFeature> Features { get; set; } = [];
    [StringLength(1000, ErrorMessage = "Notes about access must be 1,000 characters or fewer")]
    public string? Notes { get; set; }
}

public sealed class LanguagesSection
{
    /// <summary>Languages other than English the service can be given in, one per line or separated by commas.</summary>
    [StringLength(500, ErrorMessage = "Languages must be 500 characters or fewer")]
    public string? Languages { get; set; }
    public bool BritishSignLanguage { get; set; }

    public List<string> List()
    {
        var typed = (Languages ?? "").Split([',', '\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new[] { "English" }.Concat(BritishSignLanguage ? ["British Sign Language"] : []).Concat(typed)
            .Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}

public sealed class LocalOfferSection
{
    /// <summary>Answers by question key.</summary>
    public List<LocalOfferAnswerForm> Answers { get; set; } = [];
}

public sealed class LocalOfferAnswerForm
{
    public required string Key { get; set; }
    [StringLength(2000, ErrorMessage = "Each answer must be 2,000 characters or fewer")]
    public string? Answer { get; set; }
}

public sealed class SchoolSection : IValidatableObject
{
    public bool IsSchoolOrCollege { get; set; }
    [StringLength(300, ErrorMessage = "The address must be 300 characters or fewer")]
    public string? SenInformationReportUrl { get; set; }
    [StringLength(120, ErrorMessage = "The name must be 120 characters or fewer")]
    public string? SenContactName { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (!IsSchoolOrCollege) yield break;
        if (string.IsNullOrWhiteSpace(SenInformationReportUrl))
            yield return new(text["Enter the web address of your SEN information report"], [nameof(SenInformationReportUrl)]);
        else if (ListingText.WebAddress(SenInformationReportUrl.Trim()) is null)
            yield return new(text["Enter a web address that starts with https://, like https://www.example.sch.uk/send"], [nameof(SenInformationReportUrl)]);
        if (string.IsNullOrWhiteSpace(SenContactName))
            yield return new(text["Enter the name of your SENCO or SEN contact"], [nameof(SenContactName)]);
    }
}

public sealed class CategoriesSection : IValidatableObject
{
    /// <summary>Category slugs the provider suggests; officers decide the real ones.</summary>
    public List<string> Suggested { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var text = FormText.For(context);
        if (Suggested.Count == 0) yield return new(text["Select at least one kind of service"], [nameof(Suggested)]);
    }
}

/// <summary>The words of the form's own rules, in the language of the request checking them.</summary>
public static class FormText
{
    /// <summary>The request's localizer when the form is checked in a request (MVC passes its services), else English.</summary>
    public static IStringLocalizer For(ValidationContext context) =>
        context.GetService(typeof(IStringLocalizer<SubmissionsStrings>)) as IStringLocalizer ?? EnglishText.Instance;

    public static string Day(DayOfWeek day, IStringLocalizer text) => day switch
    {
        DayOfWeek.Monday => text["Monday"],
        DayOfWeek.Tuesday => text["Tuesday"],
        DayOfWeek.Wednesday => text["Wednesday"],
        DayOfWeek.Thursday => text["Thursday"],
        DayOfWeek.Friday => text["Friday"],
        DayOfWeek.Saturday => text["Saturday"],
        _ => text["Sunday"],
    };
}
