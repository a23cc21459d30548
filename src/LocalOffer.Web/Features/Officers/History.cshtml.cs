using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class HistoryModel(OfficerListings history) : PageModel
{
    public ListingHistoryPage History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await history.LoadAsync(id, ct) is not { } page) return NotFound();
        History = page;
        return Page();
    }
}
