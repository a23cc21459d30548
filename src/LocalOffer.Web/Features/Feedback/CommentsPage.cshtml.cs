using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Feedback;

public sealed class CommentsPageModel(PublishedComments comments) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public CommentTopic? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public int? Theme { get; set; }
    /// <summary>Read by hand: "page" is a route value Razor Pages keeps for itself.</summary>
    public int PageNumber { get; private set; } = 1;
    public PublishedComments.Result Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A filter value that does not parse is ignored rather than shown as an error: these are links, not a form to correct.
        ModelState.Clear();
        PageNumber = int.TryParse(Request.Query["page"], out var n) ? n : 1;
        Result = await comments.FindAsync(new(Year, Topic, Theme, PageNumber), ct);
    }

    /// <summary>This page's address with the same filters on another page number.</summary>
    public string PageLink(int page)
    {
        var query = new List<string>();
        if (Year is { } y) query.Add($"year={y}");
        if (Topic is { } t) query.Add($"topic={t}");
        if (Theme is { } th) query.Add($"theme={th}");
        if (page > 1) query.Add($"page={page}");
        return "/comments" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }
}
