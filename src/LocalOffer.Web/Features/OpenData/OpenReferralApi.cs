using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading.RateLimiting;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// The Open Referral UK 3.0 API: open (no key), read-only, JSON, CORS for everyone, limited per client.
/// Routes and parameters are those of the UK profile's OpenAPI document, plus organisations; the
/// document served at <c>/openapi.json</c> describes exactly these.
/// </summary>
public static class OpenReferralApi
{
    public const string BasePath = "/api/openreferral/v3";
    public const string RateLimitPolicy = "open-referral";

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments(BasePath);

    public static IServiceCollection AddOpenData(this IServiceCollection services)
    {
        services.AddScoped<PublishedRecords>().AddScoped<OpenReferralQueries>().AddSingleton<ServiceAtLocationIds>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<LocalOfferOptions>>().Value.OpenData;
                // Partitioned by the client's internet address, which is used for nothing else and never stored or logged.
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            options.OnRejected = async (rejected, ct) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: $"This address has asked for more than the API allows in a minute. Try again in {seconds} seconds.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary>
    /// For API addresses only: <c>Access-Control-Allow-Origin: *</c> on every response (errors too, which
    /// ASP.NET Core's CORS middleware leaves out when a request has no Origin header, so it is set here
    /// directly), an answer to browsers' preflight requests, and errors as JSON rather than the site's pages.
    /// </summary>
    public static void UseOpenReferralResponses(this IApplicationBuilder api)
    {
        api.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.AccessControlAllowOrigin = "*";
                return Task.CompletedTask;
            });
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
                context.Response.Headers.AccessControlAllowHeaders = "*";
                context.Response.Headers.AccessControlMaxAge = "86400";
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
            await next();
        });
        api.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context => Results.Problem(statusCode: 500, title: "Something went wrong",
                detail: "The API could not answer this request. Try again later.").ExecuteAsync(context),
        });
        api.UseStatusCodePages(context => context.HttpContext.Response.StatusCode switch
        {
            404 => Results.Problem(statusCode: 404, title: "Not found", detail: "There is nothing at this address.").ExecuteAsync(context.HttpContext),
            405 => Results.Problem(statusCode: 405, title: "Method not allowed", detail: "This API only answers GET requests.").ExecuteAsync(context.HttpContext),
            var status => Results.Problem(statusCode: status).ExecuteAsync(context.HttpContext),
        });
    }

    public static void MapOpenReferralApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(BasePath).RequireRateLimiting(RateLimitPolicy).DisableAntiforgery();

        api.MapGet("/", (IOptions<LocalOfferOptions> options) => Results.Json(new
        {
            version = Or.OpenReferralJson.Version,
            profile = Or.OpenReferralJson.ProfileUrl,
            openapi_url = $"{options.Value.PublicUrl.TrimEnd('/')}{BasePath}/openapi.json",
        }, Or.OpenReferralJson.Options));

        api.MapGet("/openapi.json", (IOptions<LocalOfferOptions> options) => Results.Text(OpenApiDocument(options.Value.PublicUrl), "application/json"));

        api.MapGet("/services", async (HttpRequest request, OpenReferralQueries queries, CancellationToken ct) =>
            await ListAsync(request, ApiQuery.ServiceParameters, q => queries.ServicesAsync(q, ct)));

        api.MapGet("/services/{id}", async (string id, PublishedRecords records, CancellationToken ct) =>
            Guid.TryParse(id, out var guid) && await records.FindAsync(guid, ct) is { } listing
                ? Json(ServiceRecords.Full(listing, await records.TaxonomiesAsync(ct), records.PublicScope))
                : NotFound("service", id));

        api.MapGet("/service_at_locations", async (HttpRequest request, OpenReferralQueries queries, CancellationToken ct) =>
        {
            try
            {
                return await ListAsync(request, ApiQuery.ServiceAtLocationParameters, q => queries.ServiceAtLocationsAsync(q, ct));
            }
            catch (OpenReferralQueries.PostcodeNotFoundException e)
            {
                return Results.Problem(statusCode: 400, title: "Postcode not found", detail: e.Message + " Check it, or give only its first part, such as BA2.");
            }
        });

        api.MapGet("/service_at_locations/{id}", async (string id, PublishedRecords records, ServiceAtLocationIds venues, CancellationToken ct) =>
        {
            if (Guid.TryParse(id, out var guid) && venues.Find(guid) is { } found && await records.FindAsync(found.ListingId, ct) is { } listing
                && listing.Locations.FirstOrDefault(l => l.Id == found.LocationId) is { } location)
            {
                var scope = records.PublicScope;
                return Json(ServiceRecords.AtLocation(listing, location, scope, ServiceRecords.Full(listing, await records.TaxonomiesAsync(ct), scope)));
            }
            return NotFound("service at location", id);
        });

        api.MapGet("/taxonomies", async (HttpRequest request, PublishedRecords records, CancellationToken ct) =>
        {
            var taxonomies = (await records.TaxonomiesAsync(ct)).Taxonomies;
            return await ListAsync(request, ApiQuery.PagingParameters, q => Task.FromResult(PageOf(taxonomies, q)));
        });

        api.MapGet("/taxonomies/{id}", async (string id, PublishedRecords records, CancellationToken ct) =>
            Guid.TryParse(id, out var guid) && (await records.TaxonomiesAsync(ct)).Taxonomy(guid, withTerms: true) is { } taxonomy
                ? Json(taxonomy)
                : NotFound("taxonomy", id));

        api.MapGet("/taxonomy_terms", async (HttpRequest request, PublishedRecords records, CancellationToken ct) =>
        {
            var terms = (await records.TaxonomiesAsync(ct)).Terms;
            return await ListAsync(request, ApiQuery.TaxonomyTermParameters, q => Task.FromResult(PageOf(
                q.TaxonomyId is { } taxonomyId ? terms.Where(t => t.TaxonomyId == taxonomyId).ToList() : terms, q)));
        });

        api.MapGet("/taxonomy_terms/{id}", async (string id, PublishedRecords records, CancellationToken ct) =>
            Guid.TryParse(id, out var guid) && (await records.TaxonomiesAsync(ct)).Term(guid) is { } term
                ? Json(term)
                : NotFound("taxonomy term", id));

        api.MapGet("/organizations", async (HttpRequest request, PublishedRecords records, CancellationToken ct) =>
            await ListAsync(request, ApiQuery.PagingParameters, async q =>
            {
                var (page, total) = await records.OrganisationsAsync(q.Page, q.PerPage, ct);
                return Or.Page<Or.Organization>.Of(page.Select(p => ServiceRecords.Organization(p)).ToList(), total, q.Page, q.PerPage);
            }));

        api.MapGet("/organizations/{id}", async (string id, PublishedRecords records, CancellationToken ct) =>
        {
            if (!Guid.TryParse(id, out var guid) || await records.FindOrganisationAsync(guid, ct) is not { } provider) return NotFound("organization", id);
            var taxonomies = await records.TaxonomiesAsync(ct);
            var listings = await records.LoadAsync(await records.ListingIdsOfAsync(guid, ct), ct: ct);
            return Json(ServiceRecords.Organization(provider, listings.Select(l => ServiceRecords.Full(l, taxonomies, records.PublicScope) with { Organization = null }).ToList()));
        });

        api.MapFeedbackExtension();

        // Anything else under the API's address is a JSON 404, not the site's "page not found".
        api.Map("/{**rest}", () => Results.Problem(statusCode: 404, title: "Not found", detail: "There is nothing at this address in the API."));
    }

    private static async Task<IResult> ListAsync<T>(HttpRequest request, IReadOnlyCollection<string> parameters, Func<ApiQuery, Task<Or.Page<T>>> list)
    {
        var (query, problem) = ApiQuery.Parse(request.Query, parameters);
        if (query is null) return Results.Problem(statusCode: 400, title: "Bad request", detail: problem);
        return Json(await list(query));
    }

    private static Or.Page<T> PageOf<T>(IReadOnlyList<T> all, ApiQuery query) =>
        Or.Page<T>.Of(all.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).ToList(), all.Count, query.Page, query.PerPage);

    private static IResult Json<T>(T value) => Results.Json(value, Or.OpenReferralJson.Options);

    private static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: 404, title: "Not found", detail: Guid.TryParse(id, out _)
            ? $"There is no published {what} with this id."
            : $"'{id}' is not an id: ids are UUIDs.");

    private static string? _openApi;

    /// <summary>The OpenAPI document kept beside this class, with this site's own address as its server.</summary>
    private static string OpenApiDocument(string publicUrl)
    {
        _openApi ??= ReadOpenApiDocument();
        var document = JsonNode.Parse(_openApi)!;
        document["servers"] = new JsonArray(new JsonObject { ["url"] = publicUrl.TrimEnd('/') + BasePath });
        return document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static string ReadOpenApiDocument()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("LocalOffer.Web.Features.OpenData.openapi.json")
            ?? throw new InvalidOperationException("The OpenAPI document is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
