using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Information;

public sealed class InformationPageModel(ContentLibrary content, CatalogueBrowser catalogue) : PageModel
{
    public InformationPage Article { get; private set; } = null!;
    public InformationSection? Section { get; private set; }
    public IReadOnlyList<InformationSection> Sections { get; private set; } = [];
    public bool HasEasyRead { get; private set; }
    /// <summary>The visitor chose a language this page has not been translated into, so it is shown in English.</summary>
    public bool ShownInEnglishInstead { get; private set; }
    /// <summary>The directory categories this page relates to, for its "find services" links.</summary>
    public IReadOnlyList<Category> RelatedCategories { get; private set; } = [];

    /// <summary>A <c>lang</c> value for a page's title when it is not in the visitor's language (so screen readers say it right).</summary>
    public static string? LanguageOf(InformationPage page) =>
        page.Language == SiteLanguages.Current.FileCode ? null : SiteLanguages.Find(page.Language)?.Code;

    public async Task<IActionResult> OnGetAsync(string? path, CancellationToken ct)
    {
        path = (path ?? "").Trim('/');
        string? variant = null;
        if (path.EndsWith("/easy-read", StringComparison.OrdinalIgnoreCase))
        {
            variant = "easy-read";
            path = path[..^"/easy-read".Length];
        }
        var language = SiteLanguages.Current.FileCode;
        var page = content.Find(path, variant, language);
        if (page is null) return NotFound();
        Article = page;
        ShownInEnglishInstead = page.Language != language;
        Section = content.SectionOf(page, language);
        Sections = path.Length == 0 ? content.SectionsIn(language) : [];
        HasEasyRead = variant is null && content.HasVariant(page, "easy-read");
        var tree = await catalogue.CategoriesAsync(ct);
        RelatedCategories = page.Categories.Select(tree.Find).OfType<Category>().ToList();
        return Page();
    }
}
