using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>Every kind of response carries the security headers: pages, redirects, errors, files, feeds and the API.</summary>
public sealed class SecurityHeadersTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{what} ({(int)response.StatusCode}) has no {name} header");
        Assert.True(Policy == Header("Content-Security-Policy"), $"{what}: {Header("Content-Security-Policy")}");
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        var permissions = Header("Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()" }) Assert.Contains(feature, permissions);
        Assert.Contains(Header("Referrer-Policy"), new[] { "strict-origin-when-cross-origin", "no-referrer" });
    }

    public static TheoryData<string> Addresses => new()
    {
        "/", "/services?q=swim", "/services/chatterbox-speech-group", "/information", "/feedback", "/account/sign-in",
        "/no-such-page", "/css/site.css", "/js/init.js", "/lib/govuk/govuk-frontend.min.js", "/favicon.svg",
        "/sitemap.xml", "/robots.txt", "/officer", "/language/cy?returnUrl=/", "/shortlist/download",
        "/api/openreferral/v3/services", "/api/openreferral/v3/services/not-an-id", "/api/openreferral/v3/no-such-list",
        "/open-data/open-referral-csv.zip", "/health/live", "/health/ready",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public async Task Every_kind_of_response_has_the_security_headers(string url)
    {
        var response = await site.Browser().GetAsync(url);
        AssertSecurityHeaders(response, url);
        // Development: no HSTS (a developer's browser is never told to insist on https).
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), url);
    }

    [Fact]
    public async Task The_open_referral_api_keeps_its_open_cors_and_is_json()
    {
        foreach (var url in new[] { "/api/openreferral/v3/services", "/api/openreferral/v3/services/not-an-id" })
        {
            var response = await site.Browser().GetAsync(url);
            Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains("json", response.Content.Headers.ContentType?.MediaType);
            AssertSecurityHeaders(response, url);
        }
    }

    [Fact]
    public async Task Posts_redirects_refusals_and_signed_in_pages_have_them_too()
    {
        var anonymous = site.Browser();
        AssertSecurityHeaders(await anonymous.PostFormAsync("/feedback", new() { ["Form.Text"] = "" }), "a form with errors");
        AssertSecurityHeaders(await anonymous.PostAsync("/feedback", new FormUrlEncodedContent([])), "a post without a token (400)");
        AssertSecurityHeaders(await anonymous.GetAsync("/officer/queue"), "a redirect to sign in");
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        AssertSecurityHeaders(await provider.GetAsync("/provider"), "the provider dashboard");
        AssertSecurityHeaders(await provider.GetAsync("/account/access-denied"), "access denied (403)");
    }

    [Fact]
    public async Task A_page_that_sets_its_own_referrer_policy_keeps_it()
    {
        // The reset link's address holds a secret: that page sends no referrer at all.
        var response = await site.Browser().GetAsync("/account/reset-password?token=abc");
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(Policy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task No_page_has_an_inline_script_style_or_event_handler_the_policy_would_block()
    {
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var pages = new List<(HttpClient Client, string Url)>
        {
            (site.Browser(), "/"), (site.Browser(), "/services?q=swim&age=3-5"), (site.Browser(), "/services/chatterbox-speech-group"),
            (site.Browser(), "/services/little-acorns-childminding/report-a-problem"), (site.Browser(), "/feedback?version=easy-read"),
            (site.Browser(), "/information/ehc-plans"), (site.Browser(), "/comments"), (site.Browser(), "/shortlist"), (site.Browser(), "/shortlist/print"),
            (site.Browser(), "/account/register"), (site.Browser(), "/no-such-page"),
            (provider, "/provider"), (provider, "/provider/colleagues"),
            (officer, "/officer"), (officer, "/officer/queue"), (officer, "/officer/comments"), (officer, "/officer/you-said-we-did/2026"),
            (officer, "/officer/unmet-searches"), (officer, "/admin/officers"), (officer, "/officer/themes"), (officer, "/officer/listings/new"),
        };
        foreach (var (client, url) in pages)
        {
            var (response, page) = await client.GetPageAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            Assert.Empty(page.QuerySelectorAll("[style]").Select(e => $"{url}: style on <{e.LocalName}>"));
            Assert.Empty(page.QuerySelectorAll("style").Select(_ => $"{url}: a <style> element"));
            Assert.Empty(page.QuerySelectorAll("script:not([src])").Where(s => s.GetAttribute("type") != "application/ld+json").Select(s => $"{url}: inline script {s.TextContent}"));
            Assert.Empty(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"{url}: {a.Name}"));
            Assert.Empty(page.QuerySelectorAll("a[href^='javascript:' i]").Select(a => $"{url}: {a.GetAttribute("href")}"));
            // Every script the page loads is one of the site's own files.
            Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src")));
        }
    }
}

/// <summary>What only the site as a council runs it (Production) does: HSTS, and every cookie Secure.</summary>
public sealed class ProductionHeadersTests(ProductionSite site) : IClassFixture<ProductionSite>
{
    [Theory]
    [InlineData("https://localoffer.example.gov.uk", "/")]
    [InlineData("https://localoffer.example.gov.uk", "/no-such-page")]
    [InlineData("https://localoffer.example.gov.uk", "/css/site.css")]
    [InlineData("https://localoffer.example.gov.uk", "/api/openreferral/v3/services")]
    [InlineData("https://localoffer.example.gov.uk", "/services?" + ProductionSite.FailQuery)]
    // Behind a proxy that ends TLS the site sees plain http: the header is still sent (browsers only heed it over https).
    [InlineData("http://localoffer.example.gov.uk", "/")]
    public async Task Outside_development_every_response_says_https_only_for_a_year(string origin, string url)
    {
        var response = await site.CookielessClient(origin).GetAsync(url);
        SecurityHeadersTests.AssertSecurityHeaders(response, url);
        Assert.Equal("max-age=31536000", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task A_developer_running_production_on_localhost_is_not_told_to_use_https()
    {
        var response = await site.CookielessClient("http://localhost").GetAsync("/");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
