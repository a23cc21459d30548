using System.Net;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The container image cannot be built here (no Docker engine), so this runs the Dockerfile's own steps
/// instead: the same <c>dotnet publish</c> command, then the published site started as the image starts
/// it (Production, data directory from the environment, port from ASPNETCORE_HTTP_PORTS), its health
/// checked with the same command the image's HEALTHCHECK runs, and stopped with the signal a container
/// runtime sends.
/// </summary>
public sealed class PublishedSiteTests
{
    [Fact]
    public async Task The_published_site_starts_as_the_image_starts_it_reports_ready_and_stops_cleanly_on_a_stop_signal()
    {
        var app = await SiteProcess.PublishedAsync();
        Assert.True(File.Exists(Path.Combine(app, "LocalOffer.Web.dll")));
        Assert.True(Directory.Exists(Path.Combine(app, "wwwroot", "css")), "the published site carries its styles");
        Assert.True(Directory.Exists(Path.Combine(app, "content")), "the published site carries its information pages");

        var data = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await using var site = await SiteProcess.StartAsync(data, new Dictionary<string, string> { ["LocalOffer__DemoData"] = "true" });
            var home = await site.Client.GetStringAsync("/");
            Assert.Contains("govuk-template", home);
            var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/[^\"]+)\"").Groups[1].Value;
            Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync(stylesheet)).StatusCode);
            Assert.Contains("Chatterbox", await site.Client.GetStringAsync("/services?q=chatterbox"));

            // The image's HEALTHCHECK.
            var (healthy, said) = await site.CommandAsync("healthcheck");
            Assert.True(healthy == 0, said);

            // What "docker stop" sends.
            await site.SignalAsync("TERM");
            await site.WaitForExitAsync(TimeSpan.FromSeconds(40));
            Assert.Equal(0, site.ExitCode);
            Assert.Contains("Application is shutting down", site.Log);
            Assert.Equal(1, (await site.CommandAsync("healthcheck")).Exit);
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }
}
