using System.Text.Json;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// Everything the "You said, we did" page shows for one reporting year. Publishing stores it as JSON
/// in <see cref="YearSummary.Figures"/>; a published year is shown only from that copy.
/// </summary>
public sealed record YearFigures(
    int StartYear,
    string YearLabel,
    int Published,
    int Withheld,
    IReadOnlyList<YearFigures.Count> ByTopic,
    IReadOnlyList<YearFigures.Count> ByGiver,
    IReadOnlyList<YearFigures.Count> WithheldByReason,
    IReadOnlyList<YearFigures.Theme> Themes,
    IReadOnlyList<YearFigures.PublishedComment> Comments)
{
    public int Total => Published + Withheld;

    public sealed record Count(string Label, int Number);
    public sealed record Theme(string Name, int Comments, IReadOnlyList<Response> Responses);
    public sealed record Response(string? YouSaid, string WeDid, string Status, DateOnly? ActionDate);
    public sealed record PublishedComment(DateOnly DecidedOn, string Topic, string GivenBy, IReadOnlyList<string> Themes, string Text);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public string ToJson() => JsonSerializer.Serialize(this, Json);
    public static YearFigures FromJson(string json) => JsonSerializer.Deserialize<YearFigures>(json, Json)
        ?? throw new InvalidOperationException("A published year's figures are empty.");
}

/// <summary>
/// Works out a year's figures from the comments as they are now. A comment counts in the reporting
/// year an officer decided it (published or withheld); comments still waiting are not counted.
/// </summary>
public sealed class YearFiguresCalculator(LocalOfferDb db, IOptions<LocalOfferOptions> options)
{
    public int StartMonth => options.Value.Feedback.YearStartMonth;

    public ReportingYear Year(int startYear) => new(startYear, StartMonth);

    public async Task<YearFigures> ForYearAsync(int startYear, CancellationToken ct = default)
    {
        var year = Year(startYear);
        var decided = (await db.Comments.AsNoTracking().Include(c => c.Themes)
                .Where(c => c.State != CommentState.New && c.DecidedAt != null).ToListAsync(ct))
            .Where(c => year.Contains(c.DecidedAt!.Value))
            .ToList();
        var published = decided.Where(c => c.State == CommentState.Published).OrderByDescending(c => c.DecidedAt).ToList();
        var withheld = decided.Where(c => c.State == CommentState.Withheld).ToList();

        // Themes this year's comments were tagged with, and themes the council answered this year.
        var responses = await db.CouncilResponses.AsNoTracking().Where(r => r.ThemeId != null).ToListAsync(ct);
        var answered = responses.Where(r => year.Contains(r.PublishedAt)).Select(r => r.ThemeId!.Value);
        var themeIds = published.SelectMany(c => c.Themes).Select(t => t.Id).Concat(answered).ToHashSet();
        var themes = await db.CommentThemes.AsNoTracking().Where(t => themeIds.Contains(t.Id)).ToListAsync(ct);

        return new YearFigures(
            startYear, year.Label, published.Count, withheld.Count,
            Enum.GetValues<CommentTopic>().Select(t => new YearFigures.Count(FeedbackText.Describe(t), decided.Count(c => c.Topic == t))).ToList(),
            Enum.GetValues<CommentGiver>().Select(g => new YearFigures.Count(FeedbackText.Describe(g), decided.Count(c => c.GivenBy == g))).ToList(),
            Enum.GetValues<WithholdReason>().Select(r => new YearFigures.Count(FeedbackText.Describe(r), withheld.Count(c => c.WithheldBecause == r))).ToList(),
            themes.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(t => new YearFigures.Theme(
                t.Name,
                published.Count(c => c.Themes.Any(x => x.Id == t.Id)),
                responses.Where(r => r.ThemeId == t.Id).OrderBy(r => r.PublishedAt)
                    .Select(r => new YearFigures.Response(r.YouSaid, r.WeDid, FeedbackText.Describe(r.Status), r.ActionDate)).ToList())).ToList(),
            published.Select(c => new YearFigures.PublishedComment(
                DateOnly.FromDateTime(c.DecidedAt!.Value.UtcDateTime), FeedbackText.Describe(c.Topic), FeedbackText.Describe(c.GivenBy),
                c.Themes.Select(t => t.Name).Order(StringComparer.OrdinalIgnoreCase).ToList(), c.PublishedText ?? "")).ToList());
    }
}
