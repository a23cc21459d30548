using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Home;

public sealed class IndexModel(CatalogueBrowser catalogue) : PageModel
{
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Categories = (await catalogue.CategoriesAsync(ct)).TopLevel;
        Total = await catalogue.CountPublishedAsync(ct);
    }
}
