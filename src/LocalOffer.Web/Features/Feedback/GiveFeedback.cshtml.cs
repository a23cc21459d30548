using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>"Have your say about the Local Offer": the general comment form.</summary>
public sealed class GiveFeedbackModel(CommentInbox inbox, IStringLocalizer<FeedbackStrings> text, ILogger<CommentPageModel> logger) : CommentPageModel(inbox, text, logger)
{
    public void OnGet() { }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SendAsync(ct);
}
