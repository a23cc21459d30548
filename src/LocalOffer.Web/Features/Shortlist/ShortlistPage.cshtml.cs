using System.Text;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Shortlist;

/// <summary>
/// "Your list": the services a visitor saved, with what they need to act on each; printable and
/// downloadable as a text file. The save, remove and clear buttons post here and go back to the page
/// they were pressed on. Everything is kept in the visitor's cookie (<see cref="ShortlistCookie"/>).
/// </summary>
[Security.RateLimitedForm(Security.LimitedForm.Shortlist)]
public sealed class ShortlistPageModel(
    LocalOfferDb db,
    SavedServices saved,
    IStringLocalizer<ShortlistStrings> text,
    IOptions<LocalOfferOptions> options,
    Discovery.SiteAddress siteAddress,
    TimeProvider clock) : PageModel
{
    public IReadOnlyList<SavedService> Services { get; private set; } = [];

    /// <summary>How many saved services have been withdrawn since, and so were taken off the list just now.</summary>
    public int Dropped { get; private set; }

    public bool PrintView { get; private set; }

    /// <summary>The site's address for links that leave it (a printout, the text file): the configured public address, or this request's.</summary>
    public string SiteAddress => siteAddress.For(Request);

    public string Today => clock.GetLocalNow().ToString("d MMMM yyyy");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (RouteData.Values["handler"] is string { Length: > 0 }) return NotFound();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The same list laid out for paper: no site menus or buttons, and every page address written out.</summary>
    public async Task<IActionResult> OnGetPrintAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        PrintView = true;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PlainText())).ToArray();
        return File(bytes, "text/plain; charset=utf-8", "local-offer-list.txt");
    }

    public async Task<IActionResult> OnPostSaveAsync(string? service, string? returnUrl, CancellationToken ct)
    {
        var id = await ListingIdAsync(service, publishedOnly: true, ct);
        if (id is null) return NotFound();
        var ids = ShortlistCookie.Read(Request).ToList();
        var message = ShortlistLinks.Saved;
        if (!ids.Contains(id.Value))
        {
            // Make room by forgetting services that are no longer published before saying the list is full.
            if (ids.Count >= ShortlistCookie.MaxServices) ids = ids.Intersect(saved.For(HttpContext).Ids).ToList();
            if (ids.Count >= ShortlistCookie.MaxServices) message = ShortlistLinks.Full;
            else ids.Add(id.Value);
            ShortlistCookie.Write(HttpContext, ids);
        }
        return Redirect(ShortlistLinks.Back(returnUrl, message, Url.IsLocalUrl));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string? service, string? returnUrl, CancellationToken ct)
    {
        var id = await ListingIdAsync(service, publishedOnly: false, ct);
        var ids = ShortlistCookie.Read(Request).ToList();
        if (id is not null && ids.Remove(id.Value)) ShortlistCookie.Write(HttpContext, ids);
        return Redirect(ShortlistLinks.Back(returnUrl, ShortlistLinks.Removed, Url.IsLocalUrl));
    }

    public IActionResult OnPostClear()
    {
        ShortlistCookie.Write(HttpContext, []);
        return Redirect(ShortlistLinks.Back("/shortlist", ShortlistLinks.Cleared, Url.IsLocalUrl));
    }

    private async Task<Guid?> ListingIdAsync(string? slug, bool publishedOnly, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(slug) || slug.Length > 120) return null;
        var listings = publishedOnly ? db.PublishedListings : db.Listings;
        return await listings.Where(l => l.Slug == slug).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Reads the list from the cookie and the services from the database. Services that are no longer
    /// published are dropped and counted for a note, and the cookie is written back without them (and
    /// without anything else in it that is not a service).
    /// </summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        var raw = Request.Cookies[ShortlistCookie.Name];
        var ids = ShortlistCookie.Parse(raw);
        var listings = ids.Count == 0 ? [] : await db.PublishedListings.AsNoTracking()
            .Include(l => l.Provider)
            .IncludeVenues()
            .IncludeContacts()
            .AsSplitQuery()
            .Where(l => ids.Contains(l.Id))
            .ToListAsync(ct);
        var byId = listings.ToDictionary(l => l.Id);
        var kept = ids.Where(byId.ContainsKey).ToList();
        var gone = ids.Except(kept).ToList();
        // Only services that were once listed earn a note; an id that never was one was not saved here.
        Dropped = gone.Count == 0 ? 0 : await db.Listings.CountAsync(l => gone.Contains(l.Id), ct);
        if (raw is not null && raw != ShortlistCookie.Format(kept)) ShortlistCookie.Write(HttpContext, kept);
        Services = kept.Select(id => SavedService.From(byId[id], text)).ToList();
        SavedServices.Use(HttpContext, kept, Services.Select(s => s.Slug));
    }

    /// <summary>The list as a plain text file a person can read, keep or send on: each service's details and its page address.</summary>
    private string PlainText()
    {
        var council = options.Value.Council;
        var lines = new List<string>
        {
            text["Your list from the {0}, {1}", council.ServiceName, council.Name],
            text["Made on {0}. Details can change: check with the service before you go.", Today],
            "",
        };
        if (Services.Count == 0) lines.Add(text["Your list is empty."]);
        var number = 0;
        foreach (var s in Services)
        {
            lines.Add($"{++number}. {s.Name}");
            lines.Add(text["Run by: {0}", s.Provider]);
            foreach (var c in s.Contacts)
            {
                if (c.Phone is not null) lines.Add(c.Name is null ? text["Phone: {0}", c.Phone] : text["Phone: {0} ({1})", c.Phone, c.Name]);
                if (c.Email is not null) lines.Add(c.Name is null ? text["Email: {0}", c.Email] : text["Email: {0} ({1})", c.Email, c.Name]);
            }
            if (s.Website is not null) lines.Add(text["Website: {0}", s.Website]);
            foreach (var address in s.Addresses) lines.Add(text["Address: {0}", address]);
            if (s.SomeAddressesAreaOnly) lines.Add(text["The full address is given when you book."]);
            if (!s.HasVenue) lines.Add(text["Where: {0}", s.AreaCovered ?? text["Across the area"]]);
            if (s.Delivery.Count > 0) lines.Add(text["How: {0}", string.Join(", ", s.Delivery)]);
            lines.Add(text["Cost: {0}", s.Cost]);
            if (s.Fees is not null) lines.Add("   " + s.Fees);
            lines.Add(text["Ages: {0}", s.Ages]);
            lines.Add(text["Page: {0}", SiteAddress + s.Path]);
            lines.Add("");
        }
        return string.Join("\r\n", lines) + "\r\n";
    }
}
