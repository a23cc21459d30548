using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue.Import;

/// <summary>
/// Something wrong with one entry or row, where it is: the file, the entry's number in it (0 for a row of a
/// table, or for the file as a whole) and, when known, the line.
/// </summary>
public sealed record ImportProblem(string File, int Entry, string Slug, string Reason)
{
    public int? Line { get; init; }

    /// <summary>"services.csv: line 4 (holiday-club): name is missing", "services.json: entry 3, line 40: ...".</summary>
    public override string ToString()
    {
        var where = (Entry, Line) switch
        {
            ( > 0, { } line) => $"entry {Entry}, line {line}",
            ( > 0, null) => $"entry {Entry}",
            (_, { } line) => $"line {line}",
            _ => null,
        };
        var at = string.Join(' ', new[] { where, Slug.Length > 0 ? $"({Slug})" : null }.OfType<string>());
        return at.Length > 0 ? $"{File}: {at}: {Reason}" : $"{File}: {Reason}";
    }
}

public sealed record ImportResult(int Added, int Updated, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>No problem at all: everything read was imported.</summary>
    public bool Succeeded => Problems.Count == 0;

    /// <summary>Entries left out because they had problems (only when bad entries are skipped).</summary>
    public int Skipped { get; init; }

    /// <summary>The ids of the listings added or updated.</summary>
    public IReadOnlyList<Guid> Ids { get; init; } = [];

    /// <summary>Listings (by slug) left as they were by an import for officers to check, because a submission for each was already waiting.</summary>
    public IReadOnlyList<string> AlreadyWaiting { get; init; } = [];

    /// <summary>What the commands tell the person running them about <see cref="AlreadyWaiting"/>, or null.</summary>
    public string? AlreadyWaitingNote => AlreadyWaiting.Count == 0 ? null
        : $"Not added to the approval queue, because each already has a submission waiting for an officer ({AlreadyWaiting.Count}): "
          + string.Join(", ", AlreadyWaiting) + ". Import them again once an officer has decided.";
}

/// <summary>Where an entry came from: its file, its number in the file (0 for a table's row) and its line, when known.</summary>
public sealed record ImportSource(string File, int Entry, int? Line = null)
{
    public ImportProblem Problem(string slug, string reason) => new(File, Entry, slug, reason) { Line = Line };
}

/// <summary>One listing to import, where it came from, and what its reader already found wrong with it.</summary>
public sealed record SourcedEntry(ListingFileEntry Entry, ImportSource Source)
{
    /// <summary>The status this entry lands with, instead of the import's (an inactive service is archived).</summary>
    public ListingStatus? Status { get; init; }

    /// <summary>
    /// An existing listing keeps the slug it has; a new one takes <see cref="ListingFileEntry.Slug"/> when that is
    /// free, else one made from its name. Without this the entry's slug is used as it is, and must be free.
    /// </summary>
    public bool KeepExistingSlug { get; init; }

    /// <summary>Problems the reader found (a bad reference, an impossible age): the entry is bad as a whole.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

/// <param name="SkipBadEntries">Import the good entries and leave out the bad ones (still reported); otherwise any problem imports nothing.</param>
public sealed record ImportOptions(ListingStatus Status, int ReviewPeriodMonths, bool SkipBadEntries = false);

/// <summary>
/// Loads listings into the catalogue: from files in the JSON listing format (docs/data-format.md) here, and
/// from any other reader (Open Referral) through <see cref="ImportEntriesAsync"/>. Every entry is checked
/// first; if any is wrong nothing is changed (unless bad entries are to be skipped), so a catalogue is never
/// left half-imported. All changes are made in one transaction. An entry whose id is already in the catalogue
/// replaces that listing. The search index is brought up to date before the import returns.
/// </summary>
public sealed partial class ListingFileImporter(LocalOfferDb db, TimeProvider clock, Search.SearchCatalogue search)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task<ImportResult> ImportAsync(IEnumerable<string> files, ListingStatus status, int reviewPeriodMonths, CancellationToken ct = default)
    {
        var problems = new List<ImportProblem>();
        var entries = new List<SourcedEntry>();
        foreach (var file in files)
        {
            List<ListingFileEntry>? read;
            try
            {
                await using var stream = File.OpenRead(file);
                read = await JsonSerializer.DeserializeAsync<List<ListingFileEntry>>(stream, Json, ct);
            }
            catch (JsonException e)
            {
                problems.Add(new(Path.GetFileName(file), 0, "", $"not valid JSON at line {e.LineNumber + 1}: {e.Message}"));
                continue;
            }
            for (var i = 0; i < (read?.Count ?? 0); i++)
                entries.Add(new SourcedEntry(read![i], new ImportSource(Path.GetFileName(file), i + 1)));
        }
        return await ImportEntriesAsync(entries, problems, new ImportOptions(status, reviewPeriodMonths), ct);
    }

    /// <param name="readProblems">Problems found while reading that belong to no entry (a file that is not JSON, a bad row of a table).</param>
    public async Task<ImportResult> ImportEntriesAsync(IReadOnlyList<SourcedEntry> entries, IReadOnlyList<ImportProblem> readProblems, ImportOptions options, CancellationToken ct = default)
    {
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, ct);
        var needs = await db.Needs.ToDictionaryAsync(n => n.Code, ct);
        var providerList = await db.Providers.ToListAsync(ct);
        var now = clock.GetUtcNow();
        var providers = new ProviderIndex(providerList, now);
        var existing = await db.Listings.AsNoTracking().Select(l => new { l.Id, l.Slug, l.CreatedAt, l.Status }).ToDictionaryAsync(l => l.Id, ct);
        var importing = entries.Select(e => e.Entry.Id).ToHashSet();
        // A slug belongs to a listing outside this import, or is claimed by an entry of it.
        var slugOwners = existing.Values.Where(l => !importing.Contains(l.Id)).ToDictionary(l => l.Slug, l => l.Id);
        var locationOwners = await db.Locations.AsNoTracking().Select(l => new { l.Id, l.ListingId }).ToDictionaryAsync(l => l.Id, l => l.ListingId, ct);
        var contactOwners = await db.Contacts.AsNoTracking().Select(c => new { c.Id, c.ListingId }).ToDictionaryAsync(c => c.Id, c => c.ListingId, ct);

        var problems = new List<ImportProblem>(readProblems);
        var slugs = ChooseSlugs(entries, existing.ToDictionary(e => e.Key, e => e.Value.Slug), slugOwners);
        var seenIds = new HashSet<Guid>();
        var listings = new List<Listing>();
        var sources = new Dictionary<Listing, ImportSource>();
        var skipped = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, source) = (entries[i].Entry, entries[i].Source);
            var reasons = new List<string>(entries[i].Reasons);
            var (slug, slugProblem) = slugs[i];
            if (slugProblem is not null) reasons.Add(slugProblem);
            if (entry.Id != Guid.Empty && !seenIds.Add(entry.Id)) reasons.Add($"the id {entry.Id} is used more than once");
            var listing = Map(entry with { Slug = slug }, categories, needs, entries[i].Status ?? options.Status, options.ReviewPeriodMonths, now, reasons);
            if (reasons.Count > 0)
            {
                problems.AddRange(reasons.Select(r => source.Problem(slug, r)));
                skipped++;
                continue;
            }
            // Only a good entry may change or add an organisation.
            listing.Provider = providers.For(entry.Organization!);
            if (existing.TryGetValue(listing.Id, out var before)) listing.CreatedAt = before.CreatedAt;
            listings.Add(listing);
            sources[listing] = source;
        }

        if (problems.Count > 0 && !options.SkipBadEntries || listings.Count == 0)
        {
            db.ChangeTracker.Clear();
            return new(0, 0, problems) { Skipped = options.SkipBadEntries ? skipped : entries.Count };
        }

        // A listing left out keeps what it has: its address, and its venues' and contacts' ids.
        var replacing = listings.Select(l => l.Id).ToHashSet();
        var heldSlugs = existing.Values.Where(l => !replacing.Contains(l.Id)).ToDictionary(l => l.Slug, l => l.Id);
        foreach (var listing in listings.Where(l => heldSlugs.ContainsKey(l.Slug)).ToList())
        {
            problems.Add(sources[listing].Problem(listing.Slug, $"the slug '{listing.Slug}' is already used by another listing"));
            listings.Remove(listing);
            skipped++;
        }
        var usedChildIds = new HashSet<Guid>();
        foreach (var listing in listings)
        {
            foreach (var location in listing.Locations)
            {
                if (!Free(location.Id, listing.Id, locationOwners)) location.Id = StableId.From("location", $"{listing.Id}:{location.Id}");
            }
            foreach (var contact in listing.Contacts)
            {
                if (!Free(contact.Id, listing.Id, contactOwners)) contact.Id = StableId.From("contact", $"{listing.Id}:{contact.Id}");
            }
        }

        // Imported for officers to check: each lands in the approval queue. A listing already live stays live
        // and the imported version waits as a change to it; any other is kept unpublished as a new listing.
        var reviews = new List<Submission>();
        var alreadyWaiting = new List<string>();
        if (options.Status == ListingStatus.Pending)
        {
            var questions = await db.LocalOfferQuestions.AsNoTracking().Where(q => q.IsActive).OrderBy(q => q.SortOrder).ToListAsync(ct);
            var waiting = await db.Submissions.Where(s => s.State == SubmissionState.Submitted).Select(s => s.ListingId).ToListAsync(ct);
            foreach (var listing in listings.ToList())
            {
                // One submission per listing waits at a time: this one is left as it is, and said so.
                if (waiting.Contains(listing.Id))
                {
                    alreadyWaiting.Add(listing.Slug);
                    listings.Remove(listing);
                    continue;
                }
                var live = existing.TryGetValue(listing.Id, out var before) && before.Status == ListingStatus.Published;
                if (live)
                {
                    listings.Remove(listing);
                    // An organisation new to the site, named only by this change, is saved with it.
                    if (!providerList.Contains(listing.Provider)) db.Providers.Attach(listing.Provider).State = EntityState.Added;
                }
                reviews.Add(new Submission
                {
                    Id = Guid.NewGuid(), ListingId = listing.Id, ProviderId = listing.Provider.Id,
                    Kind = live ? SubmissionKind.Change : SubmissionKind.NewListing, State = SubmissionState.Submitted,
                    Form = ListingFormMapping.FromListing(listing, questions),
                    CompletedSections = TemplateSections.All.Select(s => s.Key).ToList(),
                    CreatedAt = now, UpdatedAt = now, SubmittedAt = now,
                });
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = listings.Select(l => l.Id).ToList();
        var replaced = ids.Where(existing.ContainsKey).ToList();
        try
        {
            foreach (var slice in replaced.Chunk(500))
                await db.Listings.Where(l => slice.Contains(l.Id)).ExecuteDeleteAsync(ct);
            db.Listings.AddRange(listings);
            db.Submissions.AddRange(reviews);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            problems.Add(new ImportProblem("import", 0, "", $"the database refused the import, so nothing was changed: {(e.InnerException ?? e).Message}"));
            return new(0, 0, problems) { Skipped = entries.Count };
        }
        // What the save recorded as changed: the imported listings, and every other listing of an
        // organisation the import renamed, which is found by the organisation's new name from now on.
        var changed = db.ChangeTracker.Entries<ListingChange>().Select(e => e.Entity.ListingId).Union(ids).ToList();
        db.ChangeTracker.Clear();
        await search.ListingsChangedAsync(changed, ct);
        return new(listings.Count - replaced.Count, replaced.Count, problems) { Skipped = skipped, Ids = ids, AlreadyWaiting = alreadyWaiting };

        // An id a venue or contact may keep: held by no listing that stays as it is, and by no other entry of this import.
        bool Free(Guid id, Guid listingId, Dictionary<Guid, Guid> owners) =>
            (!owners.TryGetValue(id, out var owner) || owner == listingId || replacing.Contains(owner)) && usedChildIds.Add(id);
    }

    /// <summary>Each entry's slug, or the problem with it. Fixed slugs are claimed first, so made-up ones never take them.</summary>
    private static (string Slug, string? Problem)[] ChooseSlugs(IReadOnlyList<SourcedEntry> entries, Dictionary<Guid, string> existing, Dictionary<string, Guid> owners)
    {
        var chosen = new (string, string?)[entries.Count];
        var claimed = new Dictionary<string, Guid>(owners);
        var later = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (entry, keep) = (entries[i].Entry, entries[i].KeepExistingSlug);
            if (keep && existing.TryGetValue(entry.Id, out var kept))
            {
                chosen[i] = claimed.TryAdd(kept, entry.Id) || claimed[kept] == entry.Id ? (kept, null) : (kept, "the same slug is used more than once");
            }
            else if (keep)
            {
                later.Add(i);
            }
            else if (!SlugShape().IsMatch(entry.Slug))
            {
                chosen[i] = (entry.Slug, "slug must be lower-case letters, digits and hyphens");
            }
            else if (claimed.TryGetValue(entry.Slug, out var owner) && owner != entry.Id)
            {
                chosen[i] = (entry.Slug, owners.ContainsKey(entry.Slug) ? $"the slug '{entry.Slug}' is already used by another listing" : "the same slug is used more than once");
            }
            else
            {
                claimed[entry.Slug] = entry.Id;
                chosen[i] = (entry.Slug, null);
            }
        }
        foreach (var i in later)
        {
            var entry = entries[i].Entry;
            var wanted = SlugShape().IsMatch(entry.Slug) ? entry.Slug : ListingFormMapping.SlugFor(entry.Name);
            var candidate = wanted;
            for (var n = 2; claimed.TryGetValue(candidate, out var owner) && owner != entry.Id; n++) candidate = $"{wanted}-{n}";
            claimed[candidate] = entry.Id;
            chosen[i] = (candidate, null);
        }
        return chosen;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    /// <summary>Organisations by id and by name; one matched on its id takes the entry's details.</summary>
    private sealed class ProviderIndex(List<Provider> all, DateTimeOffset now)
    {
        private readonly Dictionary<Guid, Provider> _byId = all.ToDictionary(p => p.Id);
        private readonly Dictionary<string, Provider> _byName = all.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        public Provider For(ProviderEntry org)
        {
            if (org.Id is { } id && _byId.TryGetValue(id, out var known))
            {
                known.Name = org.Name;
                known.Description = org.Description;
                known.Website = org.Website;
                known.Email = org.Email;
                known.Phone = org.Phone;
                return known;
            }
            if (_byName.TryGetValue(org.Name, out var named)) return named;
            var provider = new Provider
            {
                Id = org.Id ?? StableId.From("provider", org.Name.ToLowerInvariant()),
                Name = org.Name, Description = org.Description, Website = org.Website, Email = org.Email, Phone = org.Phone, CreatedAt = now,
            };
            _byId[provider.Id] = provider;
            _byName[provider.Name] = provider;
            return provider;
        }
    }

    private static Listing Map(ListingFileEntry e, Dictionary<string, Category> categories, Dictionary<string, Need> needs,
        ListingStatus status, int reviewPeriodMonths, DateTimeOffset now, List<string> reasons)
    {
        void Require(bool ok, string reason) { if (!ok) reasons.Add(reason); }

        Require(e.Id != Guid.Empty, "id is missing");
        Require(!string.IsNullOrWhiteSpace(e.Name), "name is missing");
        Require(!string.IsNullOrWhiteSpace(e.Summary), "summary is missing");
        Require(e.Organization is { Name.Length: > 0 }, "organization name is missing");
        Require(e.MinimumAge is null or >= 0 and <= 25 && e.MaximumAge is null or >= 0 and <= 25, "ages must be between 0 and 25");
        Require(e.MinimumAge is null || e.MaximumAge is null || e.MinimumAge <= e.MaximumAge, "minimumAge is above maximumAge");
        Require(string.IsNullOrWhiteSpace(e.Website) || ListingText.WebAddress(e.Website) is not null, "website must be an http or https address");
        Require(string.IsNullOrWhiteSpace(e.SenInformationReportUrl) || ListingText.WebAddress(e.SenInformationReportUrl) is not null, "senInformationReportUrl must be an http or https address");

        var listingCategories = new List<Category>();
        foreach (var slug in e.Categories.Distinct())
        {
            if (categories.TryGetValue(slug, out var c)) listingCategories.Add(c);
            else reasons.Add($"unknown category '{slug}'");
        }
        var listingNeeds = new List<Need>();
        foreach (var code in e.Needs.Distinct())
        {
            if (needs.TryGetValue(code, out var n)) listingNeeds.Add(n);
            else reasons.Add($"unknown need '{code}'");
        }

        var lastChecked = e.LastChecked ?? DateOnly.FromDateTime(now.UtcDateTime);
        return new Listing
        {
            Id = e.Id,
            Slug = e.Slug,
            Name = e.Name.Trim(),
            Summary = e.Summary.Trim(),
            Description = e.Description.Trim(),
            Provider = null!, // set by the caller once the entry is known to be good
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
