using System.Text.Json;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LocalOffer.Web.Infrastructure.Hosting;

/// <summary>
/// Two health addresses for load balancers and containers: <c>/health/live</c> says the process is
/// answering (restart it if not); <c>/health/ready</c> says it can serve families (the database answers
/// and the search index is loaded), so a load balancer sends it traffic. Neither says anything private.
/// </summary>
public static class SiteHealth
{
    public const string LivePath = "/health/live", ReadyPath = "/health/ready";
    private const string Ready = "ready";

    public static IServiceCollection AddSiteHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<LocalOfferDb>("database", tags: [Ready])
            .AddCheck<SearchIndexReady>("search-index", tags: [Ready]);
        return services;
    }

    public static void MapSiteHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).DisableHttpMetrics();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
    }

    /// <summary>Each check's name and status, never exception messages (which could carry connection details).</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }

    private sealed class SearchIndexReady(SearchCatalogue catalogue) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            Task.FromResult(catalogue.IsReady ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("The search index is still loading."));
    }
}
