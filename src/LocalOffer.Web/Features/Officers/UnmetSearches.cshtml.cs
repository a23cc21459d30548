using System.Text;
using LocalOffer.Web.Features.Catalogue.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>The searches that found nothing, most frequent first, on screen or as the same CSV the export command writes.</summary>
public sealed class UnmetSearchesModel(UnmetSearchReport report, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public const int Shown = 100;

    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Year { get; set; }
    public DateOnly? Since { get; private set; }
    public IReadOnlyList<UnmetSearchReport.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }

    /// <summary>This search's address with <c>handler=csv</c>, so the download matches the screen.</summary>
    public string CsvLink => "/officer/unmet-searches?handler=csv" + (Since is { } d ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"&day={d.Day}&month={d.Month}&year={d.Year}") : "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReadSince()) return Page();
        var rows = await report.MostFrequentAsync(Since, ct);
        Total = rows.Count;
        Rows = rows.Take(Shown).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!ReadSince()) return BadRequest();
        var csv = new StringWriter();
        await report.WriteCsvAsync(csv, Since, ct);
        var name = "unmet-searches" + (Since is { } d ? "-since-" + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "") + ".csv";
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", name);
    }

    /// <summary>Reads the "since" date from its three boxes; false (with an error) if it is not a real date.</summary>
    private bool ReadSince()
    {
        if (string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year)) return true;
        if (int.TryParse(Day, out var day) && int.TryParse(Month, out var month) && int.TryParse(Year, out var year)
            && year is >= 2000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            Since = new DateOnly(year, month, day);
            return true;
        }
        ModelState.AddModelError(nameof(Day), text["Enter a real date, like 1 9 2026, or leave the date empty to see every search"]);
        return false;
    }
}
