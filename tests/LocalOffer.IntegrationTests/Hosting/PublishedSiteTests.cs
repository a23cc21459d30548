using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

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
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root was not found.");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string arguments, string workingDirectory, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await output + await error);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task The_published_site_starts_as_the_image_starts_it_reports_ready_and_stops_cleanly_on_a_stop_signal()
    {
        var root = RepositoryRoot();
        var work = Path.Combine(Path.GetTempPath(), "localoffer-tests", "published-" + Guid.NewGuid().ToString("N"));
        var app = Path.Combine(work, "app");
        try
        {
            // The Dockerfile's publish step (its front-end stage has already built wwwroot, as the test build has here).
            var (published, publishLog) = await RunAsync("dotnet", $"publish src/LocalOffer.Web/LocalOffer.Web.csproj -c Release -o \"{app}\" -p:SkipFrontEndBuild=true", root);
            Assert.True(published == 0, publishLog);
            Assert.True(File.Exists(Path.Combine(app, "LocalOffer.Web.dll")));
            Assert.True(Directory.Exists(Path.Combine(app, "wwwroot", "css")), "the published site carries its styles");
            Assert.True(Directory.Exists(Path.Combine(app, "content")), "the published site carries its information pages");

            var port = FreePort();
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_HTTP_PORTS"] = port.ToString(),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["LocalOffer__DataDirectory"] = Path.Combine(work, "data"),
                ["LocalOffer__DemoData"] = "true",
                ["LocalOffer__LogFormat"] = "json",
            };
            var start = new ProcessStartInfo("dotnet", "LocalOffer.Web.dll") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var (key, value) in environment) start.Environment[key] = value;
            using var site = Process.Start(start)!;
            var log = new System.Text.StringBuilder();
            site.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            site.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
            site.BeginOutputReadLine();
            site.BeginErrorReadLine();
            try
            {
                using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
                var ready = Stopwatch.StartNew();
                HttpResponseMessage? answer = null;
                while (ready.Elapsed < TimeSpan.FromSeconds(90) && !site.HasExited)
                {
                    try { answer = await client.GetAsync("/health/ready"); if (answer.IsSuccessStatusCode) break; } catch (HttpRequestException) { }
                    await Task.Delay(250);
                }
                Assert.True(answer?.IsSuccessStatusCode == true, "the site never became ready:\n" + log);

                var home = await client.GetStringAsync("/");
                Assert.Contains("govuk-template", home);
                var stylesheet = System.Text.RegularExpressions.Regex.Match(home, "href=\"(/css/[^\"]+)\"").Groups[1].Value;
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(stylesheet)).StatusCode);
                Assert.Contains("Chatterbox", await client.GetStringAsync("/services?q=chatterbox"));

                // The image's HEALTHCHECK.
                var (healthy, said) = await RunAsync("dotnet", "LocalOffer.Web.dll healthcheck", app, environment, TimeSpan.FromSeconds(60));
                Assert.True(healthy == 0, said);

                // What "docker stop" sends.
                var (signalled, _) = await RunAsync("kill", $"-TERM {site.Id}", app);
                Assert.Equal(0, signalled);
                using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(40));
                await site.WaitForExitAsync(stopping.Token);
                Assert.Equal(0, site.ExitCode);
                lock (log) Assert.Contains("Application is shutting down", log.ToString());

                var (afterwards, _) = await RunAsync("dotnet", "LocalOffer.Web.dll healthcheck", app, environment, TimeSpan.FromSeconds(60));
                Assert.Equal(1, afterwards);
            }
            finally
            {
                if (!site.HasExited) site.Kill(entireProcessTree: true);
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
