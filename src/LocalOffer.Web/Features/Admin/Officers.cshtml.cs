using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Officers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Admin;

public sealed class OfficersModel(OfficerAccess access, Invitations invitations, AccountDirectory accounts, IStringLocalizer<AdminStrings> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [TempData] public string? Notice { get; set; }

    public List<Account> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Officers = await access.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AccountDirectory.EmailProblem(Email, text["Enter the officer's email address"]) is string problem)
            ModelState.AddModelError(nameof(Email), text.Translate(problem));
        else if (await invitations.InviteOfficerAsync(Email!, (await accounts.FindAsync(User.AccountId()!.Value, ct))!, ct) is string refused)
            ModelState.AddModelError(nameof(Email), Refusal(refused));
        if (!ModelState.IsValid)
        {
            Officers = await access.ListAsync(ct);
            return Page();
        }
        Notice = text["We have sent an invitation to {0}. It works for 7 days.", AccountDirectory.Normalise(Email!)];
        return Redirect("/admin/officers");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        if (await access.RemoveAsync(id, User.AccountId()!.Value, ct) is not string name) return NotFound();
        Notice = text["{0} can no longer sign in.", name];
        return Redirect("/admin/officers");
    }

    /// <summary>Why the invitation was refused, in the admin's language; the email address it names stays as typed.</summary>
    private string Refusal(string refused)
    {
        const string hasAccess = " already has officer access";
        return refused.EndsWith(hasAccess, StringComparison.Ordinal)
            ? text["{0} already has officer access", refused[..^hasAccess.Length]]
            : text.Translate(refused);
    }
}
