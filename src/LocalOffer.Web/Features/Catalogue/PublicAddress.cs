namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// The part of a location the public may see. A location marked "show area only" (a childminder's
/// home, a family's house used for a group) shows its town and postcode district, never the street,
/// full postcode or exact coordinates.
/// </summary>
public sealed record PublicAddress(string? Name, string? Street, string Town, string Postcode, bool IsAreaOnly)
{
    public static PublicAddress For(Location location) => location.ShowAreaOnly
        ? new(null, null, location.Town, PostcodeDistrict(location.Postcode), true)
        : new(location.Name, location.Address1, location.Town, location.Postcode, false);

    public IEnumerable<string> Lines =>
        new[] { Name, Street, Town, Postcode }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!);

    /// <summary>"BA2 3EP" becomes "BA2": the outward code, which covers thousands of homes.</summary>
    public static string PostcodeDistrict(string postcode)
    {
        var compact = postcode.Replace(" ", "").ToUpperInvariant();
        return compact.Length > 3 ? compact[..^3] : compact;
    }
}
