using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>An officer starts a listing for an organisation (registering it if it is new) and fills in the template form.</summary>
public sealed class NewListingModel(Organisations organisations, SubmissionWorkflow workflow, AccountDirectory accounts, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public const int MaxShown = 30, MaxName = 200;
    public const string NewOrganisation = "new";

    /// <summary>Words to narrow the list of organisations.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    /// <summary>The chosen organisation's id, or <see cref="NewOrganisation"/>.</summary>
    [BindProperty] public string? Organisation { get; set; }
    [BindProperty] public string? NewName { get; set; }
    public IReadOnlyList<ApprovedOrganisation> Options { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Options = await organisations.FindApprovedAsync(Search, MaxShown, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Provider? provider = null;
        if (Organisation == NewOrganisation)
        {
            if (string.IsNullOrWhiteSpace(NewName)) ModelState.AddModelError(nameof(NewName), text["Enter the name of the organisation"]);
            else if (NewName.Trim().Length > MaxName) ModelState.AddModelError(nameof(NewName), text["The name must be {0} characters or fewer", MaxName]);
            else if (await organisations.NameTakenAsync(NewName, ct)) ModelState.AddModelError(nameof(NewName), text["An organisation called {0} is already registered. Search for it and select it", NewName.Trim()]);
        }
        else if (Guid.TryParse(Organisation, out var id) && await organisations.FindAsync(id, ct) is { Status: OrganisationStatus.Approved } chosen)
        {
            provider = chosen;
        }
        else
        {
            ModelState.AddModelError(nameof(Organisation), text["Select the organisation the listing is for, or register a new one"]);
        }
        if (!ModelState.IsValid)
        {
            Options = await organisations.FindApprovedAsync(Search, MaxShown, ct);
            return Page();
        }
        var officer = await accounts.SignedInAsync(User, ct);
        provider ??= await organisations.RegisterAsync(NewName!, officer, ct);
        var submission = await workflow.StartNewAsync(provider.Id, officer, ct);
        return Redirect($"/provider/drafts/{submission.Id}");
    }
}
