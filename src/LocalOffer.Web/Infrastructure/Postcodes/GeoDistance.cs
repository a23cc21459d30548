namespace LocalOffer.Web.Infrastructure.Postcodes;

public static class GeoDistance
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>The great-circle distance in miles (haversine): close enough for "how far away" at this scale.</summary>
    public static double Miles(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        // Clamped: rounding can push a just over 1 for points on opposite sides of the Earth.
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(Math.Min(1, a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
