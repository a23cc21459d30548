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
    public static IServiceCollection AddSecurity(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddSingleton<FormRateLimits>();
        services.Configure<MvcOptions>(options => options.Filters.Add<FormRateLimitFilter>());

        // Every cookie the site writes (sign-in, anti-forgery, TempData, language, "Your list") goes through
        // one policy: HttpOnly (no script reads any of them), SameSite at least Lax (anti-forgery keeps its
        // Strict), and Secure. Outside Development every cookie is Secure whatever the request's scheme,
        // because the site is expected to be reached over https through a proxy that ends TLS and passes
        // plain http on: the site never sees https itself, but the browser does. (The anti-forgery and
        // sign-in options keep SameAsRequest: anti-forgery refuses to work over http when set to Always.)
        // In Development, and the tests, which run over plain http, cookies are Secure only over https.
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
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

    /// <summary>First in the pipeline: the headers for every response, and the cookie policy before anything writes a cookie.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeaders>().UseCookiePolicy();

    /// <summary>After the error pages, so that a refused upload or body is shown as one.</summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.UseMiddleware<RequestLimits>();
}
