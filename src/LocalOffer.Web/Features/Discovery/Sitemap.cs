using System.Globalization;
using System.Text;
using System.Xml;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Information;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Discovery;

/// <summary>One address in the sitemap, relative to the site, with the day it last changed when that is known.</summary>
public sealed record SitemapEntry(string Path, DateOnly? LastModified = null);

/// <summary>
/// Every public page, for search engines (<c>/sitemap.xml</c>, the sitemaps.org format): the home page,
/// the search page, the category pages, the information pages, the feedback pages, the published
/// "You said, we did" years and every published service. Never a draft, pending or archived listing,
/// and never a page that needs signing in. Worked out afresh on each request (a few small queries), so it is
/// right the moment an officer publishes or withdraws a listing.
/// </summary>
public sealed class Sitemap(LocalOfferDb db, CatalogueBrowser catalogue, ContentLibrary content, YearSummaries years)
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The most addresses one sitemap file may hold. Beyond it the standard wants a sitemap index that names
    /// several files; one council's Local Offer (a few thousand services, 10,000 at the most) is far below
    /// it, so there is no index: services past the limit are simply left out.
    /// </summary>
    public const int MaxAddresses = 50_000;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct = default)
    {
        var entries = new List<SitemapEntry> { new("/"), new("/services") };

        // A category with sub-categories has a page of its own; one without is a search for it (its
        // /categories/ address redirects there), so that is the address to give.
        var tree = await catalogue.CategoriesAsync(ct);
        var stack = new Stack<Category>(tree.TopLevel.Reverse());
        while (stack.Count > 0)
        {
            var category = stack.Pop();
            var slug = Uri.EscapeDataString(category.Slug);
            entries.Add(new(category.Children.Count > 0 ? "/categories/" + slug : "/services?category=" + slug));
            foreach (var child in Enumerable.Reverse(category.Children)) stack.Push(child);
        }

        // Information pages in English, with their Easy Read versions. Translations are not listed: they
        // share the English page's address (the language is chosen by ?lang= or a cookie).
        entries.AddRange(content.All
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Variant, StringComparer.Ordinal)
            .Select(p => new SitemapEntry(EscapePath(p.Url) + (p.Variant is null ? "" : "/" + Uri.EscapeDataString(p.Variant)))));

        entries.Add(new("/feedback"));
        entries.Add(new("/comments"));
        entries.Add(new("/you-said-we-did"));
        entries.AddRange((await years.PublishedAsync(ct)).Select(y => new SitemapEntry(
            "/you-said-we-did/" + y.StartYear.ToString(CultureInfo.InvariantCulture),
            y.PublishedAt is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null)));

        var services = await db.PublishedListings.AsNoTracking()
            .OrderBy(l => l.Slug)
            .Select(l => new { l.Slug, l.UpdatedAt })
            .Take(Math.Max(0, MaxAddresses - entries.Count))
            .ToListAsync(ct);
        entries.AddRange(services.Select(s => new SitemapEntry(
            "/services/" + Uri.EscapeDataString(s.Slug), DateOnly.FromDateTime(s.UpdatedAt.UtcDateTime))));
        return entries;
    }

    /// <summary>Writes the entries as a sitemaps.org <c>urlset</c>, each address made absolute with the site's address.</summary>
    public static async Task WriteAsync(Stream output, string siteAddress, IEnumerable<SitemapEntry> entries, CancellationToken ct = default)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(output, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        foreach (var entry in entries)
        {
            ct.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "url", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, siteAddress + entry.Path);
            if (entry.LastModified is { } day)
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
