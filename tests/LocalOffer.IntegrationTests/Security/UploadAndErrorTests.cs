using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>The site takes no uploads and no large bodies: refused before anything reads them, and never stored.</summary>
public sealed class UploadTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    private static async Task<(string Token, HttpClient Client)> FormAsync(SecuritySite site, string page)
    {
        var client = site.BrowserFrom();
        var document = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync(page));
        return (document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!, client);
    }

    private async Task<int> CommentCountAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Comments.CountAsync();
    }

    [Theory]
    [InlineData("/feedback")]
    [InlineData("/services/chatterbox-speech-group/report-a-problem")]
    [InlineData("/account/register")]
    public async Task A_file_posted_to_a_form_is_refused_unread_and_nothing_is_stored(string form)
    {
        var (token, client) = await FormAsync(site, form);
        var before = await CommentCountAsync();
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Missing"), "Form.Topic" },
            { new StringContent("ParentOrCarer"), "Form.GivenBy" },
            { new StringContent("A comment with a file attached"), "Form.Text" },
            { new StringContent("Uploaded organisation"), "OrganisationName" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("<?php system($_GET['c']); ?>")) { Headers = { ContentType = new("application/x-php") } }, "file", "shell.php" },
        };
        var response = await client.PostAsync(form, body);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("There is a problem with your request", page.Text("h1"));
        SecurityHeadersTests.AssertSecurityHeaders(response, "a refused upload");
        Assert.Equal(before, await CommentCountAsync());
        Assert.Empty(Directory.EnumerateFiles(site.DataDirectory, "shell.php", SearchOption.AllDirectories));
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.AnyAsync(p => p.Name == "Uploaded organisation"));
    }

    [Fact]
    public async Task A_body_larger_than_any_form_needs_is_refused()
    {
        var (token, client) = await FormAsync(site, "/feedback");
        var before = await CommentCountAsync();
        var huge = new string('a', 2 * 1024 * 1024);
        var response = await client.PostAsync("/feedback", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Form.Topic", "Missing"), new("Form.GivenBy", "ParentOrCarer"), new("Form.Text", huge),
        ]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("There is a problem with your request", (await response.DocumentAsync()).Text("h1"));
        Assert.Equal(before, await CommentCountAsync());
    }

    [Fact]
    public async Task A_long_but_reasonable_form_still_goes_through()
    {
        // The longest comment the form takes, in four-byte letters, is far inside the limit.
        var (token, client) = await FormAsync(site, "/feedback");
        var text = string.Concat(Enumerable.Repeat("😀", 1000));
        var response = await client.PostAsync("/feedback", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Form.Topic", "Missing"), new("Form.GivenBy", "ParentOrCarer"), new("Form.Text", text), new("Form.Website", ""),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

/// <summary>
/// An error, as the site runs for a council (Production): a friendly page with no stack trace, no
/// exception type and no SQL; the API's errors are JSON problems without detail. Both still logged.
/// </summary>
public sealed class ProductionErrorTests(ProductionSite site) : IClassFixture<ProductionSite>
{
    private static readonly string[] Leaks = ["SqliteException", "Exception", "no_such_table", "no such table", "SELECT", "secret_column", "password", " at LocalOffer", "   at ", ".cs:line", "Microsoft.", "System."];

    [Theory]
    [InlineData("/")]
    [InlineData("/services?q=swim")]
    [InlineData("/services/chatterbox-speech-group")]
    [InlineData("/feedback")]
    public async Task A_database_error_in_a_page_shows_the_friendly_page_and_nothing_technical(string url)
    {
        var response = await site.CookielessClient().GetAsync(url + (url.Contains('?') ? "&" : "?") + ProductionSite.FailQuery);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = await new HtmlParser().ParseDocumentAsync(html);
        Assert.Equal("Sorry, there is a problem with the service", page.Text("h1"));
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, html, StringComparison.OrdinalIgnoreCase);
        SecurityHeadersTests.AssertSecurityHeaders(response, url);
        Assert.Contains(site.Logs.Lines, l => l.Contains("no_such_table"));
    }

    [Fact]
    public async Task A_failed_post_shows_the_same_friendly_page()
    {
        var client = site.BrowserFrom();
        var response = await client.PostFormAsync("/feedback?" + ProductionSite.FailQuery, FeedbackFields(), formPage: "/feedback");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, html, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> FeedbackFields() => new() { ["Form.Topic"] = "Missing", ["Form.GivenBy"] = "ParentOrCarer", ["Form.Text"] = "Hello", ["Form.Website"] = "" };

    [Fact]
    public async Task The_apis_errors_are_json_problems_without_detail()
    {
        var client = site.CookielessClient();
        var failed = await client.GetAsync("/api/openreferral/v3/services?" + ProductionSite.FailQuery);
        var body = await failed.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("application/problem+json", failed.Content.Headers.ContentType?.MediaType);
        using (var json = JsonDocument.Parse(body))
        {
            Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
            Assert.False(json.RootElement.TryGetProperty("exception", out _));
            Assert.False(json.RootElement.TryGetProperty("stackTrace", out _));
        }
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("*", string.Join(",", failed.Headers.GetValues("Access-Control-Allow-Origin")));
        SecurityHeadersTests.AssertSecurityHeaders(failed, "an API error");

        foreach (var url in new[] { "/api/openreferral/v3/services?page=-1&per_page=abc", "/api/openreferral/v3/service_at_locations?postcode=%27%3B--&proximity=x", "/api/openreferral/v3/services/%27%20OR%201=1" })
        {
            var response = await client.GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is 400 or 404, $"{url}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            foreach (var leak in Leaks) Assert.DoesNotContain(leak, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
