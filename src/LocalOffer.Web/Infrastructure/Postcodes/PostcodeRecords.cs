namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>One live postcode from the ONS Postcode Directory, with its centre.</summary>
public sealed class PostcodeRecord
{
    /// <summary>Upper case without spaces: "BA23EP".</summary>
    public required string Postcode { get; set; }
    /// <summary>The outward code (district): "BA2".</summary>
    public required string District { get; set; }
    /// <summary>The sector: "BA2 3".</summary>
    public required string Sector { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public enum PostcodeAreaKind { District, Sector }

/// <summary>The centre of a postcode district or sector: the average of its postcodes, worked out when postcodes are loaded.</summary>
public sealed class PostcodeArea
{
    /// <summary>"BA2" for a district, "BA2 3" for a sector.</summary>
    public required string Code { get; set; }
    public PostcodeAreaKind Kind { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int PostcodeCount { get; set; }
}
