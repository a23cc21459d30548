using LocalOffer.Web.Features.Information;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

public sealed class CategoryPageModel(CatalogueBrowser catalogue, ContentLibrary content) : PageModel
{
    public Category Category { get; private set; } = null!;
    public IReadOnlyList<Category> Path { get; private set; } = [];
    public Dictionary<Guid, int> Counts { get; private set; } = [];
    public IReadOnlyList<InformationPage> RelatedPages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var tree = await catalogue.CategoriesAsync(ct);
        var category = tree.Find(slug);
        if (category is null) return NotFound();
        if (category.Children.Count == 0) return RedirectPermanent($"/services?category={category.Slug}");
        Category = category;
        Path = tree.PathTo(category);
        Counts = await catalogue.CountsByCategoryAsync(ct);
        RelatedPages = category.Children.Prepend(category)
            .SelectMany(c => content.ForCategory(c.Slug, LocalOffer.Web.Features.Languages.SiteLanguages.Current.FileCode))
            .DistinctBy(p => p.Url)
            .ToList();
        return Page();
    }
}
