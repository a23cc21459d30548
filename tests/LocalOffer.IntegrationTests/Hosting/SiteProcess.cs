using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The site published as the Dockerfile publishes it (once per test run), and started as a real
/// process of its own, so tests can do what only happens to processes: stop signals and kill -9.
/// </summary>
public sealed class SiteProcess : IAsyncDisposable
{
    private static readonly SemaphoreSlim Publishing = new(1, 1);
    private static string? _published;

    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private SiteProcess(Process process, int port, IReadOnlyDictionary<string, string> environment)
    {
        _process = process;
        Port = port;
        Environment = environment;
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public int Port { get; }
    public int Id => _process.Id;
    public IReadOnlyDictionary<string, string> Environment { get; }
    public HttpClient Client { get; }
    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>A client of its own that keeps cookies, as one browser does.</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root was not found.");
    }

    /// <summary>The Dockerfile's publish step, run once; the folder the published site is in.</summary>
    public static async Task<string> PublishedAsync()
    {
        await Publishing.WaitAsync();
        try
        {
            if (_published is not null) return _published;
            var output = Path.Combine(Path.GetTempPath(), "localoffer-tests", "published-" + Guid.NewGuid().ToString("N"));
            var (exit, log) = await RunAsync("dotnet", $"publish src/LocalOffer.Web/LocalOffer.Web.csproj -c Release -o \"{output}\" -p:SkipFrontEndBuild=true", RepositoryRoot());
            if (exit != 0) throw new InvalidOperationException("dotnet publish failed:\n" + log);
            return _published = output;
        }
        finally
        {
            Publishing.Release();
        }
    }

    /// <summary>Starts the published site on a free port as the image starts it, and waits until it is ready.</summary>
    public static async Task<SiteProcess> StartAsync(string dataDirectory, IDictionary<string, string>? settings = null)
    {
        var app = await PublishedAsync();
        var port = FreePort();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["LocalOffer__DataDirectory"] = dataDirectory,
            ["LocalOffer__LogFormat"] = "json",
            ["LocalOffer__ReminderCheckMinutes"] = "0",
        };
        foreach (var (key, value) in Infrastructure.TestDatabase.EnvironmentSettings(dataDirectory)) environment[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        var start = new ProcessStartInfo("dotnet", "LocalOffer.Web.dll") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var site = new SiteProcess(Process.Start(start)!, port, environment);
        site._process.OutputDataReceived += (_, e) => { lock (site._log) site._log.AppendLine(e.Data); };
        site._process.ErrorDataReceived += (_, e) => { lock (site._log) site._log.AppendLine(e.Data); };
        site._process.BeginOutputReadLine();
        site._process.BeginErrorReadLine();
        await site.WaitUntilReadyAsync();
        return site;
    }

    public async Task WaitUntilReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120) && !_process.HasExited)
        {
            try
            {
                if ((await Client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new InvalidOperationException("The site never became ready:\n" + Log);
    }

    /// <summary>Sends a signal (TERM, KILL) as a container runtime or an operator would.</summary>
    public async Task SignalAsync(string signal)
    {
        var (exit, log) = await RunAsync("kill", $"-{signal} {_process.Id}", AppContext.BaseDirectory);
        if (exit != 0) throw new InvalidOperationException(log);
    }

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
    }

    /// <summary>Runs one of the site's commands (healthcheck, backup...) with this process's settings.</summary>
    public async Task<(int Exit, string Output)> CommandAsync(string arguments) =>
        await RunAsync("dotnet", "LocalOffer.Web.dll " + arguments, await PublishedAsync(), Environment, TimeSpan.FromSeconds(60));

    public static async Task<(int Exit, string Output)> RunAsync(string file, string arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
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

    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Client.Dispose();
    }
}
