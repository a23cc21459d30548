namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>Turns a postcode into a place on the map, from the site's own copy of the ONS Postcode Directory.</summary>
public interface IPostcodeLookup
{
    /// <summary>
    /// The postcode's own centre if it is in the table, else its sector's, else its district's; null when
    /// even the district is unknown. An outward code alone goes straight to the district.
    /// </summary>
    Task<PostcodeLocation?> FindAsync(UkPostcode postcode, CancellationToken ct = default);
}

public enum PostcodeMatch { Exact, Sector, District }

/// <summary>Where a postcode is, and how closely: <paramref name="MatchedCode"/> is "BA2 3EP", "BA2 3" or "BA2".</summary>
public sealed record PostcodeLocation(double Latitude, double Longitude, PostcodeMatch Match, string MatchedCode);
