using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Providers;

/// <summary>The people who can update an organisation's listings, and inviting another.</summary>
public sealed class ColleaguesModel(Invitations invitations, AccountDirectory accounts, IStringLocalizer<ProvidersStrings> text, IStringLocalizer<AccountsStrings> accountsText) : PageModel
{
    /// <summary>Which organisation, for someone who belongs to several.</summary>
    [BindProperty(SupportsGet = true, Name = "provider")] public Guid? ProviderId { get; set; }
    [BindProperty] public string? Email { get; set; }
    [TempData] public string? Notice { get; set; }

    public List<Provider> Organisations { get; private set; } = [];
    /// <summary>Null while someone in several organisations has not picked one.</summary>
    public Provider? Organisation { get; private set; }
    public List<Account> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Organisation is null) return NotFound();
        if (AccountDirectory.EmailProblem(Email, text["Enter your colleague's email address"], accountsText) is string problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }
        var me = (await accounts.FindAsync(User.AccountId()!.Value, ct))!;
        if (!await invitations.InviteColleagueAsync(Organisation, Email!, me, ct))
        {
            ModelState.AddModelError(nameof(Email), text["{0} is already a member of {1}", AccountDirectory.Normalise(Email!), Organisation.Name]);
            return Page();
        }
        Notice = text["We have sent an invitation to {0}. It works for 7 days.", AccountDirectory.Normalise(Email!)];
        return Redirect($"/provider/colleagues?provider={Organisation.Id}");
    }

    /// <summary>False when the organisation asked for is not one of this person's.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (ModelState.TryGetValue("provider", out var asked) && asked.Errors.Count > 0) return false;
        Organisations = await invitations.OrganisationsOfAsync(User.AccountId()!.Value, ct);
        Organisation = ProviderId is Guid id ? Organisations.FirstOrDefault(o => o.Id == id)
            : Organisations.Count == 1 ? Organisations[0] : null;
        if (ProviderId is not null && Organisation is null) return false;
        if (Organisation is not null) Members = await invitations.MembersOfAsync(Organisation.Id, ct);
        return true;
    }
}
