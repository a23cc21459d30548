using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Publishing;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using Microsoft.AspNetCore.Hosting;

namespace LocalOffer.IntegrationTests.Discovery;

/// <summary>
/// A council's own site (not the demonstration) with a public address configured: the fixture catalogue,
/// listings in every other status, a listing whose text tries to break out of the page's script, and one
/// published "You said, we did" year (2023) beside one not published (2024).
/// </summary>
public sealed class DiscoverySite : LocalOfferSite, IAsyncLifetime
{
    public const string PublicUrl = "https://localoffer.example.gov.uk";
    public const string HostileName = "</script><script>alert(1)</script>";
    public const string HostileProvider = "Tricky & Co </script><!-- \u2028 Ltd";

    public static readonly ListingFileEntry Draft = Unpublished("88888888-8888-4888-8888-000000000001", "draft-drama-group");
    public static readonly ListingFileEntry Pending = Unpublished("88888888-8888-4888-8888-000000000002", "pending-pottery-group");
    public static readonly ListingFileEntry Archived = Unpublished("88888888-8888-4888-8888-000000000003", "archived-art-group");

    public static readonly ListingFileEntry Hostile = FixtureCatalogue.PendingListing() with
    {
        Id = Guid.Parse("99999999-9999-4999-8999-999999999999"),
        Slug = "hostile-name-group",
        Name = HostileName,
        Organization = new(HostileProvider, null, "https://tricky.example", null, null),
        Summary = "A summary with \"quotes\" and <b>tags</b> & ampersands.",
    };

    private static ListingFileEntry Unpublished(string id, string slug) => FixtureCatalogue.PendingListing() with
    {
        Id = Guid.Parse(id), Slug = slug, Name = slug.Replace('-', ' '),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // With a trailing slash, as people write it: addresses must not come out with two.
        builder.UseSetting("LocalOffer:PublicUrl", PublicUrl + "/");
        builder.UseSetting("LocalOffer:Council:IsDemonstration", "false");
    }

    public async Task InitializeAsync()
    {
        _ = Server;
        await ImportOrThrowAsync(ListingStatus.Published, [.. FixtureCatalogue.Published(), Hostile]);
        await ImportOrThrowAsync(ListingStatus.Draft, [Draft]);
        await ImportOrThrowAsync(ListingStatus.Pending, [Pending]);
        await ImportOrThrowAsync(ListingStatus.Archived, [Archived]);
        await FixtureYear.SeedAsync(this);
        await FixtureYear.PublishAsync(this, FixtureYear.StartYear, "The feedback form on every page.");
    }

    private async Task ImportOrThrowAsync(ListingStatus status, IEnumerable<ListingFileEntry> entries)
    {
        var result = await ImportAsync(entries, status);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Problems));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

[CollectionDefinition(Name)]
public sealed class DiscoverySiteCollection : ICollectionFixture<DiscoverySite>
{
    public const string Name = "discovery site";
}
