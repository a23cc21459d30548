using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Languages;

/// <summary>One language the site speaks: its culture, its own name for itself, and its writing direction.</summary>
public sealed record SiteLanguage(string Code, string OwnName, bool RightToLeft, bool PublicPagesOnly)
{
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Code);

    /// <summary>The two-letter code information page files use (<c>page.cy.md</c>).</summary>
    public string FileCode => Culture.TwoLetterISOLanguageName;
}

/// <summary>
/// The languages of the interface. English is the source: every piece of interface text is written in
/// English in the code and looked up, English as the key, in the feature's resource files
/// (<c>CatalogueStrings.cy.resx</c> beside <c>CatalogueStrings.cs</c>), so a missing translation shows the
/// English rather than nothing. The choice is carried in the address (<c>?lang=cy</c>, for a link that opens in Welsh) or a cookie set by
/// the language links, never in server session, so every page can be cached and shared per language.
/// </summary>
public static class SiteLanguages
{
    public const string QueryKey = "lang";

    public static readonly SiteLanguage English = new("en-GB", "English", RightToLeft: false, PublicPagesOnly: false);
    public static readonly SiteLanguage Welsh = new("cy", "Cymraeg", RightToLeft: false, PublicPagesOnly: false);
    public static readonly SiteLanguage Urdu = new("ur", "اردو", RightToLeft: true, PublicPagesOnly: true);

    public static readonly IReadOnlyList<SiteLanguage> All = [English, Welsh, Urdu];

    public static SiteLanguage Current => Find(CultureInfo.CurrentUICulture.Name) ?? English;

    public static SiteLanguage? Find(string? code) => code is null ? null : All.FirstOrDefault(l =>
        string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(l.FileCode, code, StringComparison.OrdinalIgnoreCase));

    public static IServiceCollection AddSiteLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, BindingMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = All.Select(l => l.Culture).ToList();
            options.DefaultRequestCulture = new RequestCulture(English.Culture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // "?lang=cy" in the address first, then the cookie. The browser's Accept-Language is not
            // used: the page a link shows should not depend on settings the visitor cannot see.
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context =>
                {
                    var language = Find(context.Request.Query[QueryKey].ToString());
                    return Task.FromResult(language is null ? null : new ProviderCultureResult(language.Code));
                }),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>
    /// Validation messages written on model properties (<c>[Required(ErrorMessage = "...")]</c>) are looked
    /// up in the resource files of the feature the model belongs to: <c>Features.Catalogue.X</c> uses
    /// <c>CatalogueStrings</c>.
    /// </summary>
    public static IMvcBuilder AddSiteLanguageValidation(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider =
            (type, factory) => factory.Create(StringsFor(type) ?? type));

    /// <summary>The <c>{Feature}Strings</c> class of the feature a type lives in, if it has one.</summary>
    public static Type? StringsFor(Type type)
    {
        var ns = type.Namespace ?? "";
        const string root = "LocalOffer.Web.Features.";
        if (!ns.StartsWith(root, StringComparison.Ordinal)) return null;
        var feature = ns[root.Length..].Split('.')[0];
        return type.Assembly.GetType($"{root}{feature}.{feature}Strings");
    }

    /// <summary>
    /// Request localisation, and a visitor who opened a page from a link in a language (<c>?lang=cy</c>)
    /// stays in it as they go on: the address sets the same cookie the language links do.
    /// </summary>
    public static IApplicationBuilder UseSiteLanguages(this IApplicationBuilder app)
    {
        app.UseRequestLocalization();
        return app.Use((context, next) =>
        {
            if (Find(context.Request.Query[QueryKey].ToString()) is { } asked)
            {
                var cookie = ChoiceCookie(asked);
                if (context.Request.Cookies[cookie.Name] != cookie.Value)
                    context.Response.Cookies.Append(cookie.Name, cookie.Value, ChoiceCookieOptions(context.Request.IsHttps));
            }
            return next(context);
        });
    }

    /// <summary>A year; necessary (it only remembers the visitor's own choice), so listed on the cookies page, not asked about.</summary>
    public static CookieOptions ChoiceCookieOptions(bool https) => new()
    {
        Expires = DateTimeOffset.UtcNow.AddYears(1),
        IsEssential = true,
        HttpOnly = true,
        Secure = https,
        SameSite = SameSiteMode.Lax,
    };

    public static Cookie ChoiceCookie(SiteLanguage language) => new(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.Culture)));

    public sealed record Cookie(string Name, string Value);
}
