using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Information;

public sealed class InformationPageModel(ContentLibrary content, LocalOffer.Web.Features.Catalogue.CatalogueBrowser catalogue) : PageModel
{
    public InformationPage Article { get; private set; } = null!;
    public InformationSection? Section { get; private set; }
    public IReadOnlyList<InformationSection> Sections { get; private set; } = [];
    public bool HasEasyRead { get; private set; }
    /// <summary>The directory categories this page relates to, for its "find services" links.</summary>
    public IReadOnlyList<LocalOffer.Web.Features.Catalogue.Category> RelatedCategories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken ct)
    {
        path = (path ?? "").Trim('/');
        string? variant = null;
        if (path.EndsWith("/easy-read", StringComparison.OrdinalIgnoreCase))
        {
            variant = "easy-read";
            path = path[..^"/easy-read".Length];
        }
        var page = content.Find(path, variant);
        if (page is null) return NotFound();
        Article = page;
        Section = content.SectionOf(page);
        Sections = path.Length == 0 ? content.Sections : [];
        HasEasyRead = variant is null && content.HasVariant(page, "easy-read");
        var tree = await catalogue.CategoriesAsync(ct);
        RelatedCategories = page.Categories.Select(tree.Find).OfType<LocalOffer.Web.Features.Catalogue.Category>().ToList();
        return Page();
    }
}
