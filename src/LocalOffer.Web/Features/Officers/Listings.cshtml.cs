using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class ListingsModel(OfficerListings listings) : PageModel
{
    public const int Max = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public IReadOnlyList<ListingSummary>? Found { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(Q)) Found = await listings.SearchAsync(Q, Max, ct);
    }
}
