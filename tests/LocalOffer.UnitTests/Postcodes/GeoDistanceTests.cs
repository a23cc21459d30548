using LocalOffer.Web.Infrastructure.Postcodes;

namespace LocalOffer.UnitTests.Postcodes;

public sealed class GeoDistanceTests
{
    [Fact]
    public void Bath_centre_to_Keynsham_is_about_six_and_a_half_miles() =>
        Assert.Equal(6.4, GeoDistance.Miles(51.3811, -2.3590, 51.4135, -2.4975), 0.3);

    [Fact]
    public void The_same_point_is_no_distance_away() =>
        Assert.Equal(0, GeoDistance.Miles(51.3811, -2.3590, 51.3811, -2.3590));

    [Fact]
    public void Distance_is_the_same_both_ways() =>
        Assert.Equal(GeoDistance.Miles(51.3811, -2.3590, 51.2280, -2.3220), GeoDistance.Miles(51.2280, -2.3220, 51.3811, -2.3590), 9);
}
