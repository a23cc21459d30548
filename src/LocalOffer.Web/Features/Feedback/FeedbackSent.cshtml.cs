using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>After a comment is sent: what happens next.</summary>
public sealed class FeedbackSentModel(CatalogueBrowser catalogue, IStringLocalizer<FeedbackStrings> text) : PageModel
{
    public FeedbackWording Words { get; private set; } = FeedbackWording.Standard;
    public Listing? Listing { get; private set; }

    public async Task OnGetAsync(string? version, string? service, CancellationToken ct)
    {
        Words = FeedbackWording.For(version).In(text);
        if (!string.IsNullOrEmpty(service) && service.Length <= 200) Listing = await catalogue.FindPublishedAsync(service, ct);
    }
}
