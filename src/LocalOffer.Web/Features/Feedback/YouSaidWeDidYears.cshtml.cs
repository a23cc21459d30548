using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Feedback;

public sealed class YouSaidWeDidYearsModel(YearSummaries summaries) : PageModel
{
    public IReadOnlyList<YearSummaries.YearState> Years { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Years = await summaries.PublishedAsync(ct);
}
