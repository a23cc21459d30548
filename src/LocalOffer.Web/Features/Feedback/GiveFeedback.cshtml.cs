using Microsoft.AspNetCore.Mvc;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>"Have your say about the Local Offer": the general comment form.</summary>
public sealed class GiveFeedbackModel(CommentInbox inbox) : CommentPageModel(inbox)
{
    public void OnGet() { }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SendAsync(ct);
}
