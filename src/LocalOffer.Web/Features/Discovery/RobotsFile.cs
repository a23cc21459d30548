namespace LocalOffer.Web.Features.Discovery;

/// <summary>
/// <c>/robots.txt</c>: search engines may read the public site, but not the pages behind sign-in, the
/// one-visitor pages (your list, forms, thank-you pages, language switches, emailed links) or searches with
/// filters, which are endless and all lead to service pages the sitemap already names. A search for a
/// single category stays open: it is the page of a category with no sub-categories.
/// A demonstration site, whose services and phone numbers are made up, asks to be left out altogether.
/// </summary>
public static class RobotsFile
{
    /// <summary>Address prefixes not to crawl. A path with <c>*</c> uses the wildcard the main search engines understand.</summary>
    public static readonly IReadOnlyList<string> Disallowed =
    [
        "/officer",
        "/provider",
        "/admin/",
        "/account/",
        "/listings/",
        "/shortlist",
        "/language/",
        "/page-useful",
        "/feedback/sent",
        "/error",
        "/services/*/report-a-problem",
        "/services?",
        "/comments?",
    ];

    public static string Text(string siteAddress, bool isDemonstration)
    {
        if (isDemonstration)
            return "# A demonstration: its services, people and phone numbers are made up.\nUser-agent: *\nDisallow: /\n";
        var text = new System.Text.StringBuilder("User-agent: *\nAllow: /\n");
        foreach (var path in Disallowed) text.Append("Disallow: ").Append(path).Append('\n');
        // The longer rule wins: a search for one category is open, the same search with more filters is not.
        text.Append("Allow: /services?category=\n");
        text.Append("Disallow: /services?category=*&\n");
        text.Append('\n').Append("Sitemap: ").Append(siteAddress).Append("/sitemap.xml\n");
        return text.ToString();
    }
}
