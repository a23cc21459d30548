using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.SearchIndex;
using Microsoft.Data.Sqlite;

namespace LocalOffer.IntegrationTests.Search;

/// <summary>The index is derived data: it rebuilds itself when it is missing, broken or stale, and follows every change.</summary>
public sealed class SearchIndexLifecycleTests
{
    private static async Task<List<string>> SlugsAsync(LocalOfferSite site, string query)
    {
        var (_, page) = await site.CreateClient().GetPageAsync("/services?" + query);
        return page.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")!.Replace("/services/", "")).ToList();
    }

    private static string IndexFile(LocalOfferSite site) => Path.Combine(site.DataDirectory, "search", "index.db");

    [Theory]
    [InlineData("deleted")]
    [InlineData("corrupt")]
    [InlineData("old version")]
    public async Task A_missing_corrupt_or_outdated_index_is_rebuilt_at_start_up(string damage)
    {
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        await using (var first = new SearchSite(folder) { KeepData = true })
        {
            await first.InitializeAsync();
            Assert.Equal(["sensory-swimming"], await SlugsAsync(first, "q=swimming"));
        }
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(folder, "search", "index.db");
        switch (damage)
        {
            case "deleted": File.Delete(file); break;
            case "corrupt": await File.WriteAllBytesAsync(file, System.Text.Encoding.UTF8.GetBytes(new string('x', 8192))); break;
            case "old version":
                await using (var connection = new SqliteConnection($"Data Source={file};Pooling=false"))
                {
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"PRAGMA user_version = {SqliteSearchIndex.FormatVersion - 1}; DELETE FROM docs;";
                    await command.ExecuteNonQueryAsync();
                }
                break;
        }

        await using var second = new LocalOfferSite(folder);
        Assert.Equal(["sensory-swimming"], await SlugsAsync(second, "q=swimming"));
        Assert.Contains(second.Logs.Lines, l => l.Contains("Search index") && l.Contains("rebuilding"));
    }

    [Fact]
    public async Task Adding_changing_and_withdrawing_a_listing_shows_in_search_at_once()
    {
        await using var site = new SearchSite();
        await site.InitializeAsync();
        var swimming = SearchFixture.Services().Single(s => s.Slug == "sensory-swimming");
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=swimming"));
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=swimming")); // asked for twice, so now cached

        await site.ImportAsync([swimming with { Id = Guid.NewGuid(), Slug = "trampoline-club", Name = "Bouncy trampoline club", Summary = "Trampolining for all.", Locations = [] }]);
        Assert.Equal(["trampoline-club"], await SlugsAsync(site, "q=trampoline"));

        await site.ImportAsync([swimming with { Name = "Sensory splash", Summary = "Splashing in warm water.", Description = "Quiet." }]);
        Assert.Empty(await SlugsAsync(site, "q=swimming"));
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=splash"));

        await site.ImportAsync([swimming], LocalOffer.Web.Features.Catalogue.ListingStatus.Archived);
        Assert.Empty(await SlugsAsync(site, "q=splash"));
        Assert.Empty(await SlugsAsync(site, "q=swimming"));
    }

    [Fact]
    public async Task A_results_page_is_kept_in_the_cache_once_it_has_been_asked_for_twice()
    {
        await using var site = new SearchSite();
        await site.InitializeAsync();
        var client = site.CreateClient();
        async Task<bool> FromCacheAsync(string address) => (await client.GetAsync(address)).Headers.Contains("Age");

        Assert.False(await FromCacheAsync("/services?q=swimming"));
        Assert.False(await FromCacheAsync("/services?q=swimming"));
        Assert.True(await FromCacheAsync("/services?q=swimming"));
        Assert.False(await FromCacheAsync("/services?q=swimming&age=6-11"));
    }

    [Fact]
    public async Task An_index_broken_while_the_site_runs_is_rebuilt_on_the_next_search()
    {
        await using var site = new SearchSite();
        await site.InitializeAsync();
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=swimming"));
        SqliteConnection.ClearAllPools();
        await File.WriteAllBytesAsync(IndexFile(site), new byte[8192]);

        // A search the site has not answered before has to read the broken file.
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=dimmed"));
        Assert.Equal(["sensory-swimming"], await SlugsAsync(site, "q=swimming"));
        Assert.Contains(site.Logs.Lines, l => l.Contains("Search index failed"));
    }
}
