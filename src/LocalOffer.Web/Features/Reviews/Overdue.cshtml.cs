using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Reviews;

[Authorize(Policy = Policies.Officer)]
public sealed class OverdueModel(OverdueListings overdue, IStringLocalizer<ReviewsStrings> text) : PageModel
{
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }

    [TempData] public string? Confirmed { get; set; }

    public OverduePage Results { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Results = await overdue.PageAsync(int.TryParse(PageNumber, out var page) ? page : 1, ct);

    public async Task<IActionResult> OnPostConfirmAsync(Guid listingId, CancellationToken ct)
    {
        var listing = await overdue.ConfirmAsync(listingId, User.AccountId() ?? Guid.Empty, ct);
        if (listing is null) return NotFound();
        Confirmed = text["{0} is confirmed as still accurate. Its next review is due by {1}.", listing.Name, ListingFreshness.Show(listing.ReviewBy)];
        return RedirectToPage();
    }
}
