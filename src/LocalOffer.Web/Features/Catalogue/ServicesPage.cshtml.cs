using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Features.Information;
using LocalOffer.Web.Features.Languages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// The search page. Answers are cached per address until the catalogue changes, except searches that
/// find nothing: each of those must run, so that it is recorded as a gap in provision.
/// </summary>
[OutputCache(PolicyName = SearchCatalogue.OutputCachePolicy)]
public sealed class ServicesPageModel(ServiceSearch search, SearchCatalogue catalogue, ContentLibrary content) : PageModel
{
    [FromQuery(Name = "q")] public string? Words { get; set; }
    [FromQuery(Name = "postcode")] public string? Postcode { get; set; }
    [FromQuery(Name = "radius")] public string? Radius { get; set; }
    [FromQuery(Name = "age")] public string? Age { get; set; }
    [FromQuery(Name = "category")] public string[] Category { get; set; } = [];
    [FromQuery(Name = "need")] public string[] Need { get; set; } = [];
    [FromQuery(Name = "free")] public string? Free { get; set; }
    [FromQuery(Name = "delivery")] public string[] Delivery { get; set; } = [];
    [FromQuery(Name = "day")] public string[] Day { get; set; } = [];
    [FromQuery(Name = "level")] public string[] Level { get; set; } = [];
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public string? PageNumber { get; set; }

    public SearchRequest Request { get; private set; } = null!;
    public SearchResults Results { get; private set; } = null!;
    public CategoryTree Categories { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = catalogue.Layout.Categories;
        Request = new SearchRequest
        {
            Words = Words,
            Postcode = Postcode,
            Radius = Radius,
            Age = Age,
            Categories = Clean(Category),
            Needs = Clean(Need),
            FreeOnly = Free is "true" or "on" or "1",
            Delivery = Clean(Delivery),
            Days = Clean(Day),
            Levels = Clean(Level),
            Sort = Sort,
            Page = int.TryParse(PageNumber, out var p) ? p : 1,
        };
        Results = await search.SearchAsync(Request, ct);
        RelatedPages = FindRelatedPages();
        if (Results.Total == 0 && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache) cache.Context.AllowCacheStorage = false;
    }

    /// <summary>A category chosen alone (from a browse link) names the page.</summary>
    public Category? SingleCategory => Request.Categories.Count == 1 ? Categories.Find(Request.Categories[0]) : null;

    /// <summary>Information pages about the category chosen alone (or the categories above it): the way back from a category to its advice.</summary>
    public IReadOnlyList<InformationPage> RelatedPages { get; private set; } = [];

    private IReadOnlyList<InformationPage> FindRelatedPages() => SingleCategory is { } category
        ? Categories.PathTo(category).Reverse()
            .SelectMany(c => content.ForCategory(c.Slug, SiteLanguages.Current.FileCode))
            .DistinctBy(p => p.Url).ToList()
        : [];

    private static string[] Clean(string[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v) && v.Length <= 60).Select(v => v.Trim()).Distinct().Take(20).ToArray();
}
