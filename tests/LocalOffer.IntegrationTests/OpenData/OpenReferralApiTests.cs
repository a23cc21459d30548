using System.Net;
using System.Text.Json.Nodes;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.OpenData;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>
/// The Open Referral UK API over real HTTP on the fixture catalogue (30 published services, one pending):
/// every response checked against the UK profile's schemas, paging on every kind of page, each filter.
/// </summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class OpenReferralApiTests(FixtureSite site)
{
    private const string Api = OpenReferralApi.BasePath;
    private readonly HttpClient _client = site.CreateClient();
    private readonly OpenReferralClient _api = new(site.CreateClient());

    public static TheoryData<string, string, int> Lists => new()
    {
        // address, item schema, per_page giving at least three pages
        { "/services", "compiled/service_list.json", 7 },
        { "/service_at_locations", "compiled/service_at_location_list.json", 7 },
        { "/organizations", "compiled/organization_list.json", 6 },
        { "/taxonomy_terms", "taxonomy_term.json", 20 },
        { "/taxonomies", "taxonomy.json", 1 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_page_of_a_list_follows_the_profile_with_paging_fields_right_to_the_last_page_and_beyond(string list, string schema, int perPage)
    {
        var first = await GetAsync($"{list}?per_page={perPage}");
        var total = first["total_items"]!.GetValue<int>();
        var pages = (int)Math.Ceiling(total / (double)perPage);
        Assert.True(pages >= 2, $"{list} has only {total} items");
        var seen = new List<string>();
        for (var page = 1; page <= pages + 1; page++)
        {
            var body = page == 1 ? first : await GetAsync($"{list}?per_page={perPage}&page={page}");
            var contents = body["contents"]!.AsArray();
            var expectedSize = page < pages ? perPage : page == pages ? total - perPage * (pages - 1) : 0;
            Assert.Equal(total, body["total_items"]!.GetValue<int>());
            Assert.Equal(pages, body["total_pages"]!.GetValue<int>());
            Assert.Equal(page, body["page_number"]!.GetValue<int>());
            Assert.Equal(expectedSize, body["size"]!.GetValue<int>());
            Assert.Equal(expectedSize, contents.Count);
            Assert.Equal(page == 1, body["first_page"]!.GetValue<bool>());
            Assert.Equal(page >= pages, body["last_page"]!.GetValue<bool>());
            Assert.Equal(expectedSize == 0, body["empty"]!.GetValue<bool>());
            foreach (var item in contents)
            {
                OpenReferralSchemas.AssertValid(item, schema, $"{list} page {page} item {item!["id"]}");
                seen.Add(item!["id"]!.GetValue<string>());
            }
        }
        // Every item once, none twice, across the pages.
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Fact]
    public async Task Lists_hold_only_published_services_and_the_organisations_that_run_them()
    {
        var services = await AllAsync("/services");
        Assert.Equal(FixtureCatalogue.PublishedCount, services.Count);
        Assert.DoesNotContain(services, s => s["name"]!.GetValue<string>() == "Not yet approved group");
        Assert.All(services, s => Assert.Equal("active", s["status"]!.GetValue<string>()));

        var pending = FixtureCatalogue.PendingListing();
        var response = await _client.GetAsync($"{Api}/services/{pending.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var organisations = await AllAsync("/organizations");
        var running = services.Select(s => s["organization_id"]!.GetValue<string>()).Distinct().Order().ToList();
        Assert.Equal(running, organisations.Select(o => o["id"]!.GetValue<string>()).Order().ToList());
    }

    [Fact]
    public async Task Every_service_venue_term_taxonomy_and_organisation_in_full_follows_the_profile()
    {
        var services = await AllAsync("/services");
        foreach (var service in services)
        {
            var full = await GetAsync($"/services/{service["id"]}");
            OpenReferralSchemas.AssertValid(full, "compiled/service.json", $"service {service["name"]}");
            Assert.Equal(service["id"]!.GetValue<string>(), full["id"]!.GetValue<string>());
            Assert.Equal(service["organization_id"]!.GetValue<string>(), full["organization"]!["id"]!.GetValue<string>());
        }
        foreach (var row in await AllAsync("/service_at_locations"))
        {
            var full = await GetAsync($"/service_at_locations/{row["id"]}");
            OpenReferralSchemas.AssertValid(full, "compiled/service_at_location.json", $"service at location {row["id"]}");
            Assert.Equal(row["location_id"]!.GetValue<string>(), full["location"]!["id"]!.GetValue<string>());
            Assert.Equal(row["service_id"]!.GetValue<string>(), full["service"]!["id"]!.GetValue<string>());
        }
        foreach (var organisation in await AllAsync("/organizations"))
        {
            var full = await GetAsync($"/organizations/{organisation["id"]}");
            OpenReferralSchemas.AssertValid(full, "compiled/organization.json", $"organisation {organisation["name"]}");
            Assert.NotEmpty(full["services"]!.AsArray());
        }
        foreach (var taxonomy in await AllAsync("/taxonomies"))
        {
            var full = await GetAsync($"/taxonomies/{taxonomy["id"]}");
            OpenReferralSchemas.AssertValid(full, "taxonomy.json", $"taxonomy {taxonomy["name"]}");
            Assert.NotEmpty(full["taxonomy_terms"]!.AsArray());
        }
        foreach (var term in (await AllAsync("/taxonomy_terms")).Take(12))
            OpenReferralSchemas.AssertValid(await GetAsync($"/taxonomy_terms/{term["id"]}"), "taxonomy_term.json", $"term {term["name"]}");
    }

    [Fact]
    public async Task A_service_in_full_carries_what_a_family_needs_and_keeps_its_ids_from_one_request_to_the_next()
    {
        var id = FixtureCatalogue.Published().Single(l => l.Slug == "chatterbox-speech-group").Id;
        var first = await GetAsync($"/services/{id}");
        var again = await GetAsync($"/services/{id}");
        Assert.Equal(first.ToJsonString(), again.ToJsonString());

        Assert.Equal("Chatterbox speech group", first["name"]!.GetValue<string>());
        Assert.Equal("Keynsham Family Centre", first["service_at_locations"]![0]!["location"]!["name"]!.GetValue<string>());
        Assert.Equal("12 Temple Street", first["service_at_locations"]![0]!["location"]!["addresses"]![0]!["address_1"]!.GetValue<string>());
        Assert.Equal("BS31 1EH", first["service_at_locations"]![0]!["location"]!["addresses"]![0]!["postal_code"]!.GetValue<string>());
        Assert.NotEmpty(first["schedules"]!.AsArray());
        Assert.Contains(first["attributes"]!.AsArray(), a => a!["taxonomy_term"]!["term"]!.GetValue<string>() == "therapies");
        Assert.Equal("/services/chatterbox-speech-group", new Uri(first["x_local_offer"]!["page_url"]!.GetValue<string>()).AbsolutePath);
    }

    [Fact]
    public async Task Hidden_contacts_and_the_street_and_place_of_a_show_area_only_venue_never_appear()
    {
        var all = new List<string>();
        foreach (var service in await AllAsync("/services")) all.Add((await GetAsync($"/services/{service["id"]}")).ToJsonString());
        foreach (var row in await AllAsync("/service_at_locations")) all.Add((await GetAsync($"/service_at_locations/{row["id"]}")).ToJsonString());
        var text = string.Join('\n', all);

        Assert.DoesNotContain("Hidden Harriet", text);
        Assert.DoesNotContain("harriet@chatterbox.example", text);
        Assert.DoesNotContain("Secret Lane", text);
        Assert.DoesNotContain("Childminder's home", text);
        Assert.DoesNotContain("51.377,", text);

        var childminder = FixtureCatalogue.Published().Single(l => l.Slug == "little-acorns-childminding");
        var location = (await GetAsync($"/services/{childminder.Id}"))["service_at_locations"]![0]!["location"]!;
        Assert.Equal("BA2", location["addresses"]![0]!["postal_code"]!.GetValue<string>());
        Assert.Equal("Bath", location["addresses"]![0]!["city"]!.GetValue<string>());
        Assert.Null(location["latitude"]);
        Assert.True(location["x_show_area_only"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_uses_the_sites_own_index_with_its_synonyms_and_ranks_the_best_match_first()
    {
        var chatterbox = await GetAsync("/services?search=chatterbox");
        Assert.Equal("Chatterbox speech group", chatterbox["contents"]![0]!["name"]!.GetValue<string>());

        // "SALT" is not written in the fixture's speech group; the site's synonym list reads it as speech and language therapy.
        var salt = await AllAsync("/services", "&search=SALT");
        Assert.Contains(salt, s => s["name"]!.GetValue<string>() == "Chatterbox speech group");

        var nothing = await GetAsync("/services?search=xylophonequartet");
        Assert.Equal(0, nothing["total_items"]!.GetValue<int>());
        Assert.True(nothing["empty"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("/services?page=0", 400, "page")]
    [InlineData("/services?page=two", 400, "page")]
    [InlineData("/services?per_page=-5", 400, "per_page")]
    [InlineData("/services?minimum_age=five", 400, "minimum_age")]
    [InlineData("/services?taxonomy_term_id=health", 400, "taxonomy_term_id")]
    [InlineData("/services?day=someday", 400, "day")]
    [InlineData("/services?start_time=25:99", 400, "start_time")]
    [InlineData("/service_at_locations?postcode=not%20a%20postcode", 400, "postcode")]
    [InlineData("/service_at_locations?proximity=500", 400, "proximity")]
    [InlineData("/service_at_locations?postcode=ZZ9%209ZZ", 400, "ZZ9 9ZZ")]
    [InlineData("/services/3f1d7c2e-5a4b-4c1e-9a53-2b8f6d0e1a77", 404, "no published service")]
    [InlineData("/services/not-an-id", 404, "UUIDs")]
    [InlineData("/organizations/3f1d7c2e-5a4b-4c1e-9a53-2b8f6d0e1a77", 404, "organization")]
    [InlineData("/taxonomy_terms/3f1d7c2e-5a4b-4c1e-9a53-2b8f6d0e1a77", 404, "taxonomy term")]
    [InlineData("/no_such_thing", 404, "nothing at this address")]
    public async Task A_bad_request_gets_a_json_problem_naming_what_is_wrong(string address, int status, string mentions)
    {
        var response = await _client.GetAsync(Api + address);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, problem["status"]!.GetValue<int>());
        Assert.Contains(mentions, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_api_describes_itself()
    {
        var about = await GetAsync("/");
        Assert.Equal("3.0", about["version"]!.GetValue<string>());
        Assert.EndsWith("/api/openreferral/v3/openapi.json", about["openapi_url"]!.GetValue<string>());
        Assert.Contains("uk-profile", about["profile"]!.GetValue<string>());
    }

    private Task<JsonNode> GetAsync(string address) => _api.GetAsync(address);

    private Task<List<JsonNode>> AllAsync(string list, string query = "") => _api.AllAsync(list, query);
}
