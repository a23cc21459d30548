using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>
/// Where an emailed invitation lands. Someone new creates their account here; someone who already has an
/// account signs in first and then joins with one button.
/// </summary>
public sealed class InvitationModel(Invitations invitations, IStringLocalizer<AccountsStrings> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    /// <summary>Null when the link has expired, been altered, or its organisation has gone.</summary>
    public Invitation? Invitation { get; private set; }
    public Provider? Organisation { get; private set; }
    public Invitations.Standing Standing { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Invitation is null) return Page();
        switch (Standing)
        {
            case Invitations.Standing.SignedInAsInvitee:
                var (_, existing) = await invitations.StandingAsync(Invitation, User.AccountId(), ct);
                await invitations.AcceptAsExistingAsync(Invitation, existing!, ct);
                return Redirect(AccountsSetup.HomeFor(existing!));
            case Invitations.Standing.NoAccount:
                var name = AccountDirectory.TidyName(FullName);
                if (name.Length == 0) ModelState.AddModelError(nameof(FullName), text["Enter your full name"]);
                else if (name.Length > 120) ModelState.AddModelError(nameof(FullName), text["Your name must be 120 characters or fewer"]);
                NewPassword.Check(ModelState, text, Password, ConfirmPassword);
                if (!ModelState.IsValid) return Page();
                var account = await invitations.AcceptAsNewAsync(Invitation, name, Password!, ct);
                if (account is null)
                {
                    await LoadAsync(ct); // someone made the account meanwhile: show what to do now
                    return Page();
                }
                await HttpContext.SignInAsync(account);
                return Redirect(AccountsSetup.HomeFor(account));
            default:
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer"; // the address holds the token
        Invitation = invitations.Read(Token);
        if (Invitation is null) return;
        if (Invitation.Role == Role.Provider)
        {
            Organisation = await invitations.OrganisationAsync(Invitation.ProviderId, ct);
            if (Organisation is null) { Invitation = null; return; }
        }
        (Standing, _) = await invitations.StandingAsync(Invitation, User.AccountId(), ct);
    }
}
