using LocalOffer.Web.Features.Information;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// Counts "Was this page useful?" answers per page per reporting year: numbers only, never who.
/// Only real information pages and published service pages are counted, so the table cannot be filled
/// with made-up paths.
/// </summary>
public sealed class PageUsefulCounter(LocalOfferDb db, ContentLibrary content, TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    public const string ThanksQuery = "useful=thanks";

    /// <summary>The page's own address (no query string) if it may be counted, else null.</summary>
    public async Task<string?> CountablePathAsync(string? path, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 300) return null;
        path = path.Split('?', '#')[0].TrimEnd('/');
        if (path.Equals("/information", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/information/", StringComparison.OrdinalIgnoreCase))
        {
            var rest = path.Length > "/information".Length ? path["/information/".Length..] : "";
            var easyRead = rest.EndsWith("/easy-read", StringComparison.OrdinalIgnoreCase);
            var page = content.Find(easyRead ? rest[..^"/easy-read".Length] : rest, easyRead ? "easy-read" : null);
            return page is null ? null : page.Url + (easyRead ? "/easy-read" : "");
        }
        if (path.StartsWith("/services/", StringComparison.OrdinalIgnoreCase))
        {
            var slug = path["/services/".Length..];
            if (slug.Length == 0 || slug.Contains('/')) return null;
            var found = await db.PublishedListings.Where(l => l.Slug == slug).Select(l => l.Slug).FirstOrDefaultAsync(ct);
            return found is null ? null : "/services/" + found;
        }
        return null;
    }

    public async Task CountAsync(string path, bool useful, CancellationToken ct)
    {
        var year = ReportingYear.For(clock.GetUtcNow(), options.Value.Feedback.YearStartMonth).StartYear;
        int yes = useful ? 1 : 0, no = useful ? 0 : 1;
        // One statement, so two answers at once cannot both insert or lose a count.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "page_usefulness" ("Path", "StartYear", "Yes", "No") VALUES ({path}, {year}, {yes}, {no})
            ON CONFLICT ("Path", "StartYear") DO UPDATE SET "Yes" = "page_usefulness"."Yes" + excluded."Yes", "No" = "page_usefulness"."No" + excluded."No"
            """, ct);
    }
}

public static class FeedbackSetup
{
    public static IServiceCollection AddFeedback(this IServiceCollection services) => services
        .AddSingleton<CommentRateLimit>()
        .AddScoped<CommentInbox>()
        .AddScoped<PageUsefulCounter>();
}
