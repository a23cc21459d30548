using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Languages;

/// <summary>
/// The language links in the header: remember the choice in a cookie for a year and go back to the page the
/// visitor was on. A link, not a form, so it works everywhere; it changes nothing but the visitor's own
/// preference, which the cookies page lists as a necessary cookie.
/// </summary>
public sealed class ChooseLanguageModel : PageModel
{
    public IActionResult OnGet(string code, string? returnUrl)
    {
        var language = SiteLanguages.Find(code);
        if (language is null) return NotFound();
        var cookie = SiteLanguages.ChoiceCookie(language);
        Response.Cookies.Append(cookie.Name, cookie.Value, SiteLanguages.ChoiceCookieOptions(Request.IsHttps));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutLanguage(returnUrl!) : "/");
    }

    /// <summary>Drops a "lang=" from the address going back, or it would override the choice just made.</summary>
    private static string WithoutLanguage(string url)
    {
        var q = url.IndexOf('?');
        if (q < 0) return url;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(url[q..]);
        query.Remove(SiteLanguages.QueryKey);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(url[..q], query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))));
    }
}
