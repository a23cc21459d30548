using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Shortlist;

[CollectionDefinition(Name)]
public sealed class ShortlistSiteCollection : ICollectionFixture<ShortlistSite>
{
    public const string Name = "shortlist site";
}

/// <summary>The fixture catalogue on a site of its own, so withdrawing a service here does not change another test's catalogue.</summary>
public sealed class ShortlistSite : LocalOfferSite, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        _ = Server;
        var published = await ImportAsync(FixtureCatalogue.Published());
        if (!published.Succeeded) throw new InvalidOperationException(string.Join('\n', published.Problems));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Changes a listing's status as an officer's decision would, search and all.</summary>
    public async Task SetStatusAsync(string slug, ListingStatus status)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var id = await db.Listings.Where(l => l.Slug == slug).Select(l => l.Id).SingleAsync();
        await db.Listings.Where(l => l.Id == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, status));
        await scope.ServiceProvider.GetRequiredService<SearchCatalogue>().ListingsChangedAsync([id]);
    }
}

public static class ShortlistForms
{
    /// <summary>The save or remove form for one service on a page.</summary>
    public static IElement ButtonFor(this IDocument page, string slug) =>
        page.QuerySelectorAll("form.lo-shortlist-button").SingleOrDefault(f => f.QuerySelector("input[name=service]")?.GetAttribute("value") == slug)
        ?? throw new Xunit.Sdk.XunitException($"No save or remove button for {slug}");

    /// <summary>Presses a form's button as a browser would: every field of the form, to its action.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IElement form) =>
        client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            form.QuerySelectorAll("input[name]").Select(i => KeyValuePair.Create(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))));

    /// <summary>Presses the button and follows the redirect back.</summary>
    public static async Task<(string Location, IDocument Page)> PressAsync(this HttpClient client, IElement form)
    {
        var response = await client.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var (_, page) = await client.GetPageAsync(location);
        return (location, page);
    }

    /// <summary>The saved services on the list page, by name, each with its details as label → text.</summary>
    public static Dictionary<string, Dictionary<string, string>> SavedServices(this IDocument page) =>
        page.QuerySelectorAll(".lo-saved-service").ToDictionary(
            s => s.QuerySelector("h2")!.TextContent.Trim(),
            s => s.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Squash()));
}
