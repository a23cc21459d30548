using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>
/// Postcode lookups on the postcodes and postcode_areas tables, so no visitor's postcode ever leaves the
/// machine. Nothing here logs, and EF Core does not log parameter values unless sensitive data logging
/// is switched on (it is not).
/// </summary>
public sealed class PostcodeDirectory(LocalOfferDb db) : IPostcodeLookup
{
    public async Task<PostcodeLocation?> FindAsync(UkPostcode postcode, CancellationToken ct = default)
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

public static class PostcodeServices
{
    /// <summary>The postcode lookup and the ONSPD importer, both on the scoped database context.</summary>
    public static IServiceCollection AddPostcodes(this IServiceCollection services)
    {
        services.AddScoped<IPostcodeLookup, PostcodeDirectory>();
        services.AddScoped<OnspdImporter>();
        return services;
    }
}
