using LocalOffer.Web.Infrastructure.Hosting;

namespace LocalOffer.Web.Features.Discovery;

/// <summary>
/// The site's address for addresses that leave it (a sitemap, robots.txt, a page's structured data): the
/// configured <c>LocalOffer:PublicUrl</c>, or, when none is set, the address this request came in on, so a
/// site run without one still gives working links.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration)
{
    public string For(HttpRequest request) =>
        (configuration[$"{LocalOfferOptions.Section}:{nameof(LocalOfferOptions.PublicUrl)}"] is { Length: > 0 } configured
            ? configured
            : $"{request.Scheme}://{request.Host}{request.PathBase}").TrimEnd('/');
}
