using System.Text.Json;
using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// What a server shares through the database rather than its own disk: the keys behind sign-in cookies
/// and emailed links, and the listing changes other processes make.
/// </summary>
public sealed class SharedStateTests
{
    [Fact]
    public async Task Keys_an_older_version_kept_in_files_are_moved_into_the_database_so_links_already_emailed_still_work()
    {
        await using var site = new LocalOfferSite();
        // A key ring written as the site used to write it: files under the data directory.
        var oldKeys = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(site.DataDirectory, "keys")), b => b.SetApplicationName("LocalOffer"));
        var link = oldKeys.CreateProtector("LocalOffer.ResetPassword").Protect("account 42");

        _ = site.Server;
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("LocalOffer.ResetPassword");
        Assert.Equal("account 42", protector.Unprotect(link));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOffer.Web.Infrastructure.Database.LocalOfferDb>();
        Assert.NotEmpty(db.DataProtectionKeys);
    }

    [Fact]
    public async Task Listings_imported_by_a_command_beside_the_running_site_are_found_within_five_seconds()
    {
        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var site = await SiteProcess.StartAsync(data, new Dictionary<string, string> { ["LocalOffer__DemoData"] = "true" });
            var word = "Quillonby" + Random.Shared.Next(1000, 9999);
            var entry = FixtureCatalogue.Published()[0] with { Id = Guid.NewGuid(), Slug = word.ToLowerInvariant() + "-club", Name = $"{word} swimming club" };
            var file = Path.Combine(data, "listings.json");
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new[] { entry }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            Assert.DoesNotContain($"{word} swimming club", await site.Client.GetStringAsync($"/services?q={word}"));

            var (exit, output) = await site.CommandAsync($"import-listings \"{file}\"");
            Assert.True(exit == 0, output);

            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!(await site.Client.GetStringAsync($"/services?q={word}")).Contains($"{word} swimming club", StringComparison.Ordinal))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), "the running site did not find the imported listing within 5 seconds");
                await Task.Delay(100);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
