using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>One theme: rename it, see its comments, and publish "You said … / We did …" for it.</summary>
public sealed class ThemeModel(CouncilResponses responses, AccountDirectory accounts, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public ThemeCase Case { get; private set; } = null!;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? YouSaid { get; set; }
    [BindProperty] public string? WeDid { get; set; }
    [BindProperty] public ActionStatus? Status { get; set; }
    [BindProperty] public string? ActionDay { get; set; }
    [BindProperty] public string? ActionMonth { get; set; }
    [BindProperty] public string? ActionYear { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await responses.ThemeAsync(id, ct) is not { } found) return NotFound();
        Case = found;
        Name = found.Theme.Name;
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, CancellationToken ct)
    {
        if (await responses.ThemeAsync(id, ct) is not { } found) return NotFound();
        Case = found;
        if (await responses.RenameThemeAsync(id, Name, ct) is { } problem)
        {
            ModelState.AddModelError(nameof(Name), text.Translate(problem));
            return Page();
        }
        Banner.Set(TempData, text["The theme is now called “{0}”", Name!.Trim()]);
        return Redirect($"/officer/themes/{id}");
    }

    public async Task<IActionResult> OnPostRespondAsync(int id, CancellationToken ct)
    {
        if (await responses.ThemeAsync(id, ct) is not { } found) return NotFound();
        Case = found;
        Name = found.Theme.Name;
        if (CouncilResponses.TextProblem(YouSaid, "what people said") is not null)
            ModelState.AddModelError(nameof(YouSaid), string.IsNullOrWhiteSpace(YouSaid) ? text["Enter what people said"] : text["What people said must be {0} characters or fewer", CouncilResponses.MaxText.ToString("N0")]);
        if (CouncilResponses.TextProblem(WeDid, "what the council did or will do") is not null)
            ModelState.AddModelError(nameof(WeDid), string.IsNullOrWhiteSpace(WeDid) ? text["Enter what the council did or will do"] : text["What the council did or will do must be {0} characters or fewer", CouncilResponses.MaxText.ToString("N0")]);
        if (Status is null) { ModelState.Remove(nameof(Status)); ModelState.AddModelError(nameof(Status), text["Select where the action has got to"]); }
        var (date, dateError) = CouncilResponses.ActionDate(ActionDay, ActionMonth, ActionYear);
        if (dateError is not null) ModelState.AddModelError(nameof(ActionDay), text.Translate(dateError));
        if (!ModelState.IsValid) return Page();
        await responses.RespondToThemeAsync(id, await accounts.SignedInAsync(User, ct), YouSaid!, WeDid!, Status!.Value, date, ct);
        Banner.Set(TempData, text["Your “You said, we did” response is published"]);
        return Redirect($"/officer/themes/{id}#responses");
    }
}
