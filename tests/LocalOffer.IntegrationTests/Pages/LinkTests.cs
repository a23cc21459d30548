using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class LinkTests(FixtureSite site)
{
    /// <summary>Follows every link inside the site from the home page: none may be broken.</summary>
    [Fact]
    public async Task Every_internal_link_reachable_from_the_home_page_works()
    {
        var client = site.CreateClient();
        var seen = new HashSet<string> { "/" };
        var queue = new Queue<(string Url, string From)>([("/", "")]);
        var broken = new List<string>();
        while (queue.Count > 0 && seen.Count < 600)
        {
            var (url, from) = queue.Dequeue();
            var (response, page) = await client.GetPageAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) { broken.Add($"{url} ({(int)response.StatusCode}) linked from {from}"); continue; }
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//")) continue;
                var target = href.Split('#')[0];
                if (target.Length > 0 && seen.Add(target)) queue.Enqueue((target, url));
            }
        }
        Assert.True(seen.Count > 50, $"only {seen.Count} pages were reached");
        Assert.Empty(broken);
    }
}
