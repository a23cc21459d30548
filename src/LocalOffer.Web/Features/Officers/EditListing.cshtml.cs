using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

/// <summary>An officer changes a live listing through the same template form and approval as a provider.</summary>
public sealed class EditListingModel(OfficerListings listings, SubmissionWorkflow workflow, AccountDirectory accounts) : PageModel
{
    public ListingSummary Listing { get; private set; } = null!;
    public Submission? OpenChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await listings.FindAsync(id, ct) is not { } listing) return NotFound();
        Listing = listing;
        OpenChange = await listings.OpenChangeAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var listing = await workflow.LoadListingAsync(id, ct);
        if (listing is null) return NotFound();
        if (listing.Status == ListingStatus.Archived) return RedirectToPage();
        var change = await workflow.StartChangeAsync(listing, await accounts.SignedInAsync(User, ct), ct);
        return Redirect($"/provider/drafts/{change.Id}");
    }
}
