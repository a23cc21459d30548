using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

public sealed class ServicesPageModel(CatalogueBrowser catalogue) : PageModel
{
    [FromQuery(Name = "q")] public string? Words { get; set; }
    [FromQuery(Name = "category")] public string? CategorySlug { get; set; }
    [FromQuery(Name = "age")] public string? Age { get; set; }
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }

    public CataloguePage Results { get; private set; } = null!;
    public CategoryTree Categories { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = await catalogue.CategoriesAsync(ct);
        var page = int.TryParse(PageNumber, out var p) ? p : 1;
        Results = await catalogue.BrowseAsync(new CatalogueFilter(Words, CategorySlug, Age, page), ct);
    }

    /// <summary>The address of another results page with the same filters.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(Words)) query.Add("q=" + Uri.EscapeDataString(Words));
        if (Results.Category is not null) query.Add("category=" + Uri.EscapeDataString(Results.Category.Slug));
        if (Results.Age is not null) query.Add("age=" + Uri.EscapeDataString(Results.Age.Key));
        if (page > 1) query.Add("page=" + page);
        return "/services" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
