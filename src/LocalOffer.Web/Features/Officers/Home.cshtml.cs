using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class HomeModel(OfficerQueue queue) : PageModel
{
    public OfficerCounts Counts { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Counts = await queue.CountsAsync(ct);
}
