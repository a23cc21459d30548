using System.Globalization;
using CsvHelper;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>One year's "You said, we did" as a page shows it: the officer's words and the figures.</summary>
public sealed record YearReport(int StartYear, string HowCommentsWereSought, YearFigures Figures, DateTimeOffset? PublishedAt);

/// <summary>The yearly summaries: drafts officers write, and the frozen copies the public sees.</summary>
public sealed class YearSummaries(LocalOfferDb db, YearFiguresCalculator calculator, TimeProvider clock)
{
    public sealed record YearState(int StartYear, string Label, DateTimeOffset? PublishedAt, bool HasDraftText);

    public ReportingYear Current => ReportingYear.For(clock.GetUtcNow(), calculator.StartMonth);

    /// <summary>Published years, newest first: the public list.</summary>
    public async Task<IReadOnlyList<YearState>> PublishedAsync(CancellationToken ct = default) =>
        (await AllAsync(ct)).Where(y => y.PublishedAt is not null).ToList();

    /// <summary>Every year an officer may write up, newest first: from this year back to the first comment decided.</summary>
    public async Task<IReadOnlyList<YearState>> AllAsync(CancellationToken ct = default)
    {
        var summaries = await db.YearSummaries.AsNoTracking().ToListAsync(ct);
        var decided = await db.Comments.AsNoTracking().Where(c => c.DecidedAt != null).Select(c => c.DecidedAt!.Value).ToListAsync(ct);
        var first = decided.Select(d => ReportingYear.For(d, calculator.StartMonth).StartYear)
            .Concat(summaries.Select(s => s.StartYear)).DefaultIfEmpty(Current.StartYear).Min();
        var last = Math.Max(Current.StartYear, summaries.Select(s => s.StartYear).DefaultIfEmpty(0).Max());
        return Enumerable.Range(first, last - first + 1).Reverse().Select(y =>
        {
            var s = summaries.FirstOrDefault(x => x.StartYear == y);
            return new YearState(y, calculator.Year(y).Label, s?.PublishedAt, !string.IsNullOrWhiteSpace(s?.HowCommentsWereSought));
        }).ToList();
    }

    /// <summary>A published year exactly as it was published, or null if it has not been.</summary>
    public async Task<YearReport?> PublishedAsync(int startYear, CancellationToken ct = default)
    {
        var summary = await db.YearSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.StartYear == startYear, ct);
        if (summary is not { PublishedAt: not null, Figures: not null }) return null;
        return new YearReport(startYear, summary.HowCommentsWereSought, YearFigures.FromJson(summary.Figures), summary.PublishedAt);
    }

    /// <summary>What the year would look like if published now: for the officer's preview.</summary>
    public async Task<YearReport> DraftAsync(int startYear, CancellationToken ct = default)
    {
        var summary = await db.YearSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.StartYear == startYear, ct);
        if (summary is { PublishedAt: not null, Figures: not null })
            return new YearReport(startYear, summary.HowCommentsWereSought, YearFigures.FromJson(summary.Figures), summary.PublishedAt);
        return new YearReport(startYear, summary?.HowCommentsWereSought ?? "", await calculator.ForYearAsync(startYear, ct), null);
    }

    public async Task SaveDraftAsync(int startYear, string howCommentsWereSought, CancellationToken ct = default)
    {
        var summary = await FindOrAddAsync(startYear, ct);
        if (summary.PublishedAt is not null) throw new InvalidOperationException("A published year cannot be changed.");
        summary.HowCommentsWereSought = howCommentsWereSought.Trim();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Freezes the figures as they are now; the public page shows this copy from then on.</summary>
    public async Task PublishAsync(int startYear, string howCommentsWereSought, CancellationToken ct = default)
    {
        var summary = await FindOrAddAsync(startYear, ct);
        if (summary.PublishedAt is not null) throw new InvalidOperationException("This year is already published.");
        summary.HowCommentsWereSought = howCommentsWereSought.Trim();
        summary.Figures = (await calculator.ForYearAsync(startYear, ct)).ToJson();
        summary.PublishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    public async Task<bool> IsPublishedAsync(int startYear, CancellationToken ct = default) =>
        await db.YearSummaries.AnyAsync(s => s.StartYear == startYear && s.PublishedAt != null, ct);

    /// <summary>"Was this page useful?" for the year, most answered first. Officer-only and never frozen.</summary>
    public async Task<IReadOnlyList<PageUsefulness>> UsefulnessAsync(int startYear, int top = 20, CancellationToken ct = default) =>
        (await db.PageUsefulness.AsNoTracking().Where(p => p.StartYear == startYear).ToListAsync(ct))
            .OrderByDescending(p => p.Yes + p.No).ThenBy(p => p.Path, StringComparer.Ordinal).Take(top).ToList();

    private async Task<YearSummary> FindOrAddAsync(int startYear, CancellationToken ct) =>
        await db.YearSummaries.FirstOrDefaultAsync(s => s.StartYear == startYear, ct)
        ?? db.YearSummaries.Add(new YearSummary { StartYear = startYear }).Entity;

    /// <summary>The year's figures, a blank line, then its published comments: the same numbers as the page.</summary>
    public static async Task WriteCsvAsync(TextWriter writer, YearReport report, CancellationToken ct = default)
    {
        var f = report.Figures;
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true))
        {
            await csv.WriteRecordAsync(["section", "item", "number"], ct);
            await csv.WriteRecordAsync(["Total", "Comments dealt with", N(f.Total)], ct);
            await csv.WriteRecordAsync(["Total", "Published", N(f.Published)], ct);
            await csv.WriteRecordAsync(["Total", "Not published", N(f.Withheld)], ct);
            foreach (var c in f.ByTopic) await csv.WriteRecordAsync(["By topic", c.Label, N(c.Number)], ct);
            foreach (var c in f.ByGiver) await csv.WriteRecordAsync(["By who gave them", c.Label, N(c.Number)], ct);
            foreach (var c in f.WithheldByReason) await csv.WriteRecordAsync(["Not published by reason", c.Label, N(c.Number)], ct);
            foreach (var t in f.Themes) await csv.WriteRecordAsync(["By theme", Safe(t.Name), N(t.Comments)], ct);
            await csv.FlushAsync(ct);
        }
        // A CSV record cannot be empty, so the line between the two tables is written by hand.
        await writer.WriteAsync("\r\n");
        await using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true))
        {
            await csv.WriteRecordAsync(["decided_on", "topic", "given_by", "themes", "comment"], ct);
            foreach (var c in f.Comments)
                await csv.WriteRecordAsync([c.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Topic, c.GivenBy, Safe(string.Join("; ", c.Themes)), Safe(c.Text)], ct);
            await csv.FlushAsync(ct);
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Visitors' words could start with = + - @, which a spreadsheet would run as a formula.</summary>
    private static string Safe(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
}
