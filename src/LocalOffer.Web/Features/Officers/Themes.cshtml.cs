using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

/// <summary>The themes officers tag comments with: add, rename, retire, bring back.</summary>
public sealed class ThemesModel(CouncilResponses responses) : PageModel
{
    public IReadOnlyList<ThemeSummary> Items { get; private set; } = [];

    /// <summary>A new theme's name.</summary>
    [BindProperty] public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await responses.ThemesAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await responses.AddThemeAsync(Name, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), problem);
            Items = await responses.ThemesAsync(ct);
            return Page();
        }
        Banner.Set(TempData, $"The theme \u201c{Name!.Trim()}\u201d is added");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct) => await SetActiveAsync(id, false, ct);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct) => await SetActiveAsync(id, true, ct);

    private async Task<IActionResult> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        if (await responses.SetActiveAsync(id, active, ct) is not { } theme) return NotFound();
        Banner.Set(TempData, active ? $"\u201c{theme.Name}\u201d can be used again" : $"\u201c{theme.Name}\u201d is retired. Comments that have it keep it.");
        return RedirectToPage();
    }
}
