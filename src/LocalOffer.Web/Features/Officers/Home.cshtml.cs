using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class HomeModel(OfficerQueue queue, Feedback.CommentModeration comments) : PageModel
{
    public OfficerCounts Counts { get; private set; } = null!;
    public int CommentsWaiting { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await queue.CountsAsync(ct);
        CommentsWaiting = await comments.CountWaitingAsync(ct);
    }
}
