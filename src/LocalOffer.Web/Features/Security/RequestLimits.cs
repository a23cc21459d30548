using Microsoft.AspNetCore.Http.Features;

namespace LocalOffer.Web.Features.Security;

/// <summary>
/// The site takes no uploads: every form posts plain fields (<c>application/x-www-form-urlencoded</c>).
/// A multipart post (a file, or a form built to look like one) is refused with 415 before anything reads
/// it, and a body larger than any form needs with 413, so neither is ever read into memory or stored. The
/// refusals are shown by the error pages. A body sent without its length (chunked) is cut off by Kestrel at
/// the same size (<see cref="SecuritySetup"/>), and the form reader's failure refuses the post with 400.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>The largest body the site reads: well above the longest form (a listing with every field full).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var refusal = request.ContentLength > MaxBodyBytes ? StatusCodes.Status413PayloadTooLarge
            : request.ContentType is { } type && type.TrimStart().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) ? StatusCodes.Status415UnsupportedMediaType
            : 0;
        if (refusal == 0 || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null) return next(context);
        // The error page that shows the refusal is this same request again: it finds an empty form rather than reading the body.
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = refusal;
        return Task.CompletedTask;
    }
}
