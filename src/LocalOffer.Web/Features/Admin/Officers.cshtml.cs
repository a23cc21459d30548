using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Admin;

public sealed class OfficersModel(OfficerAccess access, Invitations invitations, AccountDirectory accounts) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [TempData] public string? Notice { get; set; }

    public List<Account> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Officers = await access.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AccountDirectory.EmailProblem(Email, "Enter the officer's email address") is string problem)
            ModelState.AddModelError(nameof(Email), problem);
        else if (await invitations.InviteOfficerAsync(Email!, (await accounts.FindAsync(User.AccountId()!.Value, ct))!, ct) is string refused)
            ModelState.AddModelError(nameof(Email), refused);
        if (!ModelState.IsValid)
        {
            Officers = await access.ListAsync(ct);
            return Page();
        }
        Notice = $"We have sent an invitation to {AccountDirectory.Normalise(Email!)}. It works for 7 days.";
        return Redirect("/admin/officers");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken ct)
    {
        if (await access.RemoveAsync(id, User.AccountId()!.Value, ct) is not string name) return NotFound();
        Notice = $"{name} can no longer sign in.";
        return Redirect("/admin/officers");
    }
}
