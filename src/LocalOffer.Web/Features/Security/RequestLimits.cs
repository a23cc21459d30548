namespace LocalOffer.Web.Features.Security;

/// <summary>
/// The site takes no uploads: every form posts plain fields (<c>application/x-www-form-urlencoded</c>).
/// A multipart post (a file, or a form built to look like one) is refused with 415 before anything reads
/// it, and a body larger than any form needs with 413, so neither is ever read into memory or stored. The
/// refusals are shown by the error pages. Kestrel refuses a larger body of any kind (<see cref="SecuritySetup"/>),
/// including one sent without a length.
/// </summary>
public sealed class RequestLimits(RequestDelegate next)
{
    /// <summary>The largest body the site reads: well above the longest form (a listing with every field full).</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        if (request.ContentType is { } type && type.TrimStart().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }
        return next(context);
    }
}
