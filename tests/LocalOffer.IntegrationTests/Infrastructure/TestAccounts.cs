using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>Accounts for tests, and browsers signed in through the real sign-in form (anti-forgery on).</summary>
public static class TestAccounts
{
    public const string Password = "a long test password 1";

    /// <summary>Creates an account straight in the database; a provider gets an organisation of its own unless one is given.</summary>
    public static async Task<Account> CreateAccountAsync(this LocalOfferSite site, Role role, string? email = null, Guid? providerId = null, OrganisationStatus organisation = OrganisationStatus.Approved)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var directory = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var account = directory.Add(email, $"Test {role}", Password, role);
        if (role == Role.Provider)
        {
            var provider = providerId is Guid id ? await db.Providers.FirstAsync(p => p.Id == id)
                : db.Providers.Add(new Provider { Id = Guid.NewGuid(), Name = $"Test organisation {Guid.NewGuid():N}"[..30], Status = organisation }).Entity;
            account.Providers.Add(provider);
        }
        await db.SaveChangesAsync();
        return account;
    }

    /// <summary>A browser (cookies kept, redirects not followed) signed in as the account.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this LocalOfferSite site, Account account, string password = Password)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Email"] = account.Email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new Xunit.Sdk.XunitException($"Sign-in failed: {response.StatusCode}");
        return client;
    }

    /// <summary>A browser that is not signed in, cookies kept and redirects not followed.</summary>
    public static HttpClient Browser(this LocalOfferSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// Fetches the form page first, as a browser would, and posts the fields with its anti-forgery token.
    /// <paramref name="formPage"/> defaults to the address posted to.
    /// </summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null, string? handler = null) =>
        client.PostFormAsync(url + (handler is null ? "" : (url.Contains('?') ? "&" : "?") + "handler=" + handler), (IEnumerable<KeyValuePair<string, string>>)fields, formPage ?? url);

    /// <summary>Posts fields where some names repeat (checkboxes).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var page = await client.GetAsync(formPage ?? url);
        var document = await new HtmlParser().ParseDocumentAsync(await page.Content.ReadAsStringAsync());
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"{formPage ?? url} has no anti-forgery token ({page.StatusCode})");
        return await client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static async Task<IDocument> DocumentAsync(this HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The emails the site has written to its drop folder, newest last.</summary>
    public static async Task<List<string>> EmailsAsync(this LocalOfferSite site)
    {
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<LocalOffer.Web.Infrastructure.Email.EmailOutbox>().SendDueAsync(CancellationToken.None);
        var folder = Path.Combine(site.DataDirectory, "emails");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").Order().Select(File.ReadAllText).ToList() : [];
    }
}
