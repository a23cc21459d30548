using System.Globalization;
using CsvHelper;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>The most frequent searches that found nothing: where families looked and the catalogue had no answer.</summary>
public sealed class UnmetSearchReport(LocalOfferDb db)
{
    public sealed record Row(string Words, string Filters, string? District, int Searches, DateOnly FirstSeen, DateOnly LastSeen);

    public async Task<IReadOnlyList<Row>> MostFrequentAsync(DateOnly? since, CancellationToken ct = default)
    {
        var query = db.UnmetSearches.AsNoTracking();
        if (since is { } from) query = query.Where(u => u.SearchedOn >= from);
        var rows = await query
            .GroupBy(u => new { u.Words, u.Filters, u.District })
            .Select(g => new Row(g.Key.Words, g.Key.Filters, g.Key.District, g.Count(), g.Min(u => u.SearchedOn), g.Max(u => u.SearchedOn)))
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Searches).ThenBy(r => r.Words, StringComparer.Ordinal).ToList();
    }

    public async Task WriteCsvAsync(TextWriter writer, DateOnly? since, CancellationToken ct = default)
    {
        await using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        await csv.WriteRecordAsync(["searches", "words", "filters", "postcode_district", "first_seen", "last_seen"], ct);
        foreach (var row in await MostFrequentAsync(since, ct))
        {
            await csv.WriteRecordAsync([
                row.Searches.ToString(CultureInfo.InvariantCulture), SafeForSpreadsheets(row.Words), SafeForSpreadsheets(row.Filters),
                row.District ?? "", row.FirstSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.LastSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ], ct);
        }
        await csv.FlushAsync(ct);
    }

    /// <summary>Visitors' words could start with = + - @, which a spreadsheet would run as a formula.</summary>
    private static string SafeForSpreadsheets(string text) =>
        text.Length > 0 && "=+-@\t\r".Contains(text[0]) ? "'" + text : text;
}
