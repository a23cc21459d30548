using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class PublicAddressTests
{
    private static Location Home(bool areaOnly) => new()
    {
        Name = "Sam's house", Address1 = "7 Secret Lane", Town = "Bath", Postcode = "BA2 3EP", ShowAreaOnly = areaOnly,
    };

    [Fact]
    public void An_area_only_location_shows_the_town_and_postcode_district_and_nothing_else()
    {
        var address = Home(areaOnly: true).PublicAddress;
        Assert.Equal(["Bath", "BA2"], address.Lines);
        Assert.True(address.IsAreaOnly);
    }

    [Fact]
    public void Other_locations_show_their_full_address()
    {
        Assert.Equal(["Sam's house", "7 Secret Lane", "Bath", "BA2 3EP"], Home(areaOnly: false).PublicAddress.Lines);
    }

    [Theory]
    [InlineData("BA2 3EP", "BA2")]
    [InlineData("ba23ep", "BA2")]
    [InlineData("BS31 1EH", "BS31")]
    [InlineData("SW1A 1AA", "SW1A")]
    [InlineData("M1 1AE", "M1")]
    public void Postcode_district_is_the_outward_code(string postcode, string district) =>
        Assert.Equal(district, PublicAddress.PostcodeDistrict(postcode));
}
