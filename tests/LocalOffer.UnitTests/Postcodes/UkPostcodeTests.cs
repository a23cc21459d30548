using LocalOffer.Web.Infrastructure.Postcodes;

namespace LocalOffer.UnitTests.Postcodes;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("BA2 3EP", "BA23EP", "BA2 3EP")]
    [InlineData("ba23ep", "BA23EP", "BA2 3EP")]
    [InlineData("  Ba2   3ep ", "BA23EP", "BA2 3EP")]
    [InlineData("bA2\t3Ep", "BA23EP", "BA2 3EP")]
    [InlineData("bs311eh", "BS311EH", "BS31 1EH")]
    [InlineData("BA2", "BA2", "BA2")]
    [InlineData(" ba2 ", "BA2", "BA2")]
    [InlineData("bs31", "BS31", "BS31")]
    public void Reads_full_postcodes_and_outward_codes_in_any_case_and_spacing(string text, string normalised, string display)
    {
        Assert.True(UkPostcode.TryParse(text, out var postcode));
        Assert.Equal(normalised, postcode.Normalised);
        Assert.Equal(display, postcode.Display);
    }

    [Theory]
    [InlineData("M1 1AE", "M1")]      // A9
    [InlineData("B33 8TH", "B33")]    // A99
    [InlineData("CR2 6XH", "CR2")]    // AA9
    [InlineData("DN55 1PT", "DN55")]  // AA99
    [InlineData("W1A 0AX", "W1A")]    // A9A
    [InlineData("EC1A 1BB", "EC1A")]  // AA9A
    public void Accepts_all_six_outward_shapes_full_and_alone(string full, string outward)
    {
        Assert.True(UkPostcode.TryParse(full, out var postcode));
        Assert.True(postcode.IsFull);
        Assert.Equal(outward, postcode.District);
        Assert.Equal(full, postcode.Display);

        Assert.True(UkPostcode.TryParse(outward.ToLowerInvariant(), out var district));
        Assert.False(district.IsFull);
        Assert.Equal(outward, district.Display);
    }

    [Fact]
    public void Accepts_the_special_girobank_postcode()
    {
        Assert.True(UkPostcode.TryParse("gir0aa", out var postcode));
        Assert.Equal("GIR 0AA", postcode.Display);
        Assert.Equal("GIR", postcode.District);
        Assert.False(UkPostcode.TryParse("GIR 1AA", out _));
        Assert.False(UkPostcode.TryParse("GIR", out _));
    }

    [Fact]
    public void A_full_postcode_has_a_district_and_a_sector_and_an_outward_code_only_a_district()
    {
        Assert.True(UkPostcode.TryParse("ba2 3ep", out var full));
        Assert.Equal(("BA2", "BA2 3", "3EP"), (full.District, full.Sector, full.Inward));

        Assert.True(UkPostcode.TryParse("BA14", out var outward));
        Assert.Equal("BA14", outward.District);
        Assert.Null(outward.Sector);
        Assert.Null(outward.Inward);
        Assert.Equal("BA14", outward.Normalised);
    }

    [Fact]
    public void Postcodes_with_the_same_letters_are_equal()
    {
        Assert.True(UkPostcode.TryParse("ba2 3ep", out var a));
        Assert.True(UkPostcode.TryParse("BA23EP", out var b));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    public static TheoryData<string?> NotPostcodes() => new()
    {
        null, "", "   ", "BA2 3E", "12345", "BA2 3EPX", "BAA2 3EP", "B", "BA", "2BA 3EP", "BA2 EP3",
        "BA2-3EP", "BA2 3EP; DROP TABLE", "BA2 3EP\0", "😀", "BA2 3E😀", "ب ٢ ٣", "\u202EPE3 2AB",
        "ＢＡ２ ３ＥＰ", // full-width letters look like a postcode but are not ASCII
        new string('A', 10_000), "BA2 " + new string(' ', 10_000) + "3EP",
    };

    [Theory]
    [MemberData(nameof(NotPostcodes))]
    public void Anything_else_is_not_a_postcode(string? text) =>
        Assert.False(UkPostcode.TryParse(text, out _));
}
