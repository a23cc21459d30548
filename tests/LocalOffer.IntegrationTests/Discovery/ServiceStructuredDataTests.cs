using System.Text.Json;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;

namespace LocalOffer.IntegrationTests.Discovery;

[Collection(DiscoverySiteCollection.Name)]
public sealed class ServiceStructuredDataTests(DiscoverySite site)
{
    private readonly HttpClient _client = site.CreateClient();

    /// <summary>The page, and the schema.org description in its head, parsed.</summary>
    private async Task<(IDocument Page, string Json, JsonElement Service)> ServiceAsync(string slug)
    {
        var page = await _client.PageAsync("/services/" + slug);
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal("HEAD", script.ParentElement!.TagName);
        var json = script.TextContent;
        return (page, json, JsonDocument.Parse(json).RootElement);
    }

    private static IEnumerable<JsonElement> Channels(JsonElement service, string kind) =>
        service.GetProperty("availableChannel").EnumerateArray().Where(c => c.TryGetProperty(kind, out _)).Select(c => c.GetProperty(kind));

    [Fact]
    public async Task A_service_page_describes_the_service_and_who_runs_it_for_search_engines()
    {
        var (_, _, service) = await ServiceAsync("chatterbox-speech-group");

        Assert.Equal("https://schema.org", service.GetProperty("@context").GetString());
        Assert.Equal("Service", service.GetProperty("@type").GetString());
        Assert.Equal("Chatterbox speech group", service.GetProperty("name").GetString());
        Assert.Equal("A friendly group for young children who are slow to start talking.", service.GetProperty("description").GetString());
        Assert.Equal($"{DiscoverySite.PublicUrl}/services/chatterbox-speech-group", service.GetProperty("url").GetString());
        Assert.Equal("Organization", service.GetProperty("provider").GetProperty("@type").GetString());
        Assert.Equal("Keynsham Family Centre", service.GetProperty("provider").GetProperty("name").GetString());

        var audience = service.GetProperty("audience");
        Assert.Equal("PeopleAudience", audience.GetProperty("@type").GetString());
        Assert.Equal(0, audience.GetProperty("suggestedMinAge").GetInt32());
        Assert.Equal(5, audience.GetProperty("suggestedMaxAge").GetInt32());

        var offer = Assert.Single(service.GetProperty("offers").EnumerateArray());
        Assert.Equal(0m, offer.GetProperty("price").GetDecimal());
        Assert.Equal("GBP", offer.GetProperty("priceCurrency").GetString());

        var place = Assert.Single(Channels(service, "serviceLocation"));
        Assert.Equal("Keynsham Family Centre", place.GetProperty("name").GetString());
        var address = place.GetProperty("address");
        Assert.Equal("12 Temple Street", address.GetProperty("streetAddress").GetString());
        Assert.Equal("Keynsham", address.GetProperty("addressLocality").GetString());
        Assert.Equal("BS31 1EH", address.GetProperty("postalCode").GetString());

        var contact = Assert.Single(Channels(service, "servicePhone"));
        Assert.Equal("Priya Shah", contact.GetProperty("name").GetString());
        Assert.Equal("0117 496 0123", contact.GetProperty("telephone").GetString());
        Assert.Equal("https://chatterbox.example/", Assert.Single(Channels(service, "serviceUrl")).GetString());

        var hours = Assert.Single(service.GetProperty("hoursAvailable").EnumerateArray());
        Assert.Equal("https://schema.org/Monday", hours.GetProperty("dayOfWeek").GetString());
        Assert.Equal("09:30", hours.GetProperty("opens").GetString());
    }

    [Fact]
    public async Task Hidden_contacts_are_not_in_the_description()
    {
        var (_, json, service) = await ServiceAsync("chatterbox-speech-group");
        var text = service.GetRawText() + json;
        Assert.DoesNotContain("Hidden Harriet", text);
        Assert.DoesNotContain("harriet@chatterbox.example", text);
        Assert.DoesNotContain("0117 496 0999", text);
        Assert.DoesNotContain(Channels(service, "servicePhone"), c => c.GetRawText().Contains("Harriet"));
    }

    [Fact]
    public async Task A_venue_shown_as_its_area_only_gives_just_the_town_and_postcode_district()
    {
        var (_, json, service) = await ServiceAsync("little-acorns-childminding");
        var place = Assert.Single(Channels(service, "serviceLocation"));
        Assert.False(place.TryGetProperty("name", out _), "the venue's name (a home) is left out");
        var address = place.GetProperty("address");
        Assert.False(address.TryGetProperty("streetAddress", out _), "the street is left out");
        Assert.Equal("Bath", address.GetProperty("addressLocality").GetString());
        Assert.Equal("BA2", address.GetProperty("postalCode").GetString());
        Assert.False(place.TryGetProperty("geo", out _));
        // Decoded, so an escaped apostrophe ("Childminder\u0027s home") cannot hide a leak.
        var decoded = JsonSerializer.Serialize(service, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var hidden in new[] { "Secret Lane", "3EP", "Childminder's home", "51.377", "-2.375" })
        {
            Assert.DoesNotContain(hidden, decoded);
            Assert.DoesNotContain(hidden, json);
        }
    }

    [Fact]
    public async Task Prices_are_given_in_pounds_with_the_providers_words()
    {
        var (_, _, service) = await ServiceAsync("little-acorns-childminding");
        var offers = service.GetProperty("offers").EnumerateArray().ToList();
        Assert.Equal([6.50m, 55m], offers.Select(o => o.GetProperty("price").GetDecimal()));
        Assert.Equal(["Per hour", "Per day"], offers.Select(o => o.GetProperty("name").GetString()));
        Assert.All(offers, o => Assert.Equal("GBP", o.GetProperty("priceCurrency").GetString()));
        Assert.All(offers, o => Assert.Equal("Funded hours can be used.", o.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Provider_text_cannot_break_out_of_the_script_element()
    {
        var html = await _client.GetStringAsync("/services/" + DiscoverySite.Hostile.Slug);
        Assert.DoesNotContain("<script>alert(1)", html);

        var (page, json, service) = await ServiceAsync(DiscoverySite.Hostile.Slug);
        Assert.DoesNotContain("<", json);
        Assert.Equal(DiscoverySite.HostileName, service.GetProperty("name").GetString());
        Assert.Equal(DiscoverySite.HostileProvider, service.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal(DiscoverySite.Hostile.Summary, service.GetProperty("description").GetString());
        Assert.DoesNotContain(page.QuerySelectorAll("script"), s => s.TextContent.Contains("alert(1)") && s.GetAttribute("type") != "application/ld+json");
        Assert.Equal(DiscoverySite.HostileName, page.Text("h1"));
    }

    [Fact]
    public async Task Other_pages_carry_no_service_description()
    {
        var home = await _client.PageAsync("/");
        Assert.Empty(home.QuerySelectorAll("script[type='application/ld+json']"));
    }
}
