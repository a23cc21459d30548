namespace LocalOffer.Web.Features.Shortlist;

/// <summary>
/// The visitor's list lives in one cookie and nowhere else: the ids of the services they saved, oldest
/// first, and nothing about the visitor. No account, no server session, no database row. Whatever the
/// cookie holds is only ever read as a list of ids, so a cookie that was tampered with, cut short or
/// written by an older version is simply read for the ids it still holds.
/// </summary>
public static class ShortlistCookie
{
    public const string Name = "LocalOffer.Shortlist";

    /// <summary>At most this many services: 50 ids of 32 characters keep the cookie well under browsers' 4 KB limit.</summary>
    public const int MaxServices = 50;

    public static IReadOnlyList<Guid> Read(HttpRequest request) => Parse(request.Cookies[Name]);

    public static IReadOnlyList<Guid> Parse(string? value)
    {
        if (string.IsNullOrEmpty(value)) return [];
        var ids = new List<Guid>();
        foreach (var part in value.Split('.', MaxServices * 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ids.Count == MaxServices) break;
            if (Guid.TryParseExact(part, "N", out var id) && id != Guid.Empty && !ids.Contains(id)) ids.Add(id);
        }
        return ids;
    }

    public static string Format(IEnumerable<Guid> ids) => string.Join('.', ids.Take(MaxServices).Select(id => id.ToString("N")));

    /// <summary>Keeps the list for a year from now, or removes the cookie when the list is empty.</summary>
    public static void Write(HttpContext context, IReadOnlyCollection<Guid> ids)
    {
        var options = new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
        };
        if (ids.Count == 0)
        {
            context.Response.Cookies.Delete(Name, options);
            return;
        }
        options.Expires = DateTimeOffset.UtcNow.AddYears(1);
        context.Response.Cookies.Append(Name, Format(ids), options);
    }
}
