using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class QueueModel(OfficerQueue queue) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    public SubmissionKind? Showing { get; private set; }
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Showing = OfficerQueue.ParseKind(Kind);
        Items = await queue.WaitingAsync(Showing, ct);
    }
}
