using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>Until the feedback form arrives, tells visitors how to report a wrong listing.</summary>
public sealed class ReportProblemModel(CatalogueBrowser catalogue) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var listing = await catalogue.FindPublishedAsync(slug, ct);
        if (listing is null) return NotFound();
        Listing = listing;
        return Page();
    }
}
