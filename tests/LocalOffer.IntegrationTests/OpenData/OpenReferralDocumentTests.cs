using System.Text.Json.Nodes;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.OpenData;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.OpenData;

[Collection(FixtureSiteCollection.Name)]
public sealed class OpenReferralDocumentTests(FixtureSite site)
{
    [Fact]
    public async Task The_openapi_document_describes_exactly_the_addresses_and_parameters_the_api_answers()
    {
        var document = JsonNode.Parse(await site.CreateClient().GetStringAsync($"{OpenReferralApi.BasePath}/openapi.json"))!;
        Assert.Equal("http://localhost:5000/api/openreferral/v3", document["servers"]![0]!["url"]!.GetValue<string>());

        // Every route the site maps under the API's address (bar the catch-all "not found") is documented, and nothing else is.
        var routes = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.StartsWith(OpenReferralApi.BasePath, StringComparison.Ordinal) && !p.Contains("**"))
            .Select(p => p[OpenReferralApi.BasePath.Length..] is "" or "/" ? "/" : p[OpenReferralApi.BasePath.Length..])
            .Order().ToList();
        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(routes, paths);

        // The query parameters documented for each list are the ones the API reads.
        string[] Documented(string path) => document["paths"]![path]!["get"]!["parameters"]!.AsArray()
            .Select(p => p!["$ref"] is { } r ? document["components"]!["parameters"]![r.GetValue<string>().Split('/')[^1]]! : p!)
            .Where(p => p["in"]!.GetValue<string>() == "query").Select(p => p["name"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(ApiQuery.ServiceParameters.Order(), Documented("/services"));
        Assert.Equal(ApiQuery.ServiceAtLocationParameters.Order(), Documented("/service_at_locations"));
        Assert.Equal(ApiQuery.TaxonomyTermParameters.Order(), Documented("/taxonomy_terms"));
        Assert.Equal(ApiQuery.PagingParameters.Order(), Documented("/taxonomies"));
        Assert.Equal(ApiQuery.PagingParameters.Order(), Documented("/organizations"));
        Assert.Equal(FeedbackExtension.CommentParameters.Order(), Documented("/x_local_offer/comments"));

        // And each documented address answers, with a real id where it takes one.
        var api = new OpenReferralClient(site.CreateClient());
        var service = (await api.GetAsync("/services"))["contents"]![0]!;
        var ids = new Dictionary<string, string>
        {
            ["/services/{id}"] = service["id"]!.GetValue<string>(),
            ["/organizations/{id}"] = service["organization_id"]!.GetValue<string>(),
            ["/service_at_locations/{id}"] = (await api.GetAsync("/service_at_locations"))["contents"]![0]!["id"]!.GetValue<string>(),
            ["/taxonomies/{id}"] = (await api.GetAsync("/taxonomies"))["contents"]![0]!["id"]!.GetValue<string>(),
            ["/taxonomy_terms/{id}"] = (await api.GetAsync("/taxonomy_terms"))["contents"]![0]!["id"]!.GetValue<string>(),
        };
        foreach (var path in paths.Where(p => p.Contains("{id}"))) await api.GetAsync(path.Replace("{id}", ids[path]));
    }
}
