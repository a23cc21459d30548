using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>What a visitor asked for on <c>/services</c>, read from the query string.</summary>
public sealed record CatalogueFilter(string? Words, string? Category, string? Age, int Page)
{
    public const int PageSize = 20;
}

public sealed record CataloguePage(IReadOnlyList<Listing> Listings, int Total, int Page, Category? Category, AgeBand? Age)
{
    public int PageCount => Math.Max(1, (Total + CatalogueFilter.PageSize - 1) / CatalogueFilter.PageSize);
}

/// <summary>
/// Browsing the published catalogue: by category (a category includes everything below it), by age
/// (overlap, with open-ended bounds), and by words in the service name.
/// </summary>
public sealed class CatalogueBrowser(LocalOfferDb db)
{
    private CategoryTree? _tree;

    public async Task<CategoryTree> CategoriesAsync(CancellationToken ct = default) =>
        _tree ??= new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(ct));

    public async Task<CataloguePage> BrowseAsync(CatalogueFilter filter, CancellationToken ct = default)
    {
        var tree = await CategoriesAsync(ct);
        var query = db.PublishedListings.AsNoTracking();

        var category = tree.Find(filter.Category);
        if (category is not null)
        {
            var ids = tree.SelfAndDescendantIds(category);
            query = query.Where(l => l.Categories.Any(c => ids.Contains(c.Id)));
        }

        AgeBand.TryParse(filter.Age, out var age);
        if (age is not null)
        {
            int? from = age.Range.Minimum, to = age.Range.Maximum;
            query = query.Where(l => (l.MinimumAge == null || l.MinimumAge <= to) && (l.MaximumAge == null || l.MaximumAge >= from));
        }

        if (!string.IsNullOrWhiteSpace(filter.Words))
        {
            var pattern = "%" + EscapeLike(filter.Words.Trim()) + "%";
            query = query.Where(l => EF.Functions.Like(l.Name, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + CatalogueFilter.PageSize - 1) / CatalogueFilter.PageSize));
        var listings = await query
            .OrderBy(l => l.Name)
            .Skip((page - 1) * CatalogueFilter.PageSize)
            .Take(CatalogueFilter.PageSize)
            .Include(l => l.Provider)
            .Include(l => l.Locations)
            .ToListAsync(ct);
        return new CataloguePage(listings, total, page, category, age);
    }

    public Task<Listing?> FindPublishedAsync(string slug, CancellationToken ct = default) =>
        db.PublishedListings.AsNoTracking()
            .Include(l => l.Provider)
            .Include(l => l.Locations)
            .Include(l => l.Contacts)
            .Include(l => l.OpeningTimes)
            .Include(l => l.Categories)
            .Include(l => l.Needs)
            .FirstOrDefaultAsync(l => l.Slug == slug, ct);

    /// <summary>Published services per category, counting a service once under each category it is in and under their parents.</summary>
    public async Task<Dictionary<Guid, int>> CountsByCategoryAsync(CancellationToken ct = default)
    {
        var tree = await CategoriesAsync(ct);
        var pairs = await db.PublishedListings
            .SelectMany(l => l.Categories, (l, c) => new { ListingId = l.Id, CategoryId = c.Id })
            .ToListAsync(ct);
        var counts = new Dictionary<Guid, HashSet<Guid>>();
        var byId = tree.TopLevel.SelectMany(t => t.Children.Prepend(t)).ToDictionary(c => c.Id);
        foreach (var pair in pairs)
        {
            for (var c = byId.GetValueOrDefault(pair.CategoryId); c is not null; c = c.Parent)
            {
                if (!counts.TryGetValue(c.Id, out var set)) counts[c.Id] = set = [];
                set.Add(pair.ListingId);
            }
        }
        return counts.ToDictionary(kv => kv.Key, kv => kv.Value.Count);
    }

    public Task<int> CountPublishedAsync(CancellationToken ct = default) => db.PublishedListings.CountAsync(ct);

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

public static class CatalogueRegistration
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services) =>
        services.AddScoped<CatalogueBrowser>();
}
