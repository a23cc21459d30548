using System.Text;
using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>Turns a live listing into a template form (to start a change) and an approved form into the live listing.</summary>
public static class ListingFormMapping
{
    public static ListingForm FromListing(Listing l, IEnumerable<LocalOfferQuestion> questions)
    {
        var publicContact = l.Contacts.FirstOrDefault(c => !c.IsHidden);
        var hiddenContact = l.Contacts.FirstOrDefault(c => c.IsHidden);
        var phone = publicContact?.Phone ?? hiddenContact?.Phone;
        var email = l.Email ?? publicContact?.Email ?? hiddenContact?.Email;
        var bsl = l.Languages.Contains("British Sign Language", StringComparer.OrdinalIgnoreCase);
        return new ListingForm
        {
            About = new() { Name = l.Name, Summary = l.Summary, Description = l.Description, Keywords = string.Join(", ", l.Keywords) },
            Who = new() { MinimumAge = l.MinimumAge, MaximumAge = l.MaximumAge, Needs = l.Needs.Select(n => n.Code).ToList(), Level = l.Level, EhcPlan = l.EhcPlan, Eligibility = l.Eligibility },
            Access = new() { Routes = [.. l.AccessRoutes], HowToAccess = l.HowToAccess },
            Cost = new() { IsFree = l.IsFree, Fees = l.Fees, PersonalBudget = l.PersonalBudget },
            Where = new()
            {
                Delivery = [.. l.DeliveryModes], AreaWide = l.AreaWide, AreaCovered = l.AreaCovered, Reach = l.Reach,
                Venues = l.Locations.Select(v => new VenueForm { Name = v.Name, Address = v.Address1, Town = v.Town, Postcode = v.Postcode, ShowAreaOnly = v.ShowAreaOnly, Latitude = v.Latitude, Longitude = v.Longitude }).ToList(),
                Opening = l.OpeningTimes.OrderBy(o => ((int)o.Day + 6) % 7).Select(o => new OpeningForm { Day = o.Day, Opens = o.Opens.ToString("HH:mm"), Closes = o.Closes.ToString("HH:mm") }).ToList(),
                OpeningNotes = l.OpeningNotes,
            },
            Contact = new()
            {
                ContactName = publicContact?.Name ?? hiddenContact?.Name, ContactRole = publicContact?.Title ?? hiddenContact?.Title,
                Phone = phone, HidePhone = phone is not null && publicContact?.Phone is null,
                Email = email, HideEmail = email is not null && l.Email is null && publicContact?.Email is null,
                Website = l.Website,
            },
            Accessibility = new() { Features = l.Locations.SelectMany(v => v.Accessibility).Distinct().ToList(), Notes = l.Locations.Select(v => v.AccessibilityNotes).FirstOrDefault(n => !string.IsNullOrEmpty(n)) },
            Languages = new() { BritishSignLanguage = bsl, Languages = string.Join(", ", l.Languages.Where(x => !x.Equals("English", StringComparison.OrdinalIgnoreCase) && !x.Equals("British Sign Language", StringComparison.OrdinalIgnoreCase))) },
            LocalOffer = new() { Answers = questions.Select(q => new LocalOfferAnswerForm { Key = q.Key, Answer = l.LocalOfferAnswers.FirstOrDefault(a => a.Question == q.Key)?.Answer }).ToList() },
            School = new() { IsSchoolOrCollege = l.SenInformationReportUrl is not null, SenInformationReportUrl = l.SenInformationReportUrl, SenContactName = l.SenContactName },
            Categories = new() { Suggested = l.Categories.Select(c => c.Slug).ToList() },
        };
    }

    /// <summary>Writes an approved form onto the listing. Categories and needs are the officer's choice, passed in as entities.</summary>
    /// <remarks>
    /// New venues, times and contacts get no id, so EF Core inserts them. Given an id, a row added to a
    /// tracked live listing is taken for an existing row and updated, and approving a change failed.
    /// </remarks>
    public static void ApplyTo(Listing l, ListingForm f, IReadOnlyList<Category> categories, IReadOnlyList<Need> needs)
    {
        l.Name = f.About.Name!.Trim();
        l.Summary = f.About.Summary!.Trim();
        l.Description = f.About.Description!.Trim();
        l.Keywords = (f.About.Keywords ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

        l.MinimumAge = f.Who.MinimumAge;
        l.MaximumAge = f.Who.MaximumAge;
        l.Level = f.Who.Level ?? ServiceLevel.Universal;
        l.EhcPlan = f.Who.EhcPlan ?? EhcPlanRequirement.NotNeeded;
        l.Eligibility = f.Who.Eligibility?.Trim() ?? "";
        l.Needs = [.. needs];

        l.AccessRoutes = [.. f.Access.Routes];
        l.HowToAccess = f.Access.HowToAccess?.Trim() ?? "";

        l.IsFree = f.Cost.IsFree ?? false;
        l.Fees = l.IsFree ? null : f.Cost.Fees?.Trim();
        l.PersonalBudget = f.Cost.PersonalBudget;

        l.DeliveryModes = [.. f.Where.Delivery];
        l.AreaWide = f.Where.AreaWide;
        l.AreaCovered = string.IsNullOrWhiteSpace(f.Where.AreaCovered) ? null : f.Where.AreaCovered.Trim();
        l.Reach = f.Where.Reach;
        l.Locations.Clear();
        foreach (var v in f.Where.Venues.Where(v => !v.IsEmpty))
        {
            l.Locations.Add(new Location
            {
                ListingId = l.Id, Name = Blank(v.Name), Address1 = Blank(v.Address), Town = v.Town!.Trim(),
                Postcode = Infrastructure.Postcodes.UkPostcode.TryParse(v.Postcode, out var p) ? p.Display : v.Postcode!.Trim().ToUpperInvariant(),
                Latitude = v.Latitude ?? 0, Longitude = v.Longitude ?? 0, ShowAreaOnly = v.ShowAreaOnly,
                Accessibility = [.. f.Accessibility.Features], AccessibilityNotes = Blank(f.Accessibility.Notes),
            });
        }
        l.OpeningTimes.Clear();
        foreach (var o in f.Where.Opening)
        {
            if (OpeningForm.TryTime(o.Opens, out var opens) && OpeningForm.TryTime(o.Closes, out var closes))
                l.OpeningTimes.Add(new OpeningTime { ListingId = l.Id, Day = o.Day, Opens = opens, Closes = closes });
        }
        l.OpeningNotes = Blank(f.Where.OpeningNotes);

        var c = f.Contact;
        l.Website = ListingText.WebAddress(c.Website);
        l.Email = c.HideEmail ? null : Blank(c.Email);
        l.Contacts.Clear();
        var shown = new Contact { ListingId = l.Id, Name = Blank(c.ContactName), Title = Blank(c.ContactRole), Phone = c.HidePhone ? null : Blank(c.Phone), Email = c.HideEmail ? null : Blank(c.Email) };
        if (shown.Phone is not null || shown.Email is not null) l.Contacts.Add(shown);
        if ((c.HidePhone && Blank(c.Phone) is not null) || (c.HideEmail && Blank(c.Email) is not null))
            l.Contacts.Add(new Contact { ListingId = l.Id, Name = Blank(c.ContactName), Title = Blank(c.ContactRole), Phone = c.HidePhone ? Blank(c.Phone) : null, Email = c.HideEmail ? Blank(c.Email) : null, IsHidden = true });

        l.Languages = f.Languages.List();
        l.LocalOfferAnswers = f.LocalOffer.Answers.Where(a => !string.IsNullOrWhiteSpace(a.Answer))
            .Select(a => new LocalOfferAnswer { Question = a.Key, Answer = a.Answer!.Trim() }).ToList();
        l.SenInformationReportUrl = f.School.IsSchoolOrCollege ? ListingText.WebAddress(f.School.SenInformationReportUrl) : null;
        l.SenContactName = f.School.IsSchoolOrCollege ? Blank(f.School.SenContactName) : null;
        l.Categories = [.. categories];
    }

    /// <summary>A page address made from the service name: lower case letters and digits joined by hyphens.</summary>
    public static string SlugFor(string name)
    {
        var slug = new StringBuilder();
        string decomposed;
        // Accents split off their letters so "Café" becomes "cafe"; a name that cannot be (a stray half of an emoji) is read as it is.
        try { decomposed = name.Normalize(NormalizationForm.FormD); } catch (ArgumentException) { decomposed = name; }
        foreach (var ch in decomposed.ToLowerInvariant())
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9') slug.Append(ch);
            else if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        if (text.Length > 80) text = text[..80].TrimEnd('-');
        return text.Length == 0 ? "service" : text;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
