using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>An officer writes how comments were sought, previews the year exactly as the public would see it, and publishes it.</summary>
public sealed class YearSummaryEditModel(YearSummaries summaries, IStringLocalizer<OfficersStrings> text) : PageModel
{
    [BindProperty] public string? HowCommentsWereSought { get; set; }
    public YearReport Report { get; private set; } = null!;
    public IReadOnlyList<PageUsefulness> Usefulness { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int startYear, CancellationToken ct)
    {
        if (!InRange(startYear)) return NotFound();
        await LoadAsync(startYear, ct);
        HowCommentsWereSought = Report.HowCommentsWereSought;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int startYear, CancellationToken ct)
    {
        if (!InRange(startYear)) return NotFound();
        if (await summaries.IsPublishedAsync(startYear, ct)) return RedirectToPage();
        await summaries.SaveDraftAsync(startYear, HowCommentsWereSought ?? "", ct);
        Banner.Set(TempData, text["Draft saved"]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPublishAsync(int startYear, CancellationToken ct)
    {
        if (!InRange(startYear)) return NotFound();
        if (await summaries.IsPublishedAsync(startYear, ct)) return RedirectToPage();
        if (string.IsNullOrWhiteSpace(HowCommentsWereSought))
        {
            ModelState.AddModelError(nameof(HowCommentsWereSought), text["Enter how we asked for comments before publishing"]);
            await LoadAsync(startYear, ct);
            return Page();
        }
        await summaries.PublishAsync(startYear, HowCommentsWereSought, ct);
        Banner.Set(TempData, text["Summary published"], $"/you-said-we-did/{startYear}", text["See the public page"]);
        return RedirectToPage();
    }

    private async Task LoadAsync(int startYear, CancellationToken ct)
    {
        Report = await summaries.DraftAsync(startYear, ct);
        Usefulness = await summaries.UsefulnessAsync(startYear, ct: ct);
    }

    private static bool InRange(int startYear) => startYear is >= 2000 and <= 2999;
}
