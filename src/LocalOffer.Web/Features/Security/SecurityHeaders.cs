using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Security;

/// <summary>
/// The security headers every response carries: pages, errors, redirects, static files and the Open
/// Referral API alike. A small middleware of our own: the NetEscapades security-headers package is not
/// available from our package registry, and the site needs only these few fixed headers.
/// </summary>
/// <remarks>
/// The headers are written as the response starts (<see cref="HttpResponse.OnStarting(Func{Task})"/>),
/// not as the request comes in, because the exception handler clears every header before it shows the
/// error page; written at the start, they are on the error page too. A header a page set itself is kept
/// (the password reset and invitation pages send <c>Referrer-Policy: no-referrer</c>, as their
/// addresses hold a secret).
/// </remarks>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<LocalOfferOptions> options, IWebHostEnvironment environment)
{
    /// <summary>
    /// Scripts, styles, fonts and images from the site itself only: no inline script or style (every
    /// script is a file under <c>/js</c> or <c>/lib</c>; the JSON-LD on service pages is a data block,
    /// which browsers do not run). <c>data:</c> images for the GOV.UK Frontend styles; a council logo
    /// kept on another site (<c>LocalOffer:Council:LogoUrl</c> as an absolute address) adds its origin.
    /// Forms post only to the site, no other site may frame it, and no plugins.
    /// </summary>
    public static string ContentSecurityPolicy(string? logoUrl)
    {
        var images = "'self' data:";
        if (Uri.TryCreate(logoUrl, UriKind.Absolute, out var logo) && logo.Scheme is "https" or "http")
            images += " " + logo.GetLeftPart(UriPartial.Authority);
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images + "; font-src 'self'; connect-src 'self'; " +
            "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    /// <summary>
    /// Only the origin goes to other sites when a visitor follows a link out (a provider's website sees that
    /// the visit came from the Local Offer, which helps them), never the page's address: a search address
    /// holds the visitor's postcode and words. Links within the site keep the full address.
    /// </summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>Browser features the site never uses, switched off for it and anything it could embed.</summary>
    public const string PermissionsPolicy = "accelerometer=(), autoplay=(), bluetooth=(), camera=(), display-capture=(), encrypted-media=(), " +
        "geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), " +
        "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    /// <summary>
    /// A year of https only. Sent outside Development on every response whatever the request's scheme:
    /// behind a proxy that ends TLS the site itself only ever sees http, which is why ASP.NET Core's
    /// <c>UseHsts()</c> (which sends it only on https requests, and before the exception handler clears
    /// the headers of an error page) is not used; browsers ignore the header when it comes over plain http,
    /// as the standard requires. Never for localhost, so a developer's browser is not told to use https
    /// for every local site.
    /// </summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    private readonly string _csp = ContentSecurityPolicy(options.Value.Council.LogoUrl);
    private readonly bool _hsts = !environment.IsDevelopment();

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, self) = ((HttpContext, SecurityHeaders))state;
            var headers = context.Response.Headers;
            Add(headers, "Content-Security-Policy", self._csp);
            Add(headers, "X-Content-Type-Options", "nosniff");
            Add(headers, "X-Frame-Options", "DENY");
            Add(headers, "Referrer-Policy", ReferrerPolicy);
            Add(headers, "Permissions-Policy", PermissionsPolicy);
            if (self._hsts && !IsLocal(context.Request.Host.Host)) Add(headers, "Strict-Transport-Security", StrictTransportSecurity);
            return Task.CompletedTask;
        }, (context, this));
        return next(context);
    }

    private static void Add(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name)) headers[name] = value;
    }

    private static bool IsLocal(string host) => host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
