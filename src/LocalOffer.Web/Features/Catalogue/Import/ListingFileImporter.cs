using System.Globalization;
using System.Text.Json;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue.Import;

public sealed record ImportProblem(string File, int Entry, string Slug, string Reason)
{
    public override string ToString() => $"{File}: entry {Entry} ({Slug}): {Reason}";
}

public sealed record ImportResult(int Added, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Loads listings written in the JSON listing format (docs/data-format.md). Every entry of every file
/// is checked first; if any is wrong nothing is changed, so a catalogue is never left half-imported.
/// An entry whose id is already in the catalogue replaces that listing. The search index is brought up
/// to date before the import returns.
/// </summary>
public sealed class ListingFileImporter(LocalOfferDb db, TimeProvider clock, Search.SearchCatalogue search)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task<ImportResult> ImportAsync(IEnumerable<string> files, ListingStatus status, int reviewPeriodMonths, CancellationToken ct = default)
    {
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        var needs = await db.Needs.ToDictionaryAsync(n => n.Code, ct);
        var providers = await db.Providers.ToDictionaryAsync(p => p.Name, StringComparer.OrdinalIgnoreCase, ct);
        var problems = new List<ImportProblem>();
        var listings = new List<Listing>();
        var now = clock.GetUtcNow();

        foreach (var file in files)
        {
            List<ListingFileEntry>? entries;
            try
            {
                await using var stream = File.OpenRead(file);
                entries = await JsonSerializer.DeserializeAsync<List<ListingFileEntry>>(stream, Json, ct);
            }
            catch (JsonException e)
            {
                problems.Add(new(Path.GetFileName(file), 0, "", $"not valid JSON at line {e.LineNumber + 1}: {e.Message}"));
                continue;
            }
            for (var i = 0; i < (entries?.Count ?? 0); i++)
            {
                var entry = entries![i];
                var reasons = new List<string>();
                var listing = Map(entry, categories, needs, providers, status, reviewPeriodMonths, now, reasons);
                if (reasons.Count > 0) problems.AddRange(reasons.Select(r => new ImportProblem(Path.GetFileName(file), i + 1, entry.Slug, r)));
                else listings.Add(listing);
            }
        }

        foreach (var dup in listings.GroupBy(l => l.Slug).Where(g => g.Count() > 1))
            problems.Add(new("", 0, dup.Key, "the same slug is used more than once"));
        foreach (var dup in listings.GroupBy(l => l.Id).Where(g => g.Count() > 1))
            problems.Add(new("", 0, dup.First().Slug, $"the id {dup.Key} is used more than once"));
        if (problems.Count > 0) return new(0, 0, problems);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = listings.Select(l => l.Id).ToList();
        var existing = await db.Listings.Where(l => ids.Contains(l.Id)).Select(l => l.Id).ToListAsync(ct);
        if (existing.Count > 0)
        {
            await db.Listings.Where(l => existing.Contains(l.Id)).ExecuteDeleteAsync(ct);
        }
        db.Listings.AddRange(listings);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        await search.ListingsChangedAsync(ids, ct);
        return new(listings.Count - existing.Count, existing.Count, []);
    }

    private static Listing Map(ListingFileEntry e, Dictionary<string, Category> categories, Dictionary<string, Need> needs,
        Dictionary<string, Provider> providers, ListingStatus status, int reviewPeriodMonths, DateTimeOffset now, List<string> reasons)
    {
        void Require(bool ok, string reason) { if (!ok) reasons.Add(reason); }

        Require(e.Id != Guid.Empty, "id is missing");
        Require(System.Text.RegularExpressions.Regex.IsMatch(e.Slug, "^[a-z0-9]+(-[a-z0-9]+)*$"), "slug must be lower-case letters, digits and hyphens");
        Require(!string.IsNullOrWhiteSpace(e.Name), "name is missing");
        Require(!string.IsNullOrWhiteSpace(e.Summary), "summary is missing");
        Require(e.Organization is { Name.Length: > 0 }, "organization name is missing");
        Require(e.MinimumAge is null or >= 0 and <= 25 && e.MaximumAge is null or >= 0 and <= 25, "ages must be between 0 and 25");
        Require(e.MinimumAge is null || e.MaximumAge is null || e.MinimumAge <= e.MaximumAge, "minimumAge is above maximumAge");
        Require(string.IsNullOrWhiteSpace(e.Website) || ListingText.WebAddress(e.Website) is not null, "website must be an http or https address");
        Require(string.IsNullOrWhiteSpace(e.SenInformationReportUrl) || ListingText.WebAddress(e.SenInformationReportUrl) is not null, "senInformationReportUrl must be an http or https address");

        var listingCategories = new List<Category>();
        foreach (var slug in e.Categories)
        {
            if (categories.TryGetValue(slug, out var c)) listingCategories.Add(c);
            else reasons.Add($"unknown category '{slug}'");
        }
        var listingNeeds = new List<Need>();
        foreach (var code in e.Needs)
        {
            if (needs.TryGetValue(code, out var n)) listingNeeds.Add(n);
            else reasons.Add($"unknown need '{code}'");
        }

        var provider = e.Organization is null ? null : providers.GetValueOrDefault(e.Organization.Name);
        if (provider is null && e.Organization is { Name.Length: > 0 } org)
        {
            provider = new Provider
            {
                Id = StableId.From("provider", org.Name.ToLowerInvariant()),
                Name = org.Name, Description = org.Description, Website = org.Website, Email = org.Email, Phone = org.Phone,
            };
            providers[org.Name] = provider;
        }

        var lastChecked = e.LastChecked ?? DateOnly.FromDateTime(now.UtcDateTime);
        return new Listing
        {
            Id = e.Id,
            Slug = e.Slug,
            Name = e.Name.Trim(),
            Summary = e.Summary.Trim(),
            Description = e.Description.Trim(),
            Provider = provider!,
            Status = status,
            Level = Parse<ServiceLevel>(e.Level, "level", reasons),
            MinimumAge = e.MinimumAge,
            MaximumAge = e.MaximumAge,
            Eligibility = e.Eligibility,
            EhcPlan = Parse<EhcPlanRequirement>(e.EhcPlan, "ehcPlan", reasons),
            AccessRoutes = e.AccessRoutes.Select(a => Parse<AccessRoute>(a, "accessRoutes", reasons)).Distinct().ToList(),
            HowToAccess = e.HowToAccess,
            IsFree = e.Cost?.Free ?? false,
            Fees = e.Cost?.Fees,
            CostOptions = (e.Cost?.Options ?? []).Select(o => new CostOption { Option = o.Option, Amount = o.Amount }).ToList(),
            DeliveryModes = e.Delivery.Select(d => Parse<DeliveryMode>(d, "delivery", reasons)).Distinct().ToList(),
            Reach = Parse<Reach>(e.Reach, "reach", reasons),
            AreaWide = e.AreaWide,
            AreaCovered = e.AreaCovered,
            Locations = e.Locations.Select(l => new Location
            {
                Id = l.Id == Guid.Empty ? Guid.NewGuid() : l.Id,
                Name = l.Name, Address1 = l.Address1, Town = l.Town, Postcode = l.Postcode.Trim().ToUpperInvariant(),
                Latitude = l.Latitude, Longitude = l.Longitude, ShowAreaOnly = l.ShowAreaOnly,
                Accessibility = l.Accessibility.Select(a => Parse<VenueFeature>(a, "accessibility", reasons)).Distinct().ToList(),
                AccessibilityNotes = l.AccessibilityNotes,
            }).ToList(),
            OpeningTimes = e.OpeningTimes.Select(t => new OpeningTime
            {
                Id = Guid.NewGuid(),
                Day = ParseDay(t.Day, reasons),
                Opens = ParseTime(t.Opens, reasons),
                Closes = ParseTime(t.Closes, reasons),
            }).ToList(),
            OpeningNotes = e.OpeningNotes,
            Contacts = e.Contacts.Select(c => new Contact
            {
                Id = c.Id == Guid.Empty ? Guid.NewGuid() : c.Id,
                Name = c.Name, Title = c.Title, Phone = c.Phone, Email = c.Email, IsHidden = c.Hidden,
            }).ToList(),
            Website = e.Website,
            Email = e.Email,
            Languages = e.Languages,
            Keywords = e.Keywords,
            LocalOfferAnswers = e.LocalOfferAnswers.Select(a => new LocalOfferAnswer { Question = a.Question, Answer = a.Answer }).ToList(),
            SenInformationReportUrl = e.SenInformationReportUrl,
            SenContactName = e.SenContactName,
            PersonalBudget = e.PersonalBudget,
            Categories = listingCategories,
            Needs = listingNeeds,
            LastChecked = lastChecked,
            ReviewBy = lastChecked.AddMonths(reviewPeriodMonths),
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>"self-referral" reads as <see cref="AccessRoute.SelfReferral"/>, "in-area" as <see cref="Reach.InArea"/>.</summary>
    private static T Parse<T>(string value, string field, List<string> reasons) where T : struct, Enum
    {
        if (Enum.TryParse<T>((value ?? "").Replace("-", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)) return parsed;
        reasons.Add($"{field} has an unknown value '{value}'");
        return default;
    }

    private static DayOfWeek ParseDay(string day, List<string> reasons)
    {
        var index = Array.IndexOf(["SU", "MO", "TU", "WE", "TH", "FR", "SA"], day?.ToUpperInvariant());
        if (index >= 0) return (DayOfWeek)index;
        reasons.Add($"opening day '{day}' is not one of MO TU WE TH FR SA SU");
        return DayOfWeek.Monday;
    }

    private static TimeOnly ParseTime(string time, List<string> reasons)
    {
        if (TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        reasons.Add($"time '{time}' is not HH:mm");
        return default;
    }
}
