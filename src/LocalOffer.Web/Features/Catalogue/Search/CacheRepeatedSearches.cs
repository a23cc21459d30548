using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// Keeps a results page in the output cache only when the same address has been asked for before, so a
/// stream of one-off searches neither pushes the popular ones out nor pays for copying every page into
/// the cache. ASP.NET Core's output caching has no admission rule of its own; this is the smallest one:
/// remember a hash of each address seen, and forget them all once the list is long.
/// </summary>
public sealed class CacheRepeatedSearches : IOutputCachePolicy
{
    private const int Remembered = 50_000;
    private volatile ConcurrentDictionary<int, byte> _seen = new();

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        // A hash, not the address itself, so a flood of long addresses costs a few bytes each. Two
        // addresses sharing a hash only means one is cached a request early.
        var address = HashCode.Combine(request.Path.Value, request.QueryString.Value);
        var seen = _seen;
        if (seen.TryAdd(address, 0))
        {
            context.AllowCacheStorage = false;
            if (seen.Count > Remembered) _seen = new();
        }
        return ValueTask.CompletedTask;
    }
}
