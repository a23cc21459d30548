using LocalOffer.Web.Features.Information;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Officers;

public sealed class HomeModel(OfficerQueue queue, Feedback.CommentModeration comments, ContentLibrary content, TimeProvider clock, IOptions<LocalOfferOptions> options) : PageModel
{
    public OfficerCounts Counts { get; private set; } = null!;
    public int CommentsWaiting { get; private set; }
    public int InformationPagesOverdue { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Counts = await queue.CountsAsync(ct);
        CommentsWaiting = await comments.CountWaitingAsync(ct);
        InformationPagesOverdue = PageReviews.For(content, DateOnly.FromDateTime(clock.GetLocalNow().Date), options.Value.InformationReviewMonths)
            .Count(r => r.State == PageReviewState.Overdue);
    }
}
