using System.Text.Json.Nodes;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Search;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Features.OpenData;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>
/// The API's filters on the search fixture (services with different ages, days, categories and venues
/// around Bath, and the postcodes around them), plus an after-school club and a childminder whose home
/// must stay private.
/// </summary>
public sealed class OpenReferralFilterTests : IAsyncLifetime
{
    private readonly LocalOfferSite _site = new();
    private OpenReferralClient _api = null!;

    private static readonly ListingFileEntry AfterSchoolClub = SearchFixture.Services()[0] with
    {
        Id = Guid.Parse("abababab-abab-4aba-8aba-000000000001"), Slug = "after-school-club", Name = "After school club",
        Summary = "Play and homework help after school.", Description = "Staff trained in SEND.", Categories = ["play-days-out"],
        MinimumAge = 4, MaximumAge = 11, Needs = [], OpeningTimes = [new("TU", "15:30", "18:00"), new("TH", "15:30", "18:00")],
        Locations = [new() { Id = Guid.Parse("abababab-abab-4aba-8aba-000000000101"), Name = "Widcombe Hall", Address1 = "Pulteney Road", Town = "Bath", Postcode = "BA2 3AA", Latitude = 51.378, Longitude = -2.376 }],
    };

    private static readonly ListingFileEntry Childminder = SearchFixture.Services()[0] with
    {
        Id = Guid.Parse("abababab-abab-4aba-8aba-000000000002"), Slug = "home-childminder", Name = "Home childminder",
        Summary = "Childminding in a family home.", Description = "Small and calm.", Categories = ["early-years-childcare"],
        MinimumAge = 0, MaximumAge = 4, Needs = [], OpeningTimes = [new("MO", "08:00", "18:00")],
        Locations = [new() { Id = Guid.Parse("abababab-abab-4aba-8aba-000000000102"), Name = "Mrs Smith's house", Address1 = "9 Hidden Close", Town = "Bath", Postcode = "BA2 3EP", Latitude = 51.37731, Longitude = -2.37512, ShowAreaOnly = true }],
    };

    public async Task InitializeAsync()
    {
        _ = _site.Server;
        await SearchFixture.LoadAsync(_site);
        var result = await _site.ImportAsync([AfterSchoolClub, Childminder]);
        Assert.True(result.Succeeded, string.Join('\n', result.Problems));
        _api = new OpenReferralClient(_site.CreateClient());
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task Each_filter_keeps_only_the_services_it_describes()
    {
        var full = new Dictionary<string, JsonNode>();
        foreach (var s in await _api.AllAsync("/services")) full[s["id"]!.GetValue<string>()] = await _api.GetAsync($"/services/{s["id"]}");

        async Task Check(string query, Func<JsonNode, bool> expected)
        {
            var got = (await _api.AllAsync("/services", "&" + query)).Select(s => s["id"]!.GetValue<string>()).Order().ToList();
            var want = full.Where(kv => expected(kv.Value)).Select(kv => kv.Key).Order().ToList();
            Assert.True(want.Count > 0 && want.Count < full.Count, $"{query} does not narrow the catalogue: {want.Count} of {full.Count}");
            Assert.Equal(want, got);
        }

        var taxonomies = await _api.AllAsync("/taxonomies");
        var needs = taxonomies.Single(t => t["name"]!.GetValue<string>() == OpenReferralTaxonomies.NeedsName)["id"]!.GetValue<string>();
        var terms = await _api.AllAsync("/taxonomy_terms");
        string TermId(string code) => terms.Single(t => t["code"]!.GetValue<string>() == code)["id"]!.GetValue<string>();
        bool Tagged(JsonNode service, params string[] codes) =>
            service["attributes"]!.AsArray().Any(a => codes.Contains(a!["taxonomy_term"]!["code"]!.GetValue<string>()));
        IEnumerable<JsonNode> Hours(JsonNode service) => service["schedules"]!.AsArray().Select(t => t!);

        // A category takes in its sub-categories; an area of need takes in the needs within it.
        var leisure = terms.Where(t => t["code"]!.GetValue<string>() == "leisure" || t["parent_id"]?.GetValue<string>() == TermId("leisure"))
            .Select(t => t["code"]!.GetValue<string>()).ToArray();
        await Check($"taxonomy_term_id={TermId("leisure")}", s => Tagged(s, leisure));
        await Check($"taxonomy_term_id={TermId("therapies")}", s => Tagged(s, "therapies"));
        await Check($"taxonomy_term_id={TermId("communication-interaction")}", s => Tagged(s, "communication-interaction", "autism", "speech-language"));
        await Check($"taxonomy_id={needs}", s => s["attributes"]!.AsArray().Any(a => a!["taxonomy_term"]!["taxonomy_id"]!.GetValue<string>() == needs));
        await Check("minimum_age=5", s => (s["minimum_age"]?.GetValue<decimal>() ?? 0) >= 5);
        await Check("maximum_age=11", s => s["maximum_age"] is { } max && max.GetValue<decimal>() <= 11);
        await Check("minimum_age=4&maximum_age=11", s => (s["minimum_age"]?.GetValue<decimal>() ?? 0) >= 4 && s["maximum_age"] is { } max && max.GetValue<decimal>() <= 11);
        await Check("day=SA", s => Hours(s).Any(t => t["byday"]!.GetValue<string>() == "SA"));
        await Check("day=tuesday", s => Hours(s).Any(t => t["byday"]!.GetValue<string>() == "TU"));
        await Check("start_time=15:00", s => Hours(s).Any(t => string.CompareOrdinal(t["opens_at"]!.GetValue<string>(), "15:00") >= 0));
        await Check("end_time=12:00", s => Hours(s).Any(t => string.CompareOrdinal(t["closes_at"]!.GetValue<string>(), "12:00") <= 0));
        await Check("day=MO&start_time=09:00&end_time=12:00", s => Hours(s).Any(t => t["byday"]!.GetValue<string>() == "MO"
            && string.CompareOrdinal(t["opens_at"]!.GetValue<string>(), "09:00") >= 0 && string.CompareOrdinal(t["closes_at"]!.GetValue<string>(), "12:00") <= 0));
        // "autism" also finds the swimming (its description mentions autism), which starts at 3.
        await Check("search=autism&minimum_age=5", s => s["name"]!.GetValue<string>() == "Autism family club");
    }

    [Fact]
    public async Task Venues_near_a_postcode_come_nearest_first_within_the_proximity_asked()
    {
        var near = await _api.AllAsync("/service_at_locations", "&postcode=BA2%203EP&proximity=2000");
        var all = await _api.AllAsync("/service_at_locations", "&postcode=BA2%203EP");
        Assert.True(near.Count >= 3 && near.Count < all.Count, $"{near.Count} within 2 km of {all.Count}");
        var distances = near.Select(r => r["x_distance_metres"]?.GetValue<int>()).OfType<int>().ToList();
        Assert.All(distances, d => Assert.InRange(d, 0, 2000));
        Assert.Equal(distances.Order().ToList(), distances);
        Assert.Equal("Autism family club", near[0]["service"]!["name"]!.GetValue<string>());
        // Keynsham and Radstock are about 10 km away: in the full list, not within 2 km.
        string City(JsonNode row) => row["location"]!["addresses"]![0]!["city"]!.GetValue<string>();
        Assert.Contains(all, r => City(r) == "Keynsham");
        Assert.DoesNotContain(near, r => City(r) is "Keynsham" or "Radstock");
        foreach (var row in all) OpenReferralSchemas.AssertValid(row, "compiled/service_at_location_list.json", $"venue {row["id"]}");

        // Within 20 km, by the first half of a postcode only.
        Assert.Equal(all.Count, (await _api.AllAsync("/service_at_locations", "&postcode=BA2&proximity=20000")).Count);
    }

    [Fact]
    public async Task A_childminders_home_is_found_by_postcode_but_its_street_place_and_distance_stay_private()
    {
        var rows = await _api.AllAsync("/service_at_locations", "&postcode=BA2%203EP&proximity=2000");
        var home = rows.Single(r => r["service"]!["name"]!.GetValue<string>() == "Home childminder");
        var text = string.Join('\n', rows.Select(r => r.ToJsonString()))
            + (await _api.GetAsync($"/service_at_locations/{home["id"]}")).ToJsonString()
            + (await _api.GetAsync($"/services/{Childminder.Id}")).ToJsonString();
        Assert.DoesNotContain("Hidden Close", text);
        Assert.DoesNotContain("Mrs Smith", text);
        Assert.DoesNotContain("51.3773", text);
        Assert.Null(home["x_distance_metres"]);
        Assert.Null(home["location"]!["latitude"]);
        Assert.Equal("BA2", home["location"]!["addresses"]![0]!["postal_code"]!.GetValue<string>());
    }
}
