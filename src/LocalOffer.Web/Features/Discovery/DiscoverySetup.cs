using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Discovery;

/// <summary>What search engines read: <c>/sitemap.xml</c> and <c>/robots.txt</c>. (Service pages carry their own structured data.)</summary>
public static class DiscoverySetup
{
    public static IServiceCollection AddDiscovery(this IServiceCollection services) =>
        services.AddSingleton<SiteAddress>().AddScoped<Sitemap>();

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpContext context, Sitemap sitemap, SiteAddress site, CancellationToken ct) =>
        {
            var entries = await sitemap.EntriesAsync(ct);
            context.Response.ContentType = "application/xml; charset=utf-8";
            // Briefly: crawlers need it no fresher, and a service an officer publishes is in it within minutes.
            context.Response.Headers.CacheControl = "public, max-age=300";
            await Sitemap.WriteAsync(context.Response.Body, site.For(context.Request), entries, ct);
        });
        endpoints.MapGet("/robots.txt", (HttpContext context, SiteAddress site, IOptions<LocalOfferOptions> options) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(RobotsFile.Text(site.For(context.Request), options.Value.Council.IsDemonstration), "text/plain; charset=utf-8");
        });
        return endpoints;
    }
}
