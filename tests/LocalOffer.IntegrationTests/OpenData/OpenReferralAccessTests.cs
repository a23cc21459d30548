using System.Net;
using System.Text.Json.Nodes;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.OpenData;
using Microsoft.AspNetCore.Hosting;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>Open to every web page (CORS) and limited per client.</summary>
public sealed class OpenReferralAccessTests : IAsyncLifetime
{
    /// <summary>A site allowing 4 API requests a minute, so the limit is reached at once.</summary>
    private sealed class LimitedSite : LocalOfferSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LocalOffer:OpenData:RequestsPerMinute", "4");
        }
    }

    private readonly LimitedSite _site = new();

    public async Task InitializeAsync()
    {
        _ = _site.Server;
        var result = await _site.ImportAsync(FixtureCatalogue.Published().Take(3));
        Assert.True(result.Succeeded);
    }

    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    [Fact]
    public async Task A_client_asking_too_often_is_told_to_wait_while_the_rest_of_the_site_carries_on()
    {
        var client = _site.CreateClient();
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{OpenReferralApi.BasePath}/services")).StatusCode);

        var refused = await client.GetAsync($"{OpenReferralApi.BasePath}/services/{FixtureCatalogue.Published()[0].Id}");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(wait, 1, 60);
        Assert.Equal("*", refused.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Try again in {wait} seconds", JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>());

        // Pages for families are not counted against the API's limit.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/services")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Any_web_page_may_call_the_api_and_a_browsers_preflight_is_answered()
    {
        var client = _site.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, $"{OpenReferralApi.BasePath}/taxonomies");
        request.Headers.Add("Origin", "https://another-council.example");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var preflight = new HttpRequestMessage(HttpMethod.Options, $"{OpenReferralApi.BasePath}/services");
        preflight.Headers.Add("Origin", "https://another-council.example");
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "accept");
        var answer = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("*", answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", answer.Headers.GetValues("Access-Control-Allow-Methods").Single());

        // The site's own pages do not invite other sites in.
        var page = await client.GetAsync("/services");
        Assert.False(page.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
