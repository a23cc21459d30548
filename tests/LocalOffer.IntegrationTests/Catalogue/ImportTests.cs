using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Catalogue;

public sealed class ImportTests : IAsyncLifetime
{
    private readonly LocalOfferSite _site = new();

    public Task InitializeAsync() { _ = _site.Server; return Task.CompletedTask; }
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task A_file_with_one_bad_entry_imports_nothing_and_names_the_entry_and_reason()
    {
        var good = FixtureCatalogue.Published().Take(2).ToList();
        var bad = good[0] with { Id = Guid.NewGuid(), Slug = "bad-one", Categories = ["no-such-category"], MinimumAge = 9, MaximumAge = 3, Website = "javascript:alert(1)" };

        var result = await _site.ImportAsync([.. good, bad]);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Entry == 3 && p.Reason == "unknown category 'no-such-category'");
        Assert.Contains(result.Problems, p => p.Entry == 3 && p.Reason == "minimumAge is above maximumAge");
        Assert.Contains(result.Problems, p => p.Entry == 3 && p.Reason == "website must be an http or https address");
        Assert.DoesNotContain(result.Problems, p => p.Entry != 3);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Importing_the_same_listings_again_updates_them_instead_of_duplicating()
    {
        var listings = FixtureCatalogue.Published().Take(3).ToList();
        var first = await _site.ImportAsync(listings);
        var second = await _site.ImportAsync([listings[0] with { Name = "Chatterbox talking group" }, .. listings.Skip(1)]);

        Assert.Equal((3, 0), (first.Added, first.Updated));
        Assert.Equal((0, 3), (second.Added, second.Updated));
        Assert.Equal(3, await CountAsync());
        var html = await _site.CreateClient().GetStringAsync("/services/chatterbox-speech-group");
        Assert.Contains("Chatterbox talking group", html);
    }

    [Fact]
    public async Task Renaming_an_organisation_by_its_id_makes_all_its_listings_found_by_the_new_name()
    {
        var organisation = Guid.Parse("0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f");
        var listings = FixtureCatalogue.Published().Take(2)
            .Select(l => l with { Organization = new("Fernbrook Trust", null, null, null, null, organisation) }).ToList();
        await _site.ImportAsync(listings);

        // The file names only the first listing, but the organisation is the second one's too.
        await _site.ImportAsync([listings[0] with { Organization = new("Riverside Family Hub", null, null, null, null, organisation) }]);

        var client = _site.CreateClient();
        var renamed = await client.GetStringAsync("/services?q=riverside");
        Assert.Contains("/services/chatterbox-speech-group", renamed);
        Assert.Contains("/services/little-acorns-childminding", renamed);
        var old = await client.GetStringAsync("/services?q=fernbrook");
        Assert.DoesNotContain("/services/chatterbox-speech-group", old);
        Assert.DoesNotContain("/services/little-acorns-childminding", old);
        Assert.Contains("Riverside Family Hub", await client.GetStringAsync("/services/little-acorns-childminding"));
    }

    [Fact]
    public async Task Venues_and_contacts_are_shown_in_the_order_the_file_gives_them_on_the_page_and_in_open_data()
    {
        // Ids that sort the other way round from the file's order, so an order by id would show.
        var chatterbox = FixtureCatalogue.Published()[0];
        var venue = chatterbox.Locations[0];
        var listing = chatterbox with
        {
            Locations =
            [
                venue with { Id = Guid.Parse("ffffffff-0000-4000-8000-000000000001"), Name = "Temple Street hall" },
                venue with { Id = Guid.Parse("00000000-0000-4000-8000-000000000002"), Name = "Abbey Park pavilion", Address1 = "1 Abbey Park" },
            ],
            Contacts =
            [
                new(Guid.Parse("ffffffff-0000-4000-8000-0000000000c1"), "Zara Patel", "Group leader", "0117 496 0111", null, false),
                new(Guid.Parse("00000000-0000-4000-8000-0000000000c2"), "Amir Khan", "Speech therapist", "0117 496 0222", null, false),
            ],
        };
        await _site.ImportAsync([listing]);

        var page = await _site.CreateClient().GetStringAsync("/services/chatterbox-speech-group");
        Assert.True(page.IndexOf("Temple Street hall", StringComparison.Ordinal) < page.IndexOf("Abbey Park pavilion", StringComparison.Ordinal), "venues out of order on the service page");
        Assert.True(page.IndexOf("Zara Patel", StringComparison.Ordinal) < page.IndexOf("Amir Khan", StringComparison.Ordinal), "contacts out of order on the service page");
        var record = await OpenData.OpenDataTestKit.RecordAsync(_site, listing.Id);
        Assert.Equal(["Temple Street hall", "Abbey Park pavilion"], record!.ServiceAtLocations.Select(v => v.Location!.Name));
        Assert.Equal(["Zara Patel", "Amir Khan"], record.Contacts.Select(c => c.Name));
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_its_line()
    {
        var file = Path.Combine(_site.DataDirectory, "broken.json");
        await File.WriteAllTextAsync(file, "[\n  { \"slug\": \"x\",\n  oops\n]");
        await using var scope = _site.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ListingFileImporter>().ImportAsync([file], Web.Features.Catalogue.ListingStatus.Published, 12);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("not valid JSON at line 3", problem.Reason);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Listings.CountAsync();
    }
}
