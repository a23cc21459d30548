using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>"Tell us about this service or report a problem", from a service page: the topic is the service.</summary>
public sealed class ServiceFeedbackModel(CommentInbox inbox, CatalogueBrowser catalogue, IStringLocalizer<FeedbackStrings> text, ILogger<CommentPageModel> logger) : CommentPageModel(inbox, text, logger)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? await SendAsync(ct) : NotFound();

    private async Task<bool> LoadAsync(string slug, CancellationToken ct) => (Listing = await catalogue.FindPublishedAsync(slug, ct)) is not null;
}
