using System.Globalization;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Infrastructure.Postcodes;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// An Open Referral service as an entry of the listing import: the reverse of <see cref="ServiceRecords"/>. What
/// only a Local Offer has comes back from the <c>x_local_offer</c> extension when the data has it (this site's
/// own export does), and has plain defaults when it does not. Ids are kept. What cannot be kept as it was is
/// noted, not refused: an age above 25 (no upper limit), a venue with no usable coordinates (found from its
/// postcode, or left unplaced), hours that are not weekly (kept in words).
/// </summary>
public sealed partial class ServiceEntries(TaxonomyMapping mapping, IPostcodeLookup postcodes, string councilName, IReadOnlyDictionary<Guid, Provider> knownOrganisations)
{
    /// <summary>The oldest age a Local Offer covers.</summary>
    public const int OldestAge = 25;

    public List<ImportProblem> Notes { get; } = [];

    public async Task<SourcedEntry> ToEntryAsync(Or.Service s, ImportSource source, IReadOnlyList<string> readReasons, CancellationToken ct)
    {
        var reasons = new List<string>(readReasons);
        var name = s.Name?.Trim() ?? "";
        void Note(string text) => Notes.Add(source.Problem(name, text));
        var x = s.LocalOffer;

        // The organisation: given with the service, or already in the catalogue.
        ProviderEntry? organisation = null;
        if (s.Organization is { } o)
            organisation = new ProviderEntry(o.Name?.Trim() ?? "", Blank(o.Description), WebAddress(o.Website, "organization website", Note),
                Blank(o.Email), o.Phones?.Select(p => Blank(p.Number)).OfType<string>().FirstOrDefault(), o.Id == Guid.Empty ? null : o.Id);
        else if (s.OrganizationId is { } id && knownOrganisations.TryGetValue(id, out var known))
            organisation = new ProviderEntry(known.Name, known.Description, known.Website, known.Email, known.Phone, known.Id);
        else if (s.OrganizationId is { } missing)
            reasons.Add($"organization_id {missing} is neither in the data nor in the catalogue");
        else
            reasons.Add("organization is missing");

        // Ages: whole years; above 25 means no upper limit here.
        int? minimum = s.MinimumAge is { } min ? (int)Math.Floor(min) : null;
        int? maximum = s.MaximumAge is { } max ? (int)Math.Floor(max) : null;
        if (minimum < 0 || maximum < 0) { reasons.Add("an age is below 0"); minimum = maximum = null; }
        if (maximum > OldestAge)
        {
            Note($"maximum_age {maximum} is above {OldestAge}, the oldest age the Local Offer covers: recorded as no upper limit");
            maximum = null;
        }
        if (minimum > OldestAge) { reasons.Add($"minimum_age {minimum} is above {OldestAge}, the oldest age the Local Offer covers"); minimum = null; }
        if (minimum > maximum) { reasons.Add($"minimum_age {minimum} is above maximum_age {maximum}"); minimum = maximum = null; }

        ListingStatus? status = null;
        switch (s.Status?.Trim().ToLowerInvariant())
        {
            case null or "" or "active": break;
            case "inactive" or "defunct": status = ListingStatus.Archived; break;
            case "temporarily closed": Note("status 'temporarily closed' has no equivalent here: the service is imported as open"); break;
            default: reasons.Add($"status '{s.Status}' is not one of active, inactive, defunct, temporarily closed"); break;
        }

        var description = s.Description?.Trim() ?? "";
        var summary = Blank(x?.Summary) ?? FirstSentence(description);
        if (summary is null && name.Length > 0)
        {
            summary = name;
            Note("there is no description: the name is used as the summary");
        }

        // Taxonomy terms: categories and needs, directly or through the mapping file.
        var categories = new List<string>();
        var needs = new List<string>();
        foreach (var attribute in s.Attributes ?? [])
        {
            if (attribute.TaxonomyTermId is null && attribute.TaxonomyTerm is null) continue;
            var (c, n) = mapping.Map(s.Id, attribute.TaxonomyTermId, attribute.TaxonomyTerm);
            categories.AddRange(c);
            needs.AddRange(n);
        }
        if (categories.Count == 0) Note("no category: families find the service by its words only; map its taxonomy terms in the mapping file");

        var locations = new List<LocationEntry>();
        foreach (var (at, index) in (s.ServiceAtLocations ?? []).Select((a, i) => (a, i)))
        {
            if (at.Location is { } location) locations.Add(await LocationAsync(s.Id, location, index, Note, ct));
        }

        var contacts = new List<ContactEntry>();
        foreach (var c in s.Contacts ?? [])
        {
            var numbers = (c.Phones ?? []).Select(p => Blank(p.Number)).OfType<string>().ToList();
            if (numbers.Count > 1) Note($"contact {c.Name ?? c.Id.ToString()} has {numbers.Count} phone numbers: only the first is kept");
            contacts.Add(new ContactEntry(c.Id == Guid.Empty ? StableId.From("contact", $"{s.Id}:{contacts.Count}") : c.Id,
                Blank(c.Name), Blank(c.Title), numbers.FirstOrDefault(), Blank(c.Email), c.Hidden ?? false));
        }
        // The service's own phone numbers, which a listing keeps as contacts.
        foreach (var phone in s.Phones ?? [])
        {
            if (Blank(phone.Number) is not { } number) continue;
            contacts.Add(new ContactEntry(phone.Id == Guid.Empty ? StableId.From("contact", $"{s.Id}:{contacts.Count}") : phone.Id, null, Blank(phone.Description), number, null, false));
        }

        var (openingTimes, scheduleNotes) = OpeningTimes(s.Schedules ?? [], Note);
        var openingNotes = x is not null ? Blank(x.OpeningNotes) : scheduleNotes;

        var fees = Blank(s.Fees) ?? Blank(s.FeesDescription);
        var costs = (s.CostOptions ?? []).Select(c => new CostOptionEntry(CostText(c), c.Amount)).ToList();
        var free = x?.Free ?? (string.Equals(fees, ServiceRecords.FreeText, StringComparison.OrdinalIgnoreCase) || costs.Count > 0 && costs.All(c => c.Amount == 0));
        if (free && string.Equals(fees, ServiceRecords.FreeText, StringComparison.OrdinalIgnoreCase)) fees = null;

        var areaWide = x?.AreaWide ?? false;
        var area = (s.ServiceAreas ?? []).Select(a => Blank(a.Name) ?? Blank(a.Area)).OfType<string>().FirstOrDefault();
        // The export names an area-wide service's area after the council when it has no area of its own.
        if (areaWide && string.Equals(area, councilName, StringComparison.Ordinal)) area = null;

        var languages = (s.Languages ?? []).Select(l => Blank(l.Name) ?? LanguageName(l.Code)).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var entry = new ListingFileEntry
        {
            Id = s.Id,
            Slug = Blank(x?.Slug) ?? "",
            Name = name,
            Organization = organisation,
            Summary = summary ?? "",
            Description = description,
            Categories = categories.Distinct().ToList(),
            Needs = needs.Distinct().ToList(),
            Keywords = x?.Keywords ?? [],
            Level = Blank(x?.Level) ?? "universal",
            MinimumAge = minimum,
            MaximumAge = maximum,
            Eligibility = Blank(s.EligibilityDescription) ?? "",
            EhcPlan = Blank(x?.EhcPlan) ?? "not-needed",
            AccessRoutes = x?.AccessRoutes ?? [],
            HowToAccess = Blank(s.ApplicationProcess) ?? "",
            Cost = new CostEntry(free, fees, costs),
            Delivery = x?.Delivery ?? (locations.Count > 0 ? ["in-person"] : []),
            Reach = Blank(x?.Reach) ?? "in-area",
            AreaWide = areaWide,
            AreaCovered = area,
            Locations = locations,
            OpeningTimes = openingTimes,
            OpeningNotes = openingNotes,
            Contacts = contacts,
            Website = WebAddress(s.Url, "url", Note),
            Email = Blank(s.Email),
            Languages = languages,
            LocalOfferAnswers = (x?.Answers ?? []).Select(a => new AnswerEntry(a.Question, a.Answer)).ToList(),
            SenInformationReportUrl = WebAddress(x?.SenInformationReportUrl, "x_local_offer sen_information_report_url", Note),
            SenContactName = Blank(x?.SenContactName),
            PersonalBudget = x?.PersonalBudget ?? false,
            LastChecked = ParseDate(s.AssuredDate),
        };
        return new SourcedEntry(entry, source) { Status = status, KeepExistingSlug = true, Reasons = reasons };
    }

    private async Task<LocationEntry> LocationAsync(Guid serviceId, Or.Location location, int index, Action<string> note, CancellationToken ct)
    {
        var address = (location.Addresses ?? []).FirstOrDefault(a => a.AddressType == "physical") ?? location.Addresses?.FirstOrDefault();
        var postcode = address?.PostalCode?.Trim().ToUpperInvariant() ?? "";
        var label = Blank(location.Name) ?? Blank(address?.Address1) ?? postcode;
        var (latitude, longitude) = (location.Latitude ?? 0, location.Longitude ?? 0);
        var possible = location.Latitude is not null && location.Longitude is not null && Math.Abs(latitude) <= 90 && Math.Abs(longitude) <= 180 && (latitude != 0 || longitude != 0);
        var isPostcode = UkPostcode.TryParse(postcode, out var parsed);
        if (postcode.Length > 0 && !isPostcode) note($"venue {label}: postal_code '{postcode}' is not a UK postcode");
        if (string.IsNullOrWhiteSpace(address?.City)) note($"venue {label}: no town is given");
        if (!possible)
        {
            var found = isPostcode ? await postcodes.FindAsync(parsed!, ct) : null;
            if (found is not null)
            {
                (latitude, longitude) = (found.Latitude, found.Longitude);
                if (location.Latitude is not null || location.Longitude is not null) note($"venue {label}: its coordinates are impossible, so they were found from its postcode");
            }
            else
            {
                (latitude, longitude) = (0, 0);
                note($"venue {label}: no usable coordinates and its postcode was not found, so it is not placed on the map or found by distance");
            }
        }

        var features = new List<string>();
        var notes = new List<string>();
        foreach (var a in location.Accessibility ?? [])
        {
            if (Blank(a.Feature) is { } feature && Enum.TryParse<VenueFeature>(feature.Replace("-", ""), true, out _)) features.Add(feature);
            else notes.AddRange(new[] { Blank(a.Description), Blank(a.Details) }.OfType<string>());
        }
        return new LocationEntry
        {
            Id = location.Id == Guid.Empty ? StableId.From("location", $"{serviceId}:{index}") : location.Id,
            Name = Blank(location.Name),
            Address1 = Blank(address?.Address1),
            Town = address?.City?.Trim() ?? "",
            Postcode = postcode,
            Latitude = latitude,
            Longitude = longitude,
            ShowAreaOnly = location.ShowAreaOnly ?? false,
            Accessibility = features,
            AccessibilityNotes = notes.Count > 0 ? string.Join("\n", notes.Distinct()) : null,
        };
    }

    /// <summary>Weekly hours become opening times; anything else (monthly, no days, no times) is kept in words.</summary>
    private static (List<OpeningTimeEntry> Times, string? Notes) OpeningTimes(List<Or.Schedule> schedules, Action<string> note)
    {
        var times = new List<OpeningTimeEntry>();
        var words = new List<string>();
        foreach (var schedule in schedules)
        {
            var days = (schedule.Byday ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(d => d.ToUpperInvariant()).ToList();
            var weekly = schedule.Freq is null || schedule.Freq.Equals("WEEKLY", StringComparison.OrdinalIgnoreCase);
            var opens = Time(schedule.OpensAt);
            var closes = Time(schedule.ClosesAt);
            if (weekly && days.Count > 0 && days.All(d => ServiceRecords.Days.Contains(d)) && opens is not null && closes is not null)
                times.AddRange(days.Select(d => new OpeningTimeEntry(d, opens, closes)));
            else if (Blank(schedule.Description) is null && Blank(schedule.Notes) is null)
                note("a schedule that is not simple weekly hours, with no description, was left out");
            words.AddRange(new[] { Blank(schedule.Description), Blank(schedule.Notes) }.OfType<string>());
        }
        return (times.Distinct().ToList(), words.Count > 0 ? string.Join("\n", words.Distinct()) : null);
    }

    private static string? Time(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "HH:mm:ss", "H:mm", "HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;

    private static string CostText(Or.CostOption c) => (Blank(c.Option), Blank(c.AmountDescription)) switch
    {
        ({ } option, { } amount) => $"{option} ({amount})",
        ({ } option, null) => option,
        (null, { } amount) => amount,
        _ => "Cost",
    };

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? DateOnly.FromDateTime(time.UtcDateTime)
        : null;

    /// <summary>An http(s) address; one written without its scheme (www.example.org) gets https://; anything else is dropped with a note.</summary>
    private static string? WebAddress(string? text, string field, Action<string> note)
    {
        if (Blank(text) is not { } url) return null;
        if (ListingText.WebAddress(url) is not null) return url;
        if (!url.Contains("://", StringComparison.Ordinal) && ListingText.WebAddress("https://" + url) is { } fixedUp) return fixedUp;
        note($"{field} '{url}' is not an http or https address, so it was left out");
        return null;
    }

    /// <summary>The description's first sentence, at most 200 characters, as a summary.</summary>
    public static string? FirstSentence(string description)
    {
        var text = Spaces().Replace(description, " ").Trim();
        if (text.Length == 0) return null;
        var end = SentenceEnd().Match(text);
        var sentence = end.Success ? text[..(end.Index + 1)] : text;
        if (sentence.Length <= 200) return sentence;
        var cut = sentence.LastIndexOf(' ', 196);
        return sentence[..(cut > 100 ? cut : 196)].TrimEnd(',', ';', ':', ' ') + "...";
    }

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string? LanguageName(string? code)
    {
        if (Blank(code) is not { } c) return null;
        if (c.Equals("bfi", StringComparison.OrdinalIgnoreCase)) return "British Sign Language";
        try
        {
            var culture = CultureInfo.GetCultureInfo(c);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) || culture.EnglishName == c ? c : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return c;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
