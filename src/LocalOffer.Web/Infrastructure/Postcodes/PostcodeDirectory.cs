using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>
/// Postcode lookups on the postcodes and postcode_areas tables, so no visitor's postcode ever leaves the
/// machine. Nothing here logs, and EF Core does not log parameter values unless sensitive data logging
/// is switched on (it is not).
/// </summary>
public sealed class PostcodeDirectory(LocalOfferDb db, PostcodeCache cache) : IPostcodeLookup
{
    public async Task<PostcodeLocation?> FindAsync(UkPostcode postcode, CancellationToken ct = default)
    {
        if (cache.TryGet(postcode.Normalised, out var known)) return known;
        var found = await LookUpAsync(postcode, ct);
        cache.Add(postcode.Normalised, found);
        return found;
    }

    private async Task<PostcodeLocation?> LookUpAsync(UkPostcode postcode, CancellationToken ct)
    {
        if (postcode.IsFull)
        {
            var normalised = postcode.Normalised;
            var exact = await db.Postcodes.AsNoTracking()
                .Where(p => p.Postcode == normalised)
                .Select(p => new { p.Latitude, p.Longitude })
                .FirstOrDefaultAsync(ct);
            if (exact is not null) return new(exact.Latitude, exact.Longitude, PostcodeMatch.Exact, postcode.Display);
        }

        // The sector and the district in one query; the sector wins when both are known.
        var sector = postcode.Sector;
        var district = postcode.District;
        var areas = await db.PostcodeAreas.AsNoTracking()
            .Where(a => (a.Kind == PostcodeAreaKind.Sector && a.Code == sector) || (a.Kind == PostcodeAreaKind.District && a.Code == district))
            .Select(a => new { a.Code, a.Kind, a.Latitude, a.Longitude })
            .ToListAsync(ct);
        var best = areas.FirstOrDefault(a => a.Kind == PostcodeAreaKind.Sector) ?? areas.FirstOrDefault();
        return best is null
            ? null
            : new(best.Latitude, best.Longitude, best.Kind == PostcodeAreaKind.Sector ? PostcodeMatch.Sector : PostcodeMatch.District, best.Code);
    }
}

/// <summary>
/// Postcodes already looked up, kept in memory (never written anywhere) until the postcode table is
/// next loaded. Bounded, so a flood of different postcodes cannot grow it without limit.
/// </summary>
public sealed class PostcodeCache
{
    private const int Limit = 20_000;
    private volatile System.Collections.Concurrent.ConcurrentDictionary<string, PostcodeLocation?> _known = new();

    public bool TryGet(string postcode, out PostcodeLocation? location) => _known.TryGetValue(postcode, out location);

    public void Add(string postcode, PostcodeLocation? location)
    {
        if (_known.Count >= Limit) _known = new();
        _known[postcode] = location;
    }

    public void Clear() => _known = new();
}

public static class PostcodeServices
{
    /// <summary>The postcode lookup and the ONSPD importer, both on the scoped database context.</summary>
    public static IServiceCollection AddPostcodes(this IServiceCollection services)
    {
        services.AddSingleton<PostcodeCache>();
        services.AddScoped<IPostcodeLookup, PostcodeDirectory>();
        services.AddScoped<OnspdImporter>();
        return services;
    }
}
