using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>A published year, shown only from the figures frozen when it was published.</summary>
public sealed class YouSaidWeDidModel(YearSummaries summaries) : PageModel
{
    public YearReport Report { get; private set; } = null!;
    public IReadOnlyList<YearSummaries.YearState> EarlierYears { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int startYear, CancellationToken ct)
    {
        if (await summaries.PublishedAsync(startYear, ct) is not { } report) return NotFound();
        Report = report;
        EarlierYears = (await summaries.PublishedAsync(ct)).Where(y => y.StartYear < startYear).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(int startYear, CancellationToken ct)
    {
        if (await summaries.PublishedAsync(startYear, ct) is not { } report) return NotFound();
        var csv = new StringWriter();
        await YearSummaries.WriteCsvAsync(csv, report, ct);
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"you-said-we-did-{startYear}.csv");
    }
}
