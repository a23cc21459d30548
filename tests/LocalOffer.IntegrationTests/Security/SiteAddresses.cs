using System.Reflection;
using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// Every page of the site, found from the site's own endpoints (not a hand-written list), so that a page
/// added later is covered by the security tests without anyone remembering to add it.
/// </summary>
public sealed partial record SitePage(string Template, string ViewPath, CompiledPageActionDescriptor Descriptor)
{
    /// <summary>Handler names of the page's posts (null for a plain <c>OnPost</c>).</summary>
    public IReadOnlyList<string?> PostHandlers => Descriptor.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => h.Name).Distinct().ToList();

    /// <summary>Query parameters the page reads: bound properties and the handlers' own parameters.</summary>
    public IReadOnlyList<string> QueryNames => Descriptor.BoundProperties.Select(p => p.BindingInfo?.BinderModelName ?? p.Name)
        .Concat(Descriptor.HandlerMethods.Where(h => h.HttpMethod == "Get").SelectMany(h => h.Parameters.Select(p => p.BindingInfo?.BinderModelName ?? p.Name)))
        .Concat(Descriptor.HandlerTypeInfo.GetProperties().SelectMany(p => p.GetCustomAttributes<FromQueryAttribute>().Select(a => a.Name ?? p.Name)))
        .Where(n => !string.Equals(n, "ct", StringComparison.OrdinalIgnoreCase) && !Template.Contains("{" + n, StringComparison.OrdinalIgnoreCase))
        .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public bool IgnoresAntiforgery => Descriptor.HandlerTypeInfo.GetCustomAttribute<IgnoreAntiforgeryTokenAttribute>() is not null;

    /// <summary>Who may open the page; null for a public page. From where the page lives, not from its own attributes.</summary>
    public Role[]? AllowedRoles =>
        Template.StartsWith("admin", StringComparison.Ordinal) || ViewPath.StartsWith("/Admin/", StringComparison.Ordinal) ? [Role.Admin]
        : ViewPath.StartsWith("/Submissions/", StringComparison.Ordinal) ? [Role.Provider, Role.Officer, Role.Admin]
        : ViewPath.StartsWith("/Providers/", StringComparison.Ordinal) || Template.StartsWith("provider", StringComparison.Ordinal) ? [Role.Provider]
        : ViewPath.StartsWith("/Officers/", StringComparison.Ordinal) || Template.StartsWith("officer", StringComparison.Ordinal) ? [Role.Officer, Role.Admin]
        : null;

    /// <summary>The page's address with every route value filled in (<paramref name="values"/> first, then ordinary ones).</summary>
    public string Url(IReadOnlyDictionary<string, string>? values = null) =>
        "/" + RouteValue().Replace(Template, m =>
        {
            var name = m.Groups["name"].Value;
            if (values?.TryGetValue(name, out var given) == true) return given;
            return (name, m.Groups["constraint"].Value) switch
            {
                ("handler", _) => "",
                ("code", _) when Template.StartsWith("error", StringComparison.Ordinal) => "404",
                ("startYear", _) => "2026",
                (_, "guid") => "0b0b0b0b-0000-4000-8000-000000000009",
                (_, "int") => "1",
                ("section", _) => "about",
                ("slug", _) when Template.StartsWith("categories", StringComparison.Ordinal) => "health",
                ("slug", _) => "chatterbox-speech-group",
                ("code", _) => "cy",
                ("path", _) => "ehc-plans",
                _ => "1",
            };
        }).TrimEnd('/');

    public string PostUrl(string? handler, IReadOnlyDictionary<string, string>? values = null)
    {
        var url = Url(values);
        return handler is null ? url : url + (url.Contains('?') ? "&" : "?") + "handler=" + handler;
    }

    public override string ToString() => "/" + Template;

    [GeneratedRegex(@"\{\**(?<name>\w+)(?::(?<constraint>\w+))?\??\}")]
    private static partial Regex RouteValue();

    /// <summary>Every Razor Page of the site, compiled (so handlers and the page model's attributes are known).</summary>
    public static async Task<IReadOnlyList<SitePage>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var pages = new List<SitePage>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor) continue;
            var compiled = await loader.LoadAsync(descriptor, endpoint.Metadata);
            pages.Add(new SitePage(endpoint.RoutePattern.RawText!.TrimStart('/'), descriptor.ViewEnginePath, compiled));
        }
        return pages.OrderBy(p => p.Template, StringComparer.Ordinal).ToList();
    }
}
