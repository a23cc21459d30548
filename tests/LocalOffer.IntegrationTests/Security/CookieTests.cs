using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// A browser's cookie jar that keeps every cookie whatever its flags (so a Secure cookie set over plain http,
/// as behind a proxy that ends TLS, is still sent back) and records each Set-Cookie header as it came.
/// </summary>
public sealed class RecordingJar : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = [];
    public List<string> SetCookies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await base.SendAsync(request, ct);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
            foreach (var header in values)
            {
                SetCookies.Add(header);
                var pair = header.Split(';')[0];
                var eq = pair.IndexOf('=');
                var (name, value) = (pair[..eq], pair[(eq + 1)..]);
                if (value.Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
                else _cookies[name] = value;
            }
        return response;
    }

    public static HttpClient Client(LocalOfferSite site, string origin, out RecordingJar jar, string? forwardedProto = null)
    {
        jar = new RecordingJar();
        var client = site.CreateDefaultClient(new Uri(origin), jar);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }
}

public sealed class CookieTests
{
    /// <summary>Every cookie the site writes, through a visit that meets each: form, language, list, sign-in, a message after a form (TempData).</summary>
    private static async Task<List<string>> EveryCookieAsync(LocalOfferSite site, string origin, string? forwardedProto = null)
    {
        var client = RecordingJar.Client(site, origin, out var jar, forwardedProto);
        await client.GetAsync("/feedback");
        await client.GetAsync("/language/cy?returnUrl=/");
        await client.GetAsync("/language/en?returnUrl=/");
        await client.PostFormAsync("/shortlist/save", new() { ["service"] = "chatterbox-speech-group", ["returnUrl"] = "/" }, formPage: "/services/chatterbox-speech-group");
        var officer = await site.CreateAccountAsync(Role.Officer);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.PostFormAsync("/account/sign-in", new() { ["Email"] = officer.Email, ["Password"] = TestAccounts.Password })).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await client.PostFormAsync("/officer/themes?handler=Add", new() { ["Name"] = "Cookies " + Guid.NewGuid().ToString("N")[..6] }, formPage: "/officer/themes")).StatusCode);
        await client.GetAsync("/officer/themes");
        return jar.SetCookies;
    }

    private static void AssertEveryCookie(List<string> cookies, bool secure)
    {
        var names = cookies.Select(c => c.Split('=')[0]).ToHashSet();
        foreach (var expected in new[] { "LocalOffer.SignIn", ".AspNetCore.Culture", "LocalOffer.Shortlist", ".AspNetCore.Mvc.CookieTempDataProvider" })
            Assert.Contains(expected, names);
        Assert.Contains(names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        foreach (var cookie in cookies)
        {
            var flags = cookie.Split(';').Skip(1).Select(f => f.Trim().ToLowerInvariant()).ToList();
            Assert.True(flags.Contains("httponly"), $"Not HttpOnly: {cookie}");
            Assert.True(flags.Contains("samesite=lax") || flags.Contains("samesite=strict"), $"SameSite is not Lax or Strict: {cookie}");
            Assert.True(flags.Contains("secure") == secure, $"{(secure ? "Not" : "Unexpectedly")} Secure: {cookie}");
            if (cookie.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)) Assert.Contains("samesite=strict", flags);
        }
    }

    [Fact]
    public async Task Every_cookie_is_httponly_and_samesite_and_secure_whenever_the_browser_is_on_https()
    {
        await using var site = new SecuritySite();
        await site.InitializeAsync();
        AssertEveryCookie(await EveryCookieAsync(site, "https://localoffer.example.gov.uk"), secure: true);
        // Behind a proxy that ends TLS: the site sees http, and the proxy says the browser used https.
        AssertEveryCookie(await EveryCookieAsync(site, "http://localoffer.example.gov.uk", forwardedProto: "https"), secure: true);
        // Plain http all the way (the tests, a machine trying the site): not Secure, or the browser would not send them back.
        AssertEveryCookie(await EveryCookieAsync(site, "http://localhost"), secure: false);
    }

    [Fact]
    public async Task The_same_holds_for_the_site_as_a_council_runs_it()
    {
        await using var site = new ProductionSite();
        await site.InitializeAsync();
        AssertEveryCookie(await EveryCookieAsync(site, "http://localoffer.example.gov.uk", forwardedProto: "https"), secure: true);
        AssertEveryCookie(await EveryCookieAsync(site, "https://localoffer.example.gov.uk"), secure: true);
        AssertEveryCookie(await EveryCookieAsync(site, "http://localhost"), secure: false);
    }
}
