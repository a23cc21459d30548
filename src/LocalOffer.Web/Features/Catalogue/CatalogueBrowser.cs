using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>The published catalogue for browsing: the category tree, counts per category, one listing by its address.</summary>
public sealed class CatalogueBrowser(LocalOfferDb db)
{
    private CategoryTree? _tree;

    public async Task<CategoryTree> CategoriesAsync(CancellationToken ct = default) =>
        _tree ??= new CategoryTree(await db.Categories.AsNoTracking().ToListAsync(ct));

    public Task<Listing?> FindPublishedAsync(string slug, CancellationToken ct = default) =>
        db.PublishedListings.AsNoTracking()
            .Include(l => l.Provider)
            .IncludeVenues()
            .IncludeContacts()
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

    /// <summary>The Local Offer questions in officers' current wording, by the key answers are filed under.</summary>
    public Task<Dictionary<string, string>> QuestionTextsAsync(CancellationToken ct = default) =>
        db.LocalOfferQuestions.AsNoTracking().ToDictionaryAsync(q => q.Key, q => q.Text, ct);

}

public static class CatalogueRegistration
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services) =>
        services.AddScoped<CatalogueBrowser>()
            .AddScoped<Search.ServiceSearch>()
            .AddScoped<Search.UnmetSearchReport>()
            .AddSingleton<Search.SearchCatalogue>()
            .AddSingleton<Search.ListingChangeFeed>()
            .AddHostedService(sp => sp.GetRequiredService<Search.ListingChangeFeed>())
            .AddSingleton<Infrastructure.SearchIndex.ISearchIndex>(provider => new Infrastructure.SearchIndex.SqliteSearchIndex(
                Path.Combine(provider.GetRequiredService<Infrastructure.Hosting.DataDirectory>().Path, "search", "index.db")));
}
