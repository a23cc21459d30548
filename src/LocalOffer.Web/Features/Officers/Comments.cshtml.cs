using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class CommentsModel(CommentModeration moderation) : PageModel
{
    public IReadOnlyList<CommentQueueItem> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await moderation.WaitingAsync(ct);
}
