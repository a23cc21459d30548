using System.Text.Json.Nodes;
using LocalOffer.Web.Features.OpenData;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>Asks the site's Open Referral API over HTTP, checking each answer is a success with the CORS header.</summary>
public sealed class OpenReferralClient(HttpClient client)
{
    public async Task<JsonNode> GetAsync(string address)
    {
        var response = await client.GetAsync(OpenReferralApi.BasePath + address);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode} {text}");
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        return JsonNode.Parse(text)!;
    }

    /// <summary>Every item of a list, page by page (<paramref name="query"/> starts with &amp;).</summary>
    public async Task<List<JsonNode>> AllAsync(string list, string query = "")
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await GetAsync($"{list}?per_page=100&page={page}{query}");
            items.AddRange(body["contents"]!.AsArray().Select(i => i!));
            if (body["last_page"]!.GetValue<bool>()) return items;
        }
    }
}
