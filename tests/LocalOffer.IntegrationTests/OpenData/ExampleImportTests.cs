using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using static LocalOffer.IntegrationTests.OpenData.OpenDataTestKit;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>
/// The Open Referral UK 3.0 profile's own examples, imported into an empty site with the import command, come back
/// through the service page, the search and the Open Referral records (what the API serves).
/// </summary>
public sealed class ExampleImportTests : IAsyncLifetime
{
    private static readonly Guid ServiceId = Guid.Parse("ac148810-d857-441c-9679-408f346de14b");
    private static readonly Guid OrganisationId = Guid.Parse("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610");
    private readonly LocalOfferSite _site = new();

    public Task InitializeAsync() { _ = _site.Server; return Task.CompletedTask; }
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Theory]
    [InlineData("service_full.json")]
    [InlineData("organization_full.json")]
    [InlineData("service_at_location_full.json")]
    [InlineData("service_at_location_list.json")]
    [InlineData("service_list.json")]
    public async Task Each_example_imports_and_comes_back_with_its_ids_on_the_page_in_search_and_in_the_records(string file)
    {
        var (exit, output, error) = await RunAsync(_site, "import-open-referral", Example(file));

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Contains("Imported 1 new and 0 updated services as published (of 1 read).", output);
        Assert.Contains("maximum_age 100 is above 25, the oldest age the Local Offer covers: recorded as no upper limit", output);

        var record = await RecordAsync(_site, ServiceId);
        Assert.NotNull(record);
        Assert.Equal("Community Counselling", record.Name);
        Assert.Equal(OrganisationId, record.OrganizationId);
        Assert.Equal("Example Organization Inc.", record.Organization!.Name);
        Assert.Equal("http://example.com/counselling", record.Url);
        Assert.Equal("email@example.com", record.Email);
        Assert.Equal("active", record.Status);
        Assert.Equal((12m, (decimal?)null), (record.MinimumAge!.Value, record.MaximumAge));
        Assert.Equal("2005-01-01", record.AssuredDate);
        Assert.Equal("Counselling Services provided by trained professionals.", record.LocalOffer!.Summary);
        Assert.StartsWith("Counselling Services provided by trained professionals. Suitable for people", record.Description);

        var page = await _site.CreateClient().GetAsync("/services/community-counselling");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Community Counselling", html);
        Assert.Contains("Example Organization Inc.", html);
        var (_, results) = await _site.CreateClient().GetPageAsync("/services?q=counselling");
        Assert.Equal(["/services/community-counselling"], results.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("service_full.json")]
    [InlineData("organization_full.json")]
    [InlineData("service_at_location_full.json")]
    public async Task A_full_example_keeps_its_venue_contact_hours_costs_and_area_and_reports_its_unmapped_term(string file)
    {
        var (exit, output, _) = await RunAsync(_site, "import-open-referral", Example(file));
        Assert.Equal(0, exit);
        // The example's venue is at latitude 100, longitude 101, with a postcode that is not a UK one.
        Assert.Contains("venue MyCity Civic Center: postal_code 'ABC 1234' is not a UK postcode", output);
        Assert.Contains("venue MyCity Civic Center: no usable coordinates and its postcode was not found", output);
        Assert.Contains("1 taxonomy term(s) gave no category or need", output);
        Assert.Contains("  name (3f7b145d-84af-42d7-8fae-eaca714b02b2) in taxonomy: 1 service(s)", output);

        var record = (await RecordAsync(_site, ServiceId))!;
        var place = Assert.Single(record.ServiceAtLocations!);
        Assert.Equal(Guid.Parse("3a19ff88-4620-4d17-9830-ac1d859eb5d5"), place.LocationId);
        Assert.Equal("MyCity Civic Center", place.Location!.Name);
        Assert.Null(place.Location.Latitude);
        var address = Assert.Single(place.Location.Addresses!);
        Assert.Equal(("1-30 Main Street", "MyCity", "ABC 1234"), (address.Address1, address.City, address.PostalCode));
        Assert.Contains(place.Location.Accessibility!, a => a.Description!.Contains("induction loops for hearing aids"));

        var contact = Assert.Single(record.Contacts!);
        Assert.Equal((Guid.Parse("1e7efce3-639b-4880-940c-b95cd30cdb50"), "Ann Persona", "Reception Manager"), (contact.Id, contact.Name, contact.Title));
        Assert.Equal(["TH 10:00-18:00", "FR 10:00-18:00"], record.Schedules!.Select(s => $"{s.Byday} {s.OpensAt}-{s.ClosesAt}"));
        Assert.Contains("not available on public holidays", record.LocalOffer!.OpeningNotes);
        var cost = Assert.Single(record.CostOptions!);
        Assert.Equal(("Under 18s and Over 60s (per 1 hour session)", 35m), (cost.Option, cost.Amount!.Value));
        Assert.StartsWith("The service is available to all residents of the MyCity area.", Assert.Single(record.ServiceAreas!).Name);
        Assert.Empty(record.Attributes!);
    }

    [Fact]
    public async Task A_folder_of_json_files_and_a_zip_of_them_import_every_service_in_them()
    {
        var folder = Path.Combine(_site.DataDirectory, "json-folder");
        Directory.CreateDirectory(folder);
        File.Copy(Example("service_full.json"), Path.Combine(folder, "counselling.json"));
        await File.WriteAllTextAsync(Path.Combine(folder, "advice.json"), (await File.ReadAllTextAsync(Example("service_full.json")))
            .Replace(ServiceId.ToString(), "aaaaaaaa-0000-4000-8000-0000000000a1").Replace("\"Community Counselling\"", "\"Community Advice\""));

        var (exit, output, _) = await RunAsync(_site, "import-open-referral", folder);
        Assert.Equal(0, exit);
        Assert.Contains("Imported 2 new and 0 updated services as published (of 2 read).", output);

        var zip = Path.Combine(_site.DataDirectory, "json.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(folder, zip);
        (exit, output, _) = await RunAsync(_site, "import-open-referral", zip);
        Assert.Equal(0, exit);
        Assert.Contains("Imported 0 new and 2 updated services as published (of 2 read).", output);
        Assert.Equal("Community Advice", (await RecordAsync(_site, Guid.Parse("aaaaaaaa-0000-4000-8000-0000000000a1")))!.Name);
    }

    [Fact]
    public async Task A_service_at_location_from_a_list_keeps_its_venue_without_an_address()
    {
        var (exit, _, _) = await RunAsync(_site, "import-open-referral", Example("service_at_location_list.json"));
        Assert.Equal(0, exit);
        var place = Assert.Single((await RecordAsync(_site, ServiceId))!.ServiceAtLocations!);
        Assert.Equal("MyCity Civic Center", place.Location!.Name);
        var response = await _site.CreateClient().GetAsync("/services/community-counselling");
        Assert.True(response.StatusCode == HttpStatusCode.OK, string.Join("\n", _site.Logs.Lines.Where(l => l.StartsWith("Error"))));
    }
}
