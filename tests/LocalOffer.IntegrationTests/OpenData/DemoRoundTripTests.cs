using System.IO.Compression;
using System.Net;
using System.Text.Json;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Demo;
using LocalOffer.Web.Features.OpenData;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalOffer.IntegrationTests.OpenData.OpenDataTestKit;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>
/// The demonstration catalogue exported with the command and imported into an empty site, as a council moving its
/// catalogue would: the same services with the same ids, organisations and search results. And the public
/// download holds only what the public may see.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DemoRoundTripTests(DemoSite demo)
{
    /// <summary>Searches a family might make: words, a category, an age band, a postcode with a radius, and mixes of them.</summary>
    private static readonly string[] Searches =
    [
        "q=speech+therapy", "q=autism", "category=short-breaks", "category=health", "age=0-2", "age=16-18&category=leisure",
        "postcode=BA1+1AY&radius=5", "postcode=BA1+1AY&radius=2&q=swimming", "need=hearing", "free=true&age=6-11",
    ];

    [Theory]
    [InlineData("demo.zip")]
    [InlineData("demo.json")]
    public async Task A_complete_export_imported_into_an_empty_site_gives_the_same_services_ids_organisations_and_search_results(string file)
    {
        var export = Path.Combine(demo.DataDirectory, Guid.NewGuid().ToString("N") + "-" + file);
        var exported = await RunAsync(demo, "export-open-referral", export, "--complete");
        Assert.Equal(0, exported.Exit);
        Assert.Contains("COMPLETE export", exported.Error);

        await using var empty = new LocalOfferSite();
        _ = empty.Server;
        await LoadDemoPostcodesAsync(empty);
        var (exit, output, error) = await RunAsync(empty, "import-open-referral", export);
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("gave no category or need", output);

        var before = await AllRecordsAsync(demo, complete: true);
        var after = await AllRecordsAsync(empty, complete: true);
        Assert.True(before.Count >= 250);
        Assert.Contains($"Imported {before.Count} new and 0 updated services as published (of {before.Count} read).", output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.Equal(Organisations(before), Organisations(after));
        foreach (var (id, service) in before)
            Assert.Equal(Comparable(service), Comparable(after[id]));

        var demoBrowser = demo.CreateClient();
        var emptyBrowser = empty.CreateClient();
        foreach (var search in Searches)
        {
            var (expectedCount, expected) = await ResultsAsync(demoBrowser, search);
            var (actualCount, actual) = await ResultsAsync(emptyBrowser, search);
            Assert.True(expected.Count > 0 && expectedCount.Length > 0, $"{search} finds nothing in the demo");
            Assert.True((expectedCount, string.Join(" ", expected)) == (actualCount, string.Join(" ", actual)),
                $"{search}:\n{expectedCount} {string.Join(" ", expected)}\n{actualCount} {string.Join(" ", actual)}");
        }
    }

    [Fact]
    public async Task The_public_download_masks_area_only_venues_and_leaves_out_hidden_contacts_which_the_complete_export_keeps()
    {
        var response = await demo.CreateClient().GetAsync(OpenDataExchangeSetup.DownloadPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var download = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));

        await using var scope = demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var hidden = (await db.Contacts.Where(c => c.IsHidden).Select(c => c.Id).ToListAsync()).Select(id => id.ToString()).ToList();
        var areaOnly = await db.Locations.Where(l => l.ShowAreaOnly).ToListAsync();
        Assert.NotEmpty(hidden);
        Assert.NotEmpty(areaOnly);

        var contacts = Table(download, "contacts.csv");
        Assert.NotEmpty(contacts);
        Assert.DoesNotContain(contacts, c => hidden.Contains(c["id"]));
        Assert.DoesNotContain(contacts, c => c["x_hidden"] == "true");
        var locations = Table(download, "locations.csv").ToDictionary(l => l["id"]);
        var addresses = Table(download, "address.csv").ToDictionary(a => a["location_id"]);
        foreach (var venue in areaOnly)
        {
            var row = locations[venue.Id.ToString()];
            Assert.Equal(("true", "", ""), (row["x_show_area_only"], row["latitude"], row["longitude"]));
            Assert.Equal("", row["name"]);
            var address = addresses[venue.Id.ToString()];
            Assert.Equal("", address["address_1"]);
            Assert.Equal(PublicAddressDistrict(venue.Postcode), address["postal_code"]);
            Assert.Equal(venue.Town, address["city"]);
        }

        var complete = Path.Combine(demo.DataDirectory, Guid.NewGuid().ToString("N") + ".zip");
        Assert.Equal(0, (await RunAsync(demo, "export-open-referral", complete, "--complete")).Exit);
        using var everything = ZipFile.OpenRead(complete);
        Assert.Equal(hidden.Order(), Table(everything, "contacts.csv").Where(c => c["x_hidden"] == "true").Select(c => c["id"]).Order());
        var exact = Table(everything, "address.csv").ToDictionary(a => a["location_id"]);
        Assert.All(areaOnly, venue => Assert.Equal(venue.Postcode, exact[venue.Id.ToString()]["postal_code"]));
    }

    [Fact]
    public async Task The_download_has_every_table_with_the_profiles_columns_first_and_a_data_package_describing_them()
    {
        var bytes = await demo.CreateClient().GetByteArrayAsync(OpenDataExchangeSetup.DownloadPath);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        string[] tables = ["organizations.csv", "services.csv", "attribute.csv", "service_at_location.csv", "locations.csv", "phones.csv", "contacts.csv",
            "address.csv", "schedule.csv", "funding.csv", "service_areas.csv", "languages.csv", "accessibility.csv", "taxonomy_terms.csv",
            "cost_options.csv", "organization_identifiers.csv", "taxonomies.csv", "x_local_offer_answers.csv", "datapackage.json"];
        Assert.Equal(tables, zip.Entries.Select(e => e.FullName));
        Assert.Equal(["id", "organization_id", "name", "description", "url", "email", "status", "fees", "accreditations", "minimum_age", "maximum_age",
            "assured_date", "assurer_email", "alert", "last_modified"], Header(zip, "services.csv").Take(15));
        Assert.Equal(["id", "location_id", "attention", "address_1", "city", "region", "state_province", "postal_code", "country", "address_type"], Header(zip, "address.csv"));
        Assert.All(Header(zip, "services.csv").Skip(17), column => Assert.StartsWith("x_local_offer_", column));

        var services = Table(zip, "services.csv");
        Assert.Equal((await AllRecordsAsync(demo, complete: false)).Count, services.Count);
        Assert.All(services, s => Assert.True(Guid.TryParse(s["id"], out _)));
        var organisations = Table(zip, "organizations.csv").Select(o => o["id"]).ToHashSet();
        Assert.All(services, s => Assert.Contains(s["organization_id"], organisations));
        var terms = Table(zip, "taxonomy_terms.csv").Select(t => t["id"]).ToHashSet();
        Assert.All(Table(zip, "attribute.csv"), a => Assert.Contains(a["taxonomy_term_id"], terms));

        using var package = JsonDocument.Parse(zip.GetEntry("datapackage.json")!.Open());
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(tables[..^1], resources.Select(r => r.GetProperty("path").GetString()));
        var servicesResource = resources.Single(r => r.GetProperty("path").GetString() == "services.csv");
        Assert.Equal(Header(zip, "services.csv"), servicesResource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("id", servicesResource.GetProperty("schema").GetProperty("primaryKey").GetString());
    }

    private static string PublicAddressDistrict(string postcode) => Web.Features.Catalogue.PublicAddress.PostcodeDistrict(postcode);

    private static async Task LoadDemoPostcodesAsync(LocalOfferSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(Path.Combine(DemoCatalogue.DataFolder, "postcodes-demo.csv"));
        Assert.True(summary.Loaded > 0);
    }

    private static List<string> Organisations(Dictionary<Guid, Or.Service> services) =>
        services.Values.Select(s => $"{s.Organization!.Id} {s.Organization.Name} {s.Organization.Email} {s.Organization.Website}").Distinct().Order().ToList();

    /// <summary>The record as JSON, leaving out when it was last changed (which an import sets).</summary>
    private static string Comparable(Or.Service service) =>
        JsonSerializer.Serialize(service with { LastModified = null }, Or.OpenReferralJson.Options);

    private static async Task<(string Count, List<string> Slugs)> ResultsAsync(HttpClient client, string search)
    {
        var (response, page) = await client.GetPageAsync("/services?" + search);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = page.QuerySelector("main p[role=status]")?.TextContent.Squash() ?? "";
        return (status, page.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")!).ToList());
    }
}
