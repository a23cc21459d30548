using System.Collections.Concurrent;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// The real site, hosted in-process with its real database in a fresh data directory of its own: SQLite,
/// or a fresh PostgreSQL database when <see cref="TestDatabase.Variable"/> is set.
/// Every log line the site writes is captured so tests can check what reaches the logs.
/// </summary>
public class LocalOfferSite : WebApplicationFactory<Program>
{
    /// <summary>
    /// Each site's web root would otherwise take one of the user's 128 inotify instances (for the
    /// cache-busting <c>asp-append-version</c> hashes) until the test run ends; with a site per test class
    /// they run out. Polling watchers take none.
    /// </summary>
    static LocalOfferSite() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    public LocalOfferSite(string? dataDirectory = null) =>
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));

    public string DataDirectory { get; }

    /// <summary>Keep the data directory when this site is disposed (to start another site on it).</summary>
    public bool KeepData { get; init; }
    public CapturedLogs Logs { get; } = new();
    protected virtual bool DemoData => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Hundreds of test sites would each watch the settings files and run out of the system's file watchers.
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("LocalOffer:DataDirectory", DataDirectory);
        builder.UseSetting("LocalOffer:DemoData", DemoData ? "true" : "false");
        foreach (var (key, value) in TestDatabase.Settings(DataDirectory)) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }

    public async Task<ImportResult> ImportAsync(IEnumerable<ListingFileEntry> entries, ListingStatus status = ListingStatus.Published)
    {
        var file = Path.Combine(DataDirectory, $"import-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, System.Text.Json.JsonSerializer.Serialize(entries, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ListingFileImporter>().ImportAsync([file], status, 12);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!KeepData)
        {
            TestDatabase.Drop(DataDirectory);
            try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>The site with the fixture catalogue of <see cref="FixtureCatalogue"/> loaded.</summary>
public sealed class FixtureSite : LocalOfferSite, IAsyncLifetime
{
    /// <summary>
    /// The fixture's pages are compared with approved snapshots, which must not change as the calendar
    /// moves on (a listing's review date passing would add a warning): the site's clock reads 2 December
    /// 2026, moving forward from there.
    /// </summary>
    private sealed class SnapshotClock : TimeProvider
    {
        private readonly TimeSpan _shift = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero) - TimeProvider.System.GetUtcNow();
        public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _shift;
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new SnapshotClock()));
    }

    public async Task InitializeAsync()
    {
        _ = Server; // start the site: runs migrations and seeds the category list
        var published = await ImportAsync(FixtureCatalogue.Published());
        if (!published.Succeeded) throw new InvalidOperationException(string.Join('\n', published.Problems));
        var pending = await ImportAsync([FixtureCatalogue.PendingListing()], ListingStatus.Pending);
        if (!pending.Succeeded) throw new InvalidOperationException(string.Join('\n', pending.Problems));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>The site exactly as the README's run command starts it: with the demonstration catalogue.</summary>
public sealed class DemoSite : LocalOfferSite, IAsyncLifetime
{
    protected override bool DemoData => true;
    public Task InitializeAsync() { _ = Server; return Task.CompletedTask; }
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();
    public IReadOnlyCollection<string> Lines => _lines.ToArray();
    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);
    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
