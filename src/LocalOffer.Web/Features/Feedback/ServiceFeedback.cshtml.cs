using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>"Tell us about this service or report a problem", from a service page: the topic is the service.</summary>
public sealed class ServiceFeedbackModel(CommentInbox inbox, CatalogueBrowser catalogue, Catalogue.Search.SearchCatalogue search, IStringLocalizer<FeedbackStrings> text, ILogger<CommentPageModel> logger) : CommentPageModel(inbox, text, logger)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? await SendAsync(ct) : NotFound();

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        try { Listing = await catalogue.FindPublishedAsync(slug, ct); }
        catch (Exception e) when (Errors.ErrorModel.StatusFor(e) == StatusCodes.Status503ServiceUnavailable)
        {
            // The database is out of reach for a moment: the service's name comes from this server's own
            // search facts, so the form still shows, and a comment sent now comes back with its words.
            var known = search.Facts.Values.FirstOrDefault(f => f.Card.Slug == slug);
            if (known is null) throw;
            Listing = new Listing { Id = known.Id, Slug = slug, Name = known.Name, Summary = known.Card.Summary, Description = "" };
        }
        return Listing is not null;
    }
}
