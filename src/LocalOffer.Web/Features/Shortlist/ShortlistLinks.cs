using Microsoft.AspNetCore.WebUtilities;

namespace LocalOffer.Web.Features.Shortlist;

/// <summary>
/// Where a save or remove button goes back to, and the short message it leaves there
/// (<c>?shortlist=saved</c>), shown by <c>_ShortlistBanner</c>. The message is in the address, not in a
/// session or a cookie, so going back works with scripts and cookies off and the page can still be cached.
/// </summary>
public static class ShortlistLinks
{
    public const string MessageKey = "shortlist";
    public const string Saved = "saved", Removed = "removed", Cleared = "cleared", Full = "full";
    private static readonly string[] Messages = [Saved, Removed, Cleared, Full];

    /// <summary>The page being shown, without a message from before: what a button on it returns to.</summary>
    public static string Here(HttpRequest request) => Without((request.PathBase + request.Path).Value + request.QueryString.Value);

    /// <summary>A page of this site to go back to with a message; anywhere else becomes the list itself.</summary>
    public static string Back(string? returnUrl, string message, Func<string?, bool> isLocal)
    {
        var url = !string.IsNullOrEmpty(returnUrl) && isLocal(returnUrl) && !returnUrl.StartsWith('~') ? Without(returnUrl) : "/shortlist";
        var hash = url.IndexOf('#');
        if (hash >= 0) url = url[..hash];
        return QueryHelpers.AddQueryString(url, MessageKey, message);
    }

    /// <summary>The message the page was reached with, if it is one of ours.</summary>
    public static string? Message(HttpRequest request) =>
        request.Query[MessageKey].ToString() is var m && Messages.Contains(m) ? m : null;

    private static string Without(string url)
    {
        var q = url.IndexOf('?');
        if (q < 0 || !url.Contains(MessageKey + "=", StringComparison.Ordinal)) return url;
        var hash = url.IndexOf('#');
        var query = QueryHelpers.ParseQuery(hash > q ? url[q..hash] : url[q..]);
        query.Remove(MessageKey);
        return QueryHelpers.AddQueryString(url[..q], query.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))));
    }
}
