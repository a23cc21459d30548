using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>The public list of published comments: only the words as published, never the words as sent or any email.</summary>
public sealed class PublishedComments(LocalOfferDb db, YearFiguresCalculator years)
{
    public const int PageSize = 20;

    public sealed record Filter(int? Year, CommentTopic? Topic, int? Theme, int Page, int Size = PageSize);
    public sealed record Response(string? YouSaid, string WeDid, string Status, DateOnly? ActionDate, string? Theme);
    public sealed record Item(Guid Id, string Text, string Topic, string GivenBy, DateOnly DecidedOn, IReadOnlyList<string> Themes, IReadOnlyList<Response> Responses);
    public sealed record Result(IReadOnlyList<Item> Items, int Total, int Page, int Pages, IReadOnlyList<ReportingYear> Years, IReadOnlyList<CommentTheme> Themes);

    public async Task<Result> FindAsync(Filter filter, CancellationToken ct = default)
    {
        var query = db.Comments.AsNoTracking().Include(c => c.Themes).Where(c => c.State == CommentState.Published && c.DecidedAt != null);
        if (filter.Topic is { } topic) query = query.Where(c => c.Topic == topic);
        if (filter.Theme is { } theme) query = query.Where(c => c.Themes.Any(t => t.Id == theme));
        // Few enough to sort in memory; SQLite cannot order the stored times.
        var all = (await query.ToListAsync(ct)).OrderByDescending(c => c.DecidedAt).ToList();
        var yearsWithComments = all.Select(c => ReportingYear.For(c.DecidedAt!.Value, years.StartMonth)).Distinct().OrderByDescending(y => y.StartYear).ToList();
        if (filter.Year is { } year) all = all.Where(c => years.Year(year).Contains(c.DecidedAt!.Value)).ToList();

        var pages = Math.Max(1, (all.Count + filter.Size - 1) / filter.Size);
        var page = Math.Clamp(filter.Page, 1, pages);
        var shown = all.Skip((page - 1) * filter.Size).Take(filter.Size).ToList();

        var ids = shown.Select(c => c.Id).ToList();
        var themeIds = shown.SelectMany(c => c.Themes).Select(t => t.Id).Distinct().ToList();
        var responses = await db.CouncilResponses.AsNoTracking()
            .Where(r => (r.CommentId != null && ids.Contains(r.CommentId.Value)) || (r.ThemeId != null && themeIds.Contains(r.ThemeId.Value)))
            .ToListAsync(ct);
        var themes = await db.CommentThemes.AsNoTracking().Where(t => t.IsActive || t.Comments.Any(c => c.State == CommentState.Published))
            .OrderBy(t => t.Name).ToListAsync(ct);

        var items = shown.Select(c => new Item(
            c.Id, c.PublishedText ?? "", FeedbackText.Describe(c.Topic), FeedbackText.Describe(c.GivenBy), DateOnly.FromDateTime(c.DecidedAt!.Value.UtcDateTime),
            c.Themes.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(),
            responses.Where(r => r.CommentId == c.Id || (r.ThemeId is { } t && c.Themes.Any(x => x.Id == t)))
                .OrderBy(r => r.PublishedAt)
                .Select(r => new Response(r.YouSaid, r.WeDid, FeedbackText.Describe(r.Status), r.ActionDate,
                    r.ThemeId is { } t ? c.Themes.First(x => x.Id == t).Name : null)).ToList())).ToList();
        return new Result(items, all.Count, page, pages, yearsWithComments, themes);
    }
}

public static class FeedbackPublishingSetup
{
    public static IServiceCollection AddFeedbackPublishing(this IServiceCollection services) => services
        .AddScoped<YearFiguresCalculator>()
        .AddScoped<YearSummaries>()
        .AddScoped<PublishedComments>();
}
