using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LocalOffer.Web.Features.Security;

/// <summary>
/// Security headers, cookie rules, form limits and body limits. The pages' own protections live with
/// them: sign-in lockout and session length in Features/Accounts, the comment limit and honeypot in
/// Features/Feedback, anti-forgery tokens on every form by Razor Pages' default.
/// </summary>
public static class SecuritySetup
{
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddSingleton<FormRateLimits>();
        services.Configure<MvcOptions>(options => options.Filters.Add<FormRateLimitFilter>());

        // Every cookie the site writes (sign-in, anti-forgery, TempData, language, "Your list") goes through
        // one policy: HttpOnly (no script reads any of them), SameSite at least Lax (anti-forgery keeps its
        // Strict), and Secure whenever the browser is on https: when the request is, or when the proxy in
        // front says it was (X-Forwarded-Proto: https), which is how the site is run, behind a proxy that
        // ends TLS and passes plain http on. That header is believed for this alone even when the site is not
        // told to trust the proxy: a client that fakes it only gets cookies its own browser will not send
        // back over http. Cookies are not made Secure on plain http, so the tests, and a Production build
        // tried on a machine over http, still keep a session and pass anti-forgery.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.OnAppendCookie = cookie => cookie.CookieOptions.Secure |= BrowserIsOnHttps(cookie.Context.Request);
            options.OnDeleteCookie = cookie => cookie.CookieOptions.Secure |= BrowserIsOnHttps(cookie.Context.Request);
        });
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // the policy above makes it Secure behind the proxy
            // Anti-forgery would send X-Frame-Options: SAMEORIGIN on pages with forms; SecurityHeaders sends DENY on every page.
            options.SuppressXFrameOptionsHeader = true;
        });

        // No uploads and no large bodies (see RequestLimits): the form reader and Kestrel stop at the same size.
        services.Configure<FormOptions>(options =>
        {
            options.MultipartBodyLengthLimit = RequestLimits.MaxBodyBytes;
            options.BufferBodyLengthLimit = RequestLimits.MaxBodyBytes;
            options.ValueLengthLimit = (int)RequestLimits.MaxBodyBytes;
        });
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
        return services;
    }

    /// <summary>The request came over https, or the proxy in front of the site says the browser used https.</summary>
    public static bool BrowserIsOnHttps(HttpRequest request) =>
        request.IsHttps || string.Equals(request.Headers["X-Forwarded-Proto"].ToString().Split(',')[0].Trim(), "https", StringComparison.OrdinalIgnoreCase);

    /// <summary>First in the pipeline: the headers for every response, and the cookie policy before anything writes a cookie.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeaders>().UseCookiePolicy();

    /// <summary>After the error pages, so that a refused upload or body is shown as one.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestLimits>();
}
