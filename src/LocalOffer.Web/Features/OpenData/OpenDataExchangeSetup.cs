using LocalOffer.Web.Features.Catalogue.Search;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>The Open Referral export and import, and the public CSV download.</summary>
public static class OpenDataExchangeSetup
{
    public const string DownloadPath = "/open-data/open-referral-csv.zip";
    private const string DownloadCachePolicy = "open-data-download";

    public static IServiceCollection AddOpenDataExchange(this IServiceCollection services)
    {
        services.TryAddScoped<PublishedRecords>();
        services.TryAddScoped<TabularExport>();
        services.TryAddScoped<OpenReferralImport>();
        // Kept until the catalogue next changes (the search catalogue throws away everything tagged "catalogue"
        // whenever a listing is published, changed or withdrawn), and for ten minutes at most.
        services.Configure<OutputCacheOptions>(o => o.AddPolicy(DownloadCachePolicy, policy => policy
            .Expire(TimeSpan.FromMinutes(10)).Tag(SearchCatalogue.OutputCacheTag)));
        return services;
    }

    /// <summary>Every published service as the public sees it, in the Open Referral UK tabular layout: a zip of CSV files.</summary>
    public static IEndpointRouteBuilder MapOpenDataDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet(DownloadPath, async (HttpContext http, TabularExport export, PublishedRecords records, CancellationToken ct) =>
        {
            // The zip is built in a buffer (on disk once it is large) and then sent, as a zip cannot be written
            // to the response without blocking on it.
            await using var zip = new FileBufferingWriteStream();
            await export.WriteZipAsync(zip, records.PublicScope, ct);
            http.Response.ContentType = TabularExport.ZipContentType;
            http.Response.Headers.ContentDisposition = "attachment; filename=\"open-referral-csv.zip\"";
            http.Response.Headers.AccessControlAllowOrigin = "*";
            await zip.DrainBufferAsync(http.Response.Body, ct);
        }).CacheOutput(DownloadCachePolicy).RequireRateLimiting(OpenReferralApi.RateLimitPolicy);
        return app;
    }
}
