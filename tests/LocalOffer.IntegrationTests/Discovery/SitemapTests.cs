using System.Net;
using System.Xml.Linq;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Information;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Discovery;

[Collection(DiscoverySiteCollection.Name)]
public sealed class SitemapTests(DiscoverySite site)
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Sm = Namespace;
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>The sitemap's addresses, each as its path on this site, with its lastmod if it has one.</summary>
    private async Task<Dictionary<string, string?>> AddressesAsync()
    {
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var urls = sitemap.Root!.Elements(Sm + "url").ToList();
        var paths = urls.Select(u => u.Element(Sm + "loc")!.Value).ToList();
        Assert.All(paths, p => Assert.StartsWith(DiscoverySite.PublicUrl + "/", p));
        Assert.Equal(paths.Count, paths.Distinct().Count());
        return urls.ToDictionary(u => u.Element(Sm + "loc")!.Value[DiscoverySite.PublicUrl.Length..], u => u.Element(Sm + "lastmod")?.Value);
    }

    [Fact]
    public async Task Sitemap_is_a_sitemaps_org_urlset_served_as_xml_with_absolute_public_addresses()
    {
        var response = await _client.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Sm + "urlset", sitemap.Root!.Name);
        Assert.All(sitemap.Root.Elements(), url => Assert.Equal(Sm + "url", url.Name));
        Assert.All(sitemap.Descendants(Sm + "loc"), loc => Assert.True(
            Uri.TryCreate(loc.Value, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == DiscoverySite.PublicUrl,
            $"{loc.Value} is not on {DiscoverySite.PublicUrl}"));
        Assert.Contains(DiscoverySite.PublicUrl + "/", sitemap.Descendants(Sm + "loc").Select(l => l.Value));
    }

    [Fact]
    public async Task Sitemap_lists_every_published_service_with_the_day_it_last_changed_and_nothing_unpublished()
    {
        var addresses = await AddressesAsync();
        var services = addresses.Keys.Where(a => a.StartsWith("/services/", StringComparison.Ordinal)).ToHashSet();

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOffer.Web.Infrastructure.Database.LocalOfferDb>();
        var published = await db.PublishedListings.Select(l => new { l.Slug, l.UpdatedAt }).ToListAsync();
        Assert.Equal(published.Select(p => "/services/" + p.Slug).ToHashSet(), services);
        Assert.All(FixtureCatalogue.Published(), l => Assert.Contains("/services/" + l.Slug, services));
        Assert.Contains("/services/" + DiscoverySite.Hostile.Slug, services);
        foreach (var unpublished in new[] { DiscoverySite.Draft, DiscoverySite.Pending, DiscoverySite.Archived })
            Assert.DoesNotContain(addresses.Keys, a => a.Contains(unpublished.Slug));

        var chatterbox = published.Single(p => p.Slug == "chatterbox-speech-group");
        Assert.Equal(chatterbox.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd"), addresses["/services/chatterbox-speech-group"]);
    }

    [Fact]
    public async Task Sitemap_lists_the_home_search_category_information_and_feedback_pages()
    {
        var addresses = await AddressesAsync();
        Assert.Contains("/", addresses.Keys);
        Assert.Contains("/services", addresses.Keys);

        // A category with sub-categories has its own page; one without is found by a search for it.
        Assert.Contains("/categories/health", addresses.Keys);
        Assert.Contains("/services?category=therapies", addresses.Keys);
        await using var scope = site.Services.CreateAsyncScope();
        var categories = await scope.ServiceProvider.GetRequiredService<CatalogueBrowser>().CategoriesAsync();
        foreach (var top in categories.TopLevel)
        {
            Assert.Contains("/categories/" + top.Slug, addresses.Keys);
            Assert.All(top.Children.Where(c => c.Children.Count == 0), c => Assert.Contains("/services?category=" + c.Slug, addresses.Keys));
        }

        var content = site.Services.GetRequiredService<ContentLibrary>();
        Assert.All(content.All.Where(p => p.Variant is null), page => Assert.Contains(page.Url, addresses.Keys));
        Assert.Contains("/information", addresses.Keys);
        Assert.Contains("/information/about/no-internet", addresses.Keys);
        Assert.Contains("/information/ehc-plans/asking-for-an-assessment/easy-read", addresses.Keys);
        Assert.DoesNotContain(addresses.Keys, a => a.Contains("lang="));

        Assert.Contains("/feedback", addresses.Keys);
        Assert.Contains("/comments", addresses.Keys);
        Assert.Contains("/you-said-we-did", addresses.Keys);
    }

    [Fact]
    public async Task Sitemap_lists_published_you_said_we_did_years_only()
    {
        var addresses = await AddressesAsync();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", addresses["/you-said-we-did/2023"]);
        Assert.DoesNotContain("/you-said-we-did/2024", addresses.Keys);
    }

    [Fact]
    public async Task Sitemap_never_lists_a_page_behind_sign_in()
    {
        var addresses = await AddressesAsync();
        Assert.DoesNotContain(addresses.Keys, a =>
            a.StartsWith("/officer") || a.StartsWith("/provider") || a.StartsWith("/account") || a.StartsWith("/admin") || a.StartsWith("/shortlist"));
    }

    [Fact]
    public async Task Every_address_in_the_sitemap_is_a_page_that_opens()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var failed = new List<string>();
        foreach (var address in (await AddressesAsync()).Keys)
        {
            var response = await client.GetAsync(address);
            if (response.StatusCode != HttpStatusCode.OK) failed.Add($"{address}: {(int)response.StatusCode}");
        }
        Assert.Empty(failed);
    }

    [Fact]
    public async Task A_listing_is_in_the_sitemap_as_soon_as_an_officer_approves_it()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm($"{OfficerTestData.UniqueWord()} sitemap group"));
        var before = await AddressesAsync();

        await officer.FollowAsync(await officer.ApproveAsync(submission.Id, "therapies"));

        var listing = await site.ListingAsync(submission.ListingId);
        Assert.Equal(ListingStatus.Published, listing.Status);
        Assert.DoesNotContain("/services/" + listing.Slug, before.Keys);
        Assert.Contains("/services/" + listing.Slug, (await AddressesAsync()).Keys);
    }
}
