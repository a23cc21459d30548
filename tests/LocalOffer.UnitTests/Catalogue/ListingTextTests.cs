using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class ListingTextTests
{
    [Theory]
    [InlineData("https://chatterbox.example/groups", "https://chatterbox.example/groups")]
    [InlineData(" http://school.example ", "http://school.example/")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("JaVaScRiPt:alert(1)", null)]
    [InlineData("data:text/html,<script>alert(1)</script>", null)]
    [InlineData("//evil.example", null)]
    [InlineData("www.school.example", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Only_http_and_https_addresses_become_links(string? url, string? expected) =>
        Assert.Equal(expected, ListingText.WebAddress(url));

    [Fact]
    public void Where_names_the_towns_and_how_else_a_service_reaches_people()
    {
        var listing = new Listing
        {
            Slug = "x", Name = "x", Summary = "x", Description = "x",
            DeliveryModes = [DeliveryMode.InPerson, DeliveryMode.Online, DeliveryMode.HomeVisit],
            Locations = [new() { Town = "Bath", Postcode = "BA1 1AA" }, new() { Town = "Keynsham", Postcode = "BS31 1AA" }, new() { Town = "Bath", Postcode = "BA2 1AA" }],
        };
        Assert.Equal("Bath, Keynsham, online, at home", ListingText.Where(listing));
        Assert.Equal("By phone", ListingText.Where(new Listing { Slug = "y", Name = "y", Summary = "y", Description = "y", DeliveryModes = [DeliveryMode.Phone] }));
    }
}
