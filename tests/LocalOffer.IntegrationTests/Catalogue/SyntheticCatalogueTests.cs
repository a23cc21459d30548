using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Demo;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Catalogue;

public sealed class SyntheticCatalogueTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_services_and_another_seed_does_not()
    {
        var first = await GenerateAsync(seed: 3);
        var again = await GenerateAsync(seed: 3);
        var other = await GenerateAsync(seed: 4);

        Assert.Equal(120, first.Count);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private static async Task<List<string>> GenerateAsync(int seed)
    {
        await using var site = new LocalOfferSite();
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SyntheticCatalogue>().GenerateAsync(120, seed);
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var listings = await db.PublishedListings.Include(l => l.Locations).Include(l => l.Categories).OrderBy(l => l.Slug).ToListAsync();
        return listings.Select(l => $"{l.Id} {l.Name} {l.MinimumAge}-{l.MaximumAge} {string.Join(',', l.Locations.Select(x => x.Postcode))} {string.Join(',', l.Categories.Select(c => c.Slug))}").ToList();
    }
}
