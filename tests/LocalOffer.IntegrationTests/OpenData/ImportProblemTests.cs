using System.IO.Compression;
using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.OpenData;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalOffer.IntegrationTests.OpenData.OpenDataTestKit;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>
/// Bad files: each bad row is reported with its file, line and reason, and nothing of the import lands unless
/// the council asks for the good rows to be imported. Importing again updates rather than duplicates.
/// </summary>
public sealed class ImportProblemTests : IAsyncLifetime
{
    private const string Organisation = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string NewService = "aaaaaaaa-0000-4000-8000-0000000000a1";
    private const string Chatterbox = "11111111-1111-4111-8111-111111111111";
    private const string NoName = "aaaaaaaa-0000-4000-8000-0000000000a3";
    private const string TooOld = "aaaaaaaa-0000-4000-8000-0000000000a4";
    private const string NowhereVenue = "aaaaaaaa-0000-4000-8000-0000000000a5";
    private const string Venue = "aaaaaaaa-0000-4000-8000-00000000b001";
    private const string UnknownVenue = "aaaaaaaa-0000-4000-8000-00000000bfff";

    private readonly LocalOfferSite _site = new();

    public async Task InitializeAsync()
    {
        _ = _site.Server;
        var fixture = await _site.ImportAsync(FixtureCatalogue.Published());
        Assert.True(fixture.Succeeded);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    /// <summary>Two good services (one new, one a change to the fixture's Chatterbox) and four bad ones.</summary>
    private string TablesWithBadRows() => Folder(_site,
        ("organizations.csv", $"""
            id,name,description,email,website
            {Organisation},Riverside Trust,A local charity,hello@riverside.example,https://riverside.example
            """),
        ("services.csv", $"""
            id,organization_id,name,description,status,minimum_age,maximum_age,x_local_offer_summary
            {NewService},{Organisation},Riverside swimming,"Swimming for disabled children. Every Saturday morning.",active,5,16,
            {Chatterbox},{Organisation},Chatterbox talking group,A group for young children who are slow to talk.,active,0,5,A friendly talking group.
            not-a-uuid,{Organisation},Broken id,Something.,active,,,
            {NoName},{Organisation},,A service with no name.,active,,,
            {TooOld},{Organisation},Old teens,Something.,active,30,5,
            {NowhereVenue},{Organisation},Nowhere club,Something.,active,,,
            """),
        ("locations.csv", $"""
            id,location_type,name,latitude,longitude
            {Venue},physical,Riverside pool,51.38,-2.36
            """),
        ("address.csv", $"""
            id,location_id,address_1,city,state_province,postal_code,country,address_type
            aaaaaaaa-0000-4000-8000-00000000c001,{Venue},1 River Street,Bath,,BA1 1AY,GB,physical
            """),
        ("service_at_location.csv", $"""
            id,service_id,location_id
            aaaaaaaa-0000-4000-8000-00000000d001,{NowhereVenue},{UnknownVenue}
            aaaaaaaa-0000-4000-8000-00000000d002,{NewService},{Venue}
            """));

    [Fact]
    public async Task A_table_with_bad_rows_reports_each_line_and_reason_and_leaves_the_catalogue_exactly_as_it_was()
    {
        var before = await SnapshotAsync();

        var (exit, _, error) = await RunAsync(_site, "import-open-referral", TablesWithBadRows());

        Assert.Equal(1, exit);
        Assert.Contains("Nothing was imported", error);
        Assert.Contains("services.csv: line 4: id 'not-a-uuid' is not a UUID", error);
        Assert.Contains("services.csv: line 5 (service): name is missing", error);
        Assert.Contains("services.csv: line 6 (old-teens): minimum_age 30 is above 25, the oldest age the Local Offer covers", error);
        Assert.Contains($"service_at_location.csv: line 2: location_id {UnknownVenue} is not in locations.csv", error);
        Assert.Contains("services.csv: line 7 (nowhere-club): it has a bad row in service_at_location.csv (line 2)", error);
        Assert.DoesNotContain("line 2 (riverside", error);
        Assert.DoesNotContain("line 3 (chatterbox", error);
        Assert.Contains("--skip-bad-rows", error);

        Assert.Equal(before, await SnapshotAsync());
        var page = await _site.CreateClient().GetStringAsync("/services/chatterbox-speech-group");
        Assert.Contains("Chatterbox speech group", page);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/services/riverside-swimming")).StatusCode);
    }

    [Fact]
    public async Task Skipping_bad_rows_imports_the_good_services_keeps_an_existing_address_and_still_lists_the_bad()
    {
        var (exit, output, error) = await RunAsync(_site, "import-open-referral", TablesWithBadRows(), "--skip-bad-rows");

        Assert.Equal(1, exit);
        Assert.Contains("Left out 3 service(s) with problems, and every row that could not be read", error);
        Assert.Contains("services.csv: line 4: id 'not-a-uuid' is not a UUID", error);
        Assert.Contains("services.csv: line 6 (old-teens): minimum_age 30 is above 25", error);
        Assert.Contains("Imported 1 new and 1 updated services as published", output);
        Assert.Equal(FixtureCatalogue.PublishedCount + 1, (await SnapshotAsync()).Count);

        var client = _site.CreateClient();
        var changed = await client.GetStringAsync("/services/chatterbox-speech-group");
        Assert.Contains("Chatterbox talking group", changed);
        Assert.Contains("Riverside Trust", changed);
        var added = await client.GetStringAsync("/services/riverside-swimming");
        Assert.Contains("Swimming for disabled children.", added);
        Assert.Contains("1 River Street", added);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/old-teens")).StatusCode);
        var (_, results) = await client.GetPageAsync("/services?q=riverside+swimming");
        Assert.Equal("/services/riverside-swimming", results.QuerySelector(".lo-result h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_service_left_out_keeps_its_venue_when_a_good_one_names_the_same_venue_id()
    {
        const string chatterboxVenue = "11111111-1111-4111-8111-000000000001";
        var folder = Folder(_site,
            ("organizations.csv", $"id,name,description\n{Organisation},Riverside Trust,\n"),
            ("services.csv", $"id,organization_id,name,description,minimum_age\n{Chatterbox},{Organisation},Chatterbox,Too old.,30\n{NewService},{Organisation},Riverside swimming,Swimming.,5\n"),
            ("locations.csv", $"id,name\n{chatterboxVenue},Riverside pool\n"),
            ("address.csv", $"id,location_id,address_1,city,postal_code\n,{chatterboxVenue},1 River Street,Bath,BA1 1AY\n"),
            ("service_at_location.csv", $"id,service_id,location_id\n,{NewService},{chatterboxVenue}\n"));

        var (exit, output, error) = await RunAsync(_site, "import-open-referral", folder, "--skip-bad-rows");

        Assert.Equal(1, exit);
        Assert.Contains("services.csv: line 2 (chatterbox-speech-group): minimum_age 30 is above 25", error);
        Assert.Contains("Imported 1 new and 0 updated services", output);
        var client = _site.CreateClient();
        var chatterbox = await client.GetStringAsync("/services/chatterbox-speech-group");
        Assert.Contains("12 Temple Street", chatterbox);
        Assert.Contains("1 River Street", await client.GetStringAsync("/services/riverside-swimming"));
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_its_line_and_a_bad_entry_with_its_number_and_line()
    {
        var broken = Path.Combine(_site.DataDirectory, "broken.json");
        await File.WriteAllTextAsync(broken, "[\n  { \"id\": \"aaaaaaaa-0000-4000-8000-0000000000a1\",\n  oops\n]");
        var (exit, _, error) = await RunAsync(_site, "import-open-referral", broken);
        Assert.Equal(1, exit);
        Assert.Contains("broken.json: line 3: not valid JSON at line 3", error);

        var badEntry = Path.Combine(_site.DataDirectory, "bad-entry.json");
        await File.WriteAllTextAsync(badEntry, $$"""
            [
              { "id": "{{NewService}}", "name": "Riverside swimming", "description": "Swimming.", "status": "active",
                "organization": { "id": "{{Organisation}}", "name": "Riverside Trust", "description": "" } },
              {
                "id": "nope",
                "name": "Bad id"
              }
            ]
            """);
        (exit, _, error) = await RunAsync(_site, "import-open-referral", badEntry);
        Assert.Equal(1, exit);
        Assert.Contains("bad-entry.json: entry 2, line 4 (Bad id): $.id (line 5): The JSON value could not be converted to System.Guid.", error);
        Assert.Equal(FixtureCatalogue.PublishedCount, (await SnapshotAsync()).Count);
    }

    [Fact]
    public async Task Importing_again_updates_the_service_and_keeps_its_address_instead_of_duplicating_it()
    {
        var first = await RunAsync(_site, "import-open-referral", Example("service_full.json"));
        Assert.Contains("Imported 1 new and 0 updated services", first.Output);

        var changed = Path.Combine(_site.DataDirectory, "changed.json");
        await File.WriteAllTextAsync(changed, (await File.ReadAllTextAsync(Example("service_full.json"))).Replace("\"Community Counselling\"", "\"Community Counselling Service\""));
        var second = await RunAsync(_site, "import-open-referral", changed);

        Assert.Equal(0, second.Exit);
        Assert.Contains("Imported 0 new and 1 updated services", second.Output);
        Assert.Equal(FixtureCatalogue.PublishedCount + 1, (await SnapshotAsync()).Count);
        Assert.Contains("Community Counselling Service", await _site.CreateClient().GetStringAsync("/services/community-counselling"));
        await using var scope = _site.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.CountAsync(p => p.Name == "Example Organization Inc."));
    }

    [Fact]
    public async Task An_unmapped_term_is_reported_and_the_mapping_file_gives_it_a_category()
    {
        var (_, output, _) = await RunAsync(_site, "import-open-referral", Example("service_full.json"));
        Assert.Contains("1 taxonomy term(s) gave no category or need; add them to the mapping file to use them:", output);
        Assert.Contains("  name (3f7b145d-84af-42d7-8fae-eaca714b02b2) in taxonomy: 1 service(s)", output);

        var mapping = Path.Combine(_site.DataDirectory, "mapping.csv");
        await File.WriteAllTextAsync(mapping, "term_id,term,category,need\n3f7b145d-84af-42d7-8fae-eaca714b02b2,,mental-health,anxiety-mental-health\n");
        (_, output, _) = await RunAsync(_site, "import-open-referral", Example("service_full.json"), "--mapping", mapping);
        Assert.DoesNotContain("gave no category", output);
        var record = (await RecordAsync(_site, Guid.Parse("ac148810-d857-441c-9679-408f346de14b")))!;
        Assert.Equal(["mental-health", "anxiety-mental-health"], record.Attributes!.Select(a => a.TaxonomyTerm!.Code));
        var (_, category) = await _site.CreateClient().GetPageAsync("/services?category=mental-health");
        Assert.Contains("/services/community-counselling", category.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_starter_mapping_file_maps_common_terms_by_their_words_and_this_sites_own_terms_by_their_ids()
    {
        var file = Path.Combine(_site.DataDirectory, "terms.json");
        await File.WriteAllTextAsync(file, $$"""
            {
              "id": "{{NewService}}", "name": "Riverside respite", "description": "Short breaks by the river.", "status": "active",
              "organization": { "id": "{{Organisation}}", "name": "Riverside Trust", "description": "" },
              "attributes": [
                { "id": "aaaaaaaa-0000-4000-8000-00000000e001", "taxonomy_term": { "id": "aaaaaaaa-0000-4000-8000-00000000f001", "name": "Breaks and respite", "description": "" } },
                { "id": "aaaaaaaa-0000-4000-8000-00000000e002", "taxonomy_term": { "id": "aaaaaaaa-0000-4000-8000-00000000f002", "name": "ASD", "term": "autistic spectrum disorder (asd)", "description": "" } },
                { "id": "aaaaaaaa-0000-4000-8000-00000000e003", "taxonomy_term_id": "{{StableId.From("category", "sport")}}" }
              ]
            }
            """);
        var (exit, output, _) = await RunAsync(_site, "import-open-referral", file);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("gave no category", output);
        var record = (await RecordAsync(_site, Guid.Parse(NewService)))!;
        Assert.Equal(["autism", "short-breaks", "sport"], record.Attributes!.Select(a => a.TaxonomyTerm!.Code!).Order());
    }

    [Fact]
    public async Task A_mapping_file_with_a_mistake_stops_the_import_even_when_skipping_bad_rows()
    {
        var mapping = Path.Combine(_site.DataDirectory, "mapping.csv");
        await File.WriteAllTextAsync(mapping, "term_id,term,category,need\n,Counselling,no-such-category,\n");
        var (exit, _, error) = await RunAsync(_site, "import-open-referral", Example("service_full.json"), "--mapping", mapping, "--skip-bad-rows");
        Assert.Equal(1, exit);
        Assert.Contains("mapping.csv: line 2: unknown category 'no-such-category'", error);
        Assert.Equal(FixtureCatalogue.PublishedCount, (await SnapshotAsync()).Count);
    }

    [Fact]
    public async Task Pending_imports_wait_unpublished_and_inactive_services_are_withdrawn()
    {
        var folder = Folder(_site,
            ("organizations.csv", $"id,name,description\n{Organisation},Riverside Trust,\n"),
            ("services.csv", $"id,organization_id,name,description,status\n{NewService},{Organisation},Riverside swimming,Swimming.,active\n{NoName},{Organisation},Closed club,Closed.,defunct\n"));
        var (exit, output, _) = await RunAsync(_site, "import-open-referral", folder, "--pending");
        Assert.Equal(0, exit);
        Assert.Contains("as pending", output);
        await using var scope = _site.Services.CreateAsyncScope();
        var statuses = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Listings
            .Where(l => l.ProviderId == Guid.Parse(Organisation)).ToDictionaryAsync(l => l.Name, l => l.Status);
        Assert.Equal(ListingStatus.Pending, statuses["Riverside swimming"]);
        Assert.Equal(ListingStatus.Archived, statuses["Closed club"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.CreateClient().GetAsync("/services/riverside-swimming")).StatusCode);
    }

    [Fact]
    public async Task The_download_includes_a_service_as_soon_as_it_is_published()
    {
        var client = _site.CreateClient();
        using (var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync(OpenDataExchangeSetup.DownloadPath))))
            Assert.Equal(FixtureCatalogue.PublishedCount, Table(zip, "services.csv").Count);

        Assert.Equal(0, (await RunAsync(_site, "import-open-referral", Example("service_full.json"))).Exit);

        using (var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync(OpenDataExchangeSetup.DownloadPath))))
            Assert.Contains(Table(zip, "services.csv"), s => s["name"] == "Community Counselling");
    }

    /// <summary>Every listing and what a family would see of it, to prove an import changed nothing.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        return await db.Listings.OrderBy(l => l.Slug)
            .Select(l => l.Slug + "|" + l.Name + "|" + l.Status + "|" + l.Summary + "|" + l.ProviderId + "|" + l.MinimumAge + "|" + l.MaximumAge + "|" + l.Locations.Count + "|" + l.Contacts.Count)
            .ToListAsync();
    }
}
