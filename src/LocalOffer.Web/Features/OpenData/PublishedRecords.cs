using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// Published listings read from the database of record, whole, for the Open Referral API and the
/// export. Only published listings of approved organisations ever come out of here.
/// </summary>
public sealed class PublishedRecords(LocalOfferDb db, IOptions<LocalOfferOptions> options)
{
    private OpenReferralTaxonomies? _taxonomies;

    public RecordScope PublicScope => RecordScope.Public(options.Value.PublicUrl, options.Value.Council.Name);

    public RecordScope CompleteScope => RecordScope.Complete(options.Value.PublicUrl, options.Value.Council.Name);

    /// <summary>How much of each listing to read: lists need only the one-to-one fields (and venues, for venue lists).</summary>
    public enum Depth { Summary, WithVenues, Full }

    private IQueryable<Listing> Published => Query(Depth.Full);

    private IQueryable<Listing> Query(Depth depth)
    {
        var query = db.PublishedListings.AsNoTracking().AsSplitQuery()
            .Where(l => l.Provider.Status == OrganisationStatus.Approved)
            .Include(l => l.Provider);
        return depth switch
        {
            Depth.Summary => query,
            Depth.WithVenues => query.IncludeVenues(),
            _ => query.IncludeVenues().IncludeContacts().Include(l => l.OpeningTimes).Include(l => l.Categories).Include(l => l.Needs),
        };
    }

    public async Task<OpenReferralTaxonomies> TaxonomiesAsync(CancellationToken ct = default) =>
        _taxonomies ??= new OpenReferralTaxonomies(
            await db.Categories.AsNoTracking().ToListAsync(ct),
            await db.Needs.AsNoTracking().ToListAsync(ct),
            options.Value.PublicUrl);

    public Task<Listing?> FindAsync(Guid id, CancellationToken ct = default) =>
        Published.FirstOrDefaultAsync(l => l.Id == id, ct);

    /// <summary>These listings, in the order of <paramref name="ids"/>, leaving out any that are not published.</summary>
    public async Task<IReadOnlyList<Listing>> LoadAsync(IReadOnlyList<Guid> ids, Depth depth = Depth.Full, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var byId = new Dictionary<Guid, Listing>(ids.Count);
        // In slices, so a long list never becomes one enormous IN (...) expression.
        foreach (var slice in ids.Distinct().Chunk(500))
        {
            foreach (var listing in await Query(depth).Where(l => slice.Contains(l.Id)).ToListAsync(ct)) byId[listing.Id] = listing;
        }
        return ids.Select(byId.GetValueOrDefault).OfType<Listing>().ToList();
    }

    /// <summary>Every published listing, a slice at a time, in the order of their ids (for exports of any size).</summary>
    public async IAsyncEnumerable<Listing> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        Guid? after = null;
        while (true)
        {
            var query = Published;
            if (after is { } last) query = query.Where(l => l.Id > last);
            var slice = await query.OrderBy(l => l.Id).Take(500).ToListAsync(ct);
            foreach (var listing in slice) yield return listing;
            if (slice.Count < 500) yield break;
            after = slice[^1].Id;
        }
    }

    public async Task<Provider?> FindOrganisationAsync(Guid id, CancellationToken ct = default) =>
        await db.PublishedListings.AnyAsync(l => l.ProviderId == id, ct)
            ? await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.Status == OrganisationStatus.Approved, ct)
            : null;

    /// <summary>Organisations with at least one published listing, by name, one page of them, and how many there are.</summary>
    public async Task<(IReadOnlyList<Provider> Page, int Total)> OrganisationsAsync(int page, int perPage, CancellationToken ct = default)
    {
        // "Id IN (providers of published listings)" rather than EXISTS per provider: SQLite answers the
        // first with one pass over the listings, the second with one pass per provider.
        var running = db.PublishedListings.Select(l => l.ProviderId);
        var query = db.Providers.AsNoTracking().Where(p => p.Status == OrganisationStatus.Approved && running.Contains(p.Id));
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip((page - 1) * perPage).Take(perPage).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>The ids of an organisation's published listings.</summary>
    public Task<List<Guid>> ListingIdsOfAsync(Guid organisationId, CancellationToken ct = default) =>
        db.PublishedListings.Where(l => l.ProviderId == organisationId).OrderBy(l => l.Name).Select(l => l.Id).ToListAsync(ct);
}
