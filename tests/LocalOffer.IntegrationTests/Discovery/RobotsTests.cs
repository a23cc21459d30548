using System.Net;
using System.Xml.Linq;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Discovery;

[Collection(DiscoverySiteCollection.Name)]
public sealed class RobotsTests(DiscoverySite site)
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<string> RobotsAsync()
    {
        var response = await _client.GetAsync("/robots.txt");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_at_the_public_address()
    {
        var robots = await RobotsAsync();
        Assert.Contains($"Sitemap: {DiscoverySite.PublicUrl}/sitemap.xml\n", robots);
    }

    [Theory]
    [InlineData("/officer")]
    [InlineData("/officer/queue")]
    [InlineData("/officer/listings/11111111-1111-4111-8111-111111111111/edit")]
    [InlineData("/provider")]
    [InlineData("/provider/drafts/11111111-1111-4111-8111-111111111111")]
    [InlineData("/admin/officers")]
    [InlineData("/account/sign-in")]
    [InlineData("/listings/confirm?token=abc")]
    [InlineData("/shortlist")]
    [InlineData("/shortlist/print")]
    [InlineData("/language/cy?returnUrl=%2F")]
    [InlineData("/services?q=speech")]
    [InlineData("/services?age=0-2")]
    [InlineData("/services?category=sport&free=true")]
    [InlineData("/services?category=sport&page=2")]
    [InlineData("/services/chatterbox-speech-group/report-a-problem")]
    [InlineData("/comments?topic=Information")]
    public async Task Pages_behind_sign_in_and_endless_searches_are_not_crawled(string address) =>
        Assert.False(new RobotsRules(await RobotsAsync()).Allows(address), $"{address} is open to crawlers");

    [Theory]
    [InlineData("/")]
    [InlineData("/services")]
    [InlineData("/services/chatterbox-speech-group")]
    [InlineData("/services?category=sport")]
    [InlineData("/categories/health")]
    [InlineData("/information/about/no-internet")]
    [InlineData("/comments")]
    [InlineData("/you-said-we-did/2023")]
    public async Task Public_pages_are_open_to_crawlers(string address) =>
        Assert.True(new RobotsRules(await RobotsAsync()).Allows(address), $"{address} is closed to crawlers");

    [Fact]
    public async Task Every_address_in_the_sitemap_may_be_crawled()
    {
        var rules = new RobotsRules(await RobotsAsync());
        var sitemap = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var closed = sitemap.Descendants(XName.Get("loc", SitemapTests.Namespace))
            .Select(l => l.Value[DiscoverySite.PublicUrl.Length..])
            .Where(path => !rules.Allows(path)).ToList();
        Assert.Empty(closed);
    }

    [Fact]
    public async Task A_demonstration_site_asks_search_engines_to_keep_out()
    {
        // The site as the README's run command starts it: a demonstration with made-up services and phone numbers.
        await using var demo = new LocalOfferSite();
        var robots = await demo.CreateClient().GetStringAsync("/robots.txt");
        var rules = new RobotsRules(robots);
        Assert.False(rules.Allows("/"));
        Assert.False(rules.Allows("/services/chatterbox-speech-group"));
        Assert.DoesNotContain("Sitemap:", robots);
    }
}
