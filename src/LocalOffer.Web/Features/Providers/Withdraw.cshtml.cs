using System.ComponentModel.DataAnnotations;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Providers;

/// <summary>A provider asks for a live listing to come down; an officer decides.</summary>
public sealed class WithdrawModel(SubmissionWorkflow workflow, AccountDirectory accounts, IStringLocalizer<ProvidersStrings> text) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    [BindProperty, Required(ErrorMessage = "Tell us why the listing should be withdrawn")]
    [StringLength(1000, ErrorMessage = "The reason must be 1,000 characters or fewer")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var account = await accounts.FindAsync(User.AccountId()!.Value, ct);
        await workflow.RequestWithdrawalAsync(Listing, account!, Reason!, ct);
        TempData["Done"] = text["You asked for {0} to be withdrawn. It stays live until the Local Offer team has dealt with your request.", Listing.Name].Value;
        return Redirect("/provider");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var listing = await workflow.LoadListingAsync(id, ct);
        if (listing is null || listing.Status != ListingStatus.Published || !await workflow.IsMemberAsync(User.AccountId()!.Value, listing.ProviderId, ct)) return false;
        Listing = listing;
        return true;
    }
}
