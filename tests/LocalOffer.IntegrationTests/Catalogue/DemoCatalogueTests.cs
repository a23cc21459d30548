using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Catalogue;

/// <summary>The demonstration catalogue covers what a family could look for, as the README promises.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DemoCatalogueTests(DemoSite site)
{
    private async Task<List<Listing>> PublishedAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().PublishedListings
            .Include(l => l.Categories).Include(l => l.Needs).Include(l => l.Locations).AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task Has_at_least_250_published_services_with_unique_addresses()
    {
        var listings = await PublishedAsync();
        Assert.True(listings.Count >= 250, $"only {listings.Count} demo services");
        Assert.Equal(listings.Count, listings.Select(l => l.Slug).Distinct().Count());
    }

    [Fact]
    public async Task Covers_every_top_level_category_and_every_sub_category()
    {
        var client = site.CreateClient();
        var (_, home) = await client.GetPageAsync("/");
        foreach (var tile in home.QuerySelectorAll(".lo-tile"))
        {
            var (response, category) = await client.GetPageAsync(tile.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("(0 services)", category.Text("main"));
        }
    }

    [Fact]
    public async Task Covers_every_age_band_every_area_of_need_costs_and_delivery_modes()
    {
        var listings = await PublishedAsync();
        foreach (var band in AgeBand.Bands)
            Assert.True(listings.Count(l => l.Ages.Overlaps(band.Range)) >= 10, $"few services for {band.Label}");
        foreach (var area in new[] { "communication-interaction", "cognition-learning", "social-emotional-mental-health", "sensory-physical" })
            Assert.Contains(listings, l => l.Needs.Any(n => n.Code == area || n.ParentCode == area));
        Assert.Contains(listings, l => l.IsFree);
        Assert.Contains(listings, l => !l.IsFree);
        foreach (var mode in Enum.GetValues<DeliveryMode>())
            Assert.Contains(listings, l => l.DeliveryModes.Contains(mode));
        Assert.True(listings.Count(l => l.AreaWide || l.DeliveryModes.Contains(DeliveryMode.Online) || l.Reach != Reach.InArea) >= 20);
        Assert.True(listings.Count(l => !string.IsNullOrEmpty(l.SenInformationReportUrl)) >= 10);
        Assert.Contains(listings, l => l.Locations.Any(x => x.ShowAreaOnly));
    }

    [Fact]
    public async Task Every_demo_service_page_renders()
    {
        var client = site.CreateClient();
        foreach (var listing in (await PublishedAsync()).Take(300))
        {
            var response = await client.GetAsync($"/services/{listing.Slug}");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"/services/{listing.Slug} answered {(int)response.StatusCode}");
        }
    }
}
