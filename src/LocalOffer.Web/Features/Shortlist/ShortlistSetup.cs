using Microsoft.AspNetCore.OutputCaching;

namespace LocalOffer.Web.Features.Shortlist;

public static class ShortlistSetup
{
    public static IServiceCollection AddShortlist(this IServiceCollection services)
    {
        services.AddSingleton<SavedServices>();
        // A cached page shows the visitor's list (the save buttons, "Your list (2)"), so a visitor with a
        // list gets pages of their own; every visitor without one still shares the same cached pages.
        services.Configure<OutputCacheOptions>(options => options.AddBasePolicy(new VaryByShortlist()));
        return services;
    }

    /// <summary>Goes just before the output cache: see <see cref="CachedPageTokens"/>.</summary>
    public static IApplicationBuilder UseCachedPageTokens(this IApplicationBuilder app) => app.UseMiddleware<CachedPageTokens>();

    private sealed class VaryByShortlist : IOutputCachePolicy
    {
        ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
        {
            var list = context.HttpContext.Request.Cookies[ShortlistCookie.Name];
            if (!string.IsNullOrEmpty(list)) context.CacheVaryByRules.VaryByValues[ShortlistCookie.Name] = list;
            return ValueTask.CompletedTask;
        }

        ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
        ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    }
}
