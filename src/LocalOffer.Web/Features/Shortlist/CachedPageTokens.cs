using System.Net;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.OutputCaching;

namespace LocalOffer.Web.Features.Shortlist;

/// <summary>
/// Search results pages are kept in the output cache and shared by every visitor, but the save buttons on
/// them are forms, and a form's anti-forgery token belongs to one visitor. On such a page the forms carry
/// a placeholder instead (see <see cref="TokenField"/>); this fills in the visitor's own token on the way
/// out, whether the page was made just now or came from the cache. The cache never holds a token.
/// </summary>
public sealed class CachedPageTokens(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>Letters only, so HTML encoding leaves it as it is.</summary>
    public const string Placeholder = "LocalOfferVisitorTokenPlaceholder";
    private static readonly byte[] PlaceholderBytes = Encoding.UTF8.GetBytes(Placeholder);
    private static readonly object Key = new();

    /// <summary>True while a page that may be cached is being made: its forms must use the placeholder.</summary>
    public static bool IsCachedPage(HttpContext context) => context.Items.ContainsKey(Key);

    /// <summary>The hidden anti-forgery field for a form on the current page, cached or not.</summary>
    public static IHtmlContent TokenField(HttpContext context)
    {
        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        var field = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        var value = IsCachedPage(context) ? Placeholder : antiforgery.GetAndStoreTokens(context).RequestToken;
        return new HtmlString($"<input name=\"{WebUtility.HtmlEncode(field)}\" type=\"hidden\" value=\"{WebUtility.HtmlEncode(value)}\">");
    }

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>() is null)
        {
            await next(context);
            return;
        }
        context.Items[Key] = true;
        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var page = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (page.Span.IndexOf(PlaceholderBytes) < 0)
        {
            await body.WriteAsync(page, context.RequestAborted);
            return;
        }
        var token = Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken!);
        var parts = new List<ReadOnlyMemory<byte>>();
        var length = 0;
        for (var rest = page; ;)
        {
            var at = rest.Span.IndexOf(PlaceholderBytes);
            var part = at < 0 ? rest : rest[..at];
            parts.Add(part);
            length += part.Length;
            if (at < 0) break;
            parts.Add(token);
            length += token.Length;
            rest = rest[(at + PlaceholderBytes.Length)..];
        }
        context.Response.ContentLength = length;
        foreach (var part in parts) await body.WriteAsync(part, context.RequestAborted);
    }
}
