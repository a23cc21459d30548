using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// One listing changed: written in the same save as the change itself, so every server sharing the
/// database (and a running site, when a command imports listings beside it) can bring its own search
/// index and listing facts up to date.
/// </summary>
public sealed class ListingChange
{
    public long Id { get; set; }
    public Guid ListingId { get; set; }
    /// <summary>The process that made the change: it has already updated its own index.</summary>
    public Guid Server { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>
/// Adds a <see cref="ListingChange"/> to every save that adds, changes or removes a listing or
/// anything the search reads from it (venues, contacts, opening times, categories, needs), so a change
/// cannot be saved without its record.
/// </summary>
public sealed class ListingChangeRecorder : SaveChangesInterceptor
{
    /// <summary>This process, for the change records it writes.</summary>
    public static readonly Guid ThisServer = Guid.NewGuid();

    public static readonly ListingChangeRecorder Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            var (changed, renamed) = Changed(context);
            if (renamed.Count > 0) changed.UnionWith(ListingsOf(context, renamed).ToList());
            Add(context, changed);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            var (changed, renamed) = Changed(context);
            if (renamed.Count > 0) changed.UnionWith(await ListingsOf(context, renamed).ToListAsync(cancellationToken));
            Add(context, changed);
        }
        return result;
    }

    /// <summary>
    /// The listings this save touches, and the organisations it renames: every listing of a renamed
    /// organisation shows and is found by the new name, so each of them counts as changed too.
    /// </summary>
    private static (HashSet<Guid> Listings, List<Guid> Renamed) Changed(DbContext context)
    {
        var changed = new HashSet<Guid>();
        var renamed = new List<Guid>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (entry.Entity is Provider provider)
            {
                if (entry.State == EntityState.Modified && entry.Property(nameof(Provider.Name)).IsModified) renamed.Add(provider.Id);
                continue;
            }
            var property = entry.Entity switch
            {
                Listing => "Id",
                Location or Contact or OpeningTime => "ListingId",
                // The listing_categories and listing_needs join rows.
                _ when entry.Metadata.HasSharedClrType && entry.Metadata.FindProperty("ListingsId") is not null => "ListingsId",
                _ => null,
            };
            if (property is not null && entry.Property(property).CurrentValue is Guid id) changed.Add(id);
        }
        return (changed, renamed);
    }

    private static IQueryable<Guid> ListingsOf(DbContext context, List<Guid> providers) =>
        context.Set<Listing>().AsNoTracking().Where(l => providers.Contains(l.ProviderId)).Select(l => l.Id);

    private static void Add(DbContext context, HashSet<Guid> changed)
    {
        if (changed.Count == 0) return;
        var now = DateTimeOffset.UtcNow;
        context.Set<ListingChange>().AddRange(changed.Select(id => new ListingChange { ListingId = id, Server = ThisServer, ChangedAt = now }));
    }
}

/// <summary>
/// Reads the changes other servers (or commands) saved and applies them to this server's search index
/// and listing facts, every <see cref="LocalOfferOptions.CatalogueCheckSeconds"/>.
/// </summary>
/// <remarks>
/// Record numbers are handed out when a row is written but become visible when its transaction commits,
/// so a lower number can appear after a higher one. Each read therefore looks back over the numbers
/// first seen within the last minute, and remembers which of them it has applied.
/// </remarks>
public sealed class ListingChangeFeed(SearchCatalogue catalogue, IServiceScopeFactory scopes, IOptions<LocalOfferOptions> options, TimeProvider clock, ILogger<ListingChangeFeed> logger) : BackgroundService
{
    private static readonly TimeSpan LookBack = TimeSpan.FromMinutes(1), KeepFor = TimeSpan.FromDays(1), PruneEvery = TimeSpan.FromMinutes(10);

    private readonly Queue<(DateTimeOffset At, long Highest)> _marks = new();
    private readonly HashSet<long> _applied = [];
    private readonly SemaphoreSlim _checking = new(1, 1);
    private long _from = -1, _highest = -1;
    private DateTimeOffset _lastPruned = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(options.Value.CatalogueCheckSeconds);
        if (every <= TimeSpan.Zero) return;
        try
        {
            while (!catalogue.IsReady) await Task.Delay(TimeSpan.FromMilliseconds(200), clock, stoppingToken);
            while (true)
            {
                try { await CatchUpAsync(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be restarting: the next check carries on from the same place.
                    logger.LogWarning("Could not read the catalogue's changes from other servers ({Error}); trying again", e.GetType().Name);
                }
                await Task.Delay(every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Applies the changes saved by other processes since the last check; returns how many listings changed.</summary>
    public async Task<int> CatchUpAsync(CancellationToken ct)
    {
        await _checking.WaitAsync(ct);
        try { return await CatchUpOnceAsync(ct); }
        finally { _checking.Release(); }
    }

    private async Task<int> CatchUpOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var now = clock.GetUtcNow();
        if (_from < 0)
        {
            // The catalogue was loaded after this process started: changes settled a minute before that
            // are in it. Later ones are read below; applying one again is harmless.
            var settled = new DateTimeOffset(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime()) - LookBack;
            _from = _highest = await db.ListingChanges.Where(c => c.ChangedAt < settled).MaxAsync(c => (long?)c.Id, ct) ?? 0;
        }

        var rows = await db.ListingChanges.AsNoTracking().Where(c => c.Id > _from).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ListingId, c.Server }).ToListAsync(ct);
        var fresh = rows.Where(r => !_applied.Contains(r.Id)).ToList();
        var ids = fresh.Where(r => r.Server != ListingChangeRecorder.ThisServer).Select(r => r.ListingId).Distinct().ToList();
        if (ids.Count > 0)
        {
            await catalogue.ListingsChangedAsync(ids, ct);
            logger.LogInformation("Caught up with {Count} listings changed by another server", ids.Count);
        }
        foreach (var r in fresh) _applied.Add(r.Id);
        if (rows.Count > 0) _highest = Math.Max(_highest, rows[^1].Id);

        // Move the look-back window on: numbers seen more than a minute ago are settled.
        _marks.Enqueue((now, _highest));
        while (_marks.Count > 1 && _marks.Peek().At < now - LookBack) _from = _marks.Dequeue().Highest;
        _applied.RemoveWhere(id => id <= _from);

        if (now - _lastPruned > PruneEvery)
        {
            _lastPruned = now;
            // Real time, as the records are stamped (a test clock may be set elsewhere).
            var before = DateTimeOffset.UtcNow - KeepFor;
            await db.ListingChanges.Where(c => c.ChangedAt < before).ExecuteDeleteAsync(ct);
        }
        return ids.Count;
    }
}
