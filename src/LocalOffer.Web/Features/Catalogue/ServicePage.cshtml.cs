using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

public sealed class ServicePageModel(CatalogueBrowser catalogue) : PageModel
{
    public Listing Listing { get; private set; } = null!;
    public Category? MainCategory { get; private set; }
    public CategoryTree Categories { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var listing = await catalogue.FindPublishedAsync(slug, ct);
        if (listing is null) return NotFound();
        Listing = listing;
        Categories = await catalogue.CategoriesAsync(ct);
        MainCategory = listing.Categories.Select(c => Categories.Find(c.Slug)).FirstOrDefault(c => c is not null);
        return Page();
    }
}
