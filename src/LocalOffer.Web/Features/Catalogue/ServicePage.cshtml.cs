using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

public sealed class ServicePageModel(CatalogueBrowser catalogue) : PageModel
{
    public Listing Listing { get; private set; } = null!;
    public Category? MainCategory { get; private set; }
    public CategoryTree Categories { get; private set; } = null!;
    private Dictionary<string, string> _questions = [];

    /// <summary>A Local Offer question as officers word it now (questions they add are filed under a short key).</summary>
    public string QuestionText(string key) => _questions.GetValueOrDefault(key) ?? ListingText.Question(key);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var listing = await catalogue.FindPublishedAsync(slug, ct);
        if (listing is null) return NotFound();
        Listing = listing;
        Categories = await catalogue.CategoriesAsync(ct);
        if (listing.LocalOfferAnswers.Count > 0) _questions = await catalogue.QuestionTextsAsync(ct);
        MainCategory = listing.Categories.Select(c => Categories.Find(c.Slug)).FirstOrDefault(c => c is not null);
        return Page();
    }
}
