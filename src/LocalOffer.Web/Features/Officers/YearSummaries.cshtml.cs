using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class YearSummariesModel(YearSummaries summaries) : PageModel
{
    public IReadOnlyList<YearSummaries.YearState> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Years = await summaries.AllAsync(ct);
}
