using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>The themes officers tag comments with: add, rename, retire, bring back.</summary>
public sealed class ThemesModel(CouncilResponses responses, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public IReadOnlyList<ThemeSummary> Items { get; private set; } = [];

    /// <summary>A new theme's name.</summary>
    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await responses.ThemesAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await responses.AddThemeAsync(Name, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), text.Translate(problem));
            Items = await responses.ThemesAsync(ct);
            return Page();
        }
        Banner.Set(TempData, text["The theme “{0}” is added", Name!.Trim()]);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => await SetActiveAsync(id, false, ct);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => await SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (await responses.SetActiveAsync(id, active, ct) is not { } theme) return NotFound();
        Banner.Set(TempData, active ? text["“{0}” can be used again", theme.Name] : text["“{0}” is retired. Comments that have it keep it.", theme.Name]);
        return RedirectToPage();
    }
}
