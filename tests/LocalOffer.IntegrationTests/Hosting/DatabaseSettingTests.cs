using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>A council that gets the database settings wrong is told which one at start-up, not on a family's first search.</summary>
public sealed class DatabaseSettingTests
{
    private sealed class MisconfiguredSite(string provider, string? connectionString) : LocalOfferSite
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LocalOffer:Database:Provider", provider);
            builder.UseSetting("LocalOffer:Database:ConnectionString", connectionString);
        }
    }

    [Fact]
    public async Task An_unknown_database_provider_stops_the_site_starting_and_says_which_setting()
    {
        await using var site = new MisconfiguredSite("Oracle", null);
        var failed = Assert.ThrowsAny<Exception>(() => site.Server);
        Assert.Contains("LocalOffer:Database:Provider is \"Oracle\": it must be Sqlite or PostgreSQL.", failed.ToString());
    }

    [Fact]
    public async Task PostgreSQL_without_a_connection_string_stops_the_site_starting_and_says_which_setting()
    {
        await using var site = new MisconfiguredSite("postgresql", "");
        var failed = Assert.ThrowsAny<Exception>(() => site.Server);
        Assert.Contains("LocalOffer:Database:ConnectionString is not set", failed.ToString());
    }
}
