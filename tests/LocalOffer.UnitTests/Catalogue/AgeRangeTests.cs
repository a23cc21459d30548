using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class AgeRangeTests
{
    [Theory]
    [InlineData(0, 5, 3, 5, true)]      // inside
    [InlineData(0, 5, 5, 8, true)]      // touching at 5
    [InlineData(0, 4, 5, 8, false)]     // ends the year before
    [InlineData(12, 18, 6, 11, false)]  // starts the year after
    [InlineData(null, 5, 0, 2, true)]   // no lower limit
    [InlineData(null, 5, 6, 11, false)]
    [InlineData(16, null, 19, 25, true)]// no upper limit
    [InlineData(16, null, 12, 15, false)]
    [InlineData(null, null, 19, 25, true)]
    public void Ranges_overlap_when_they_share_an_age_and_open_ends_reach_everything(int? min, int? max, int bandMin, int bandMax, bool overlaps)
    {
        var service = new AgeRange(min, max);
        var band = new AgeRange(bandMin, bandMax);
        Assert.Equal(overlaps, service.Overlaps(band));
        Assert.Equal(overlaps, band.Overlaps(service));
    }

    [Theory]
    [InlineData(null, null, "All ages")]
    [InlineData(null, 5, "Up to 5 years")]
    [InlineData(16, null, "From 16 years")]
    [InlineData(0, 1, "0 to 1 year")]
    [InlineData(4, 11, "4 to 11 years")]
    [InlineData(7, 7, "7 years")]
    public void Ranges_read_as_plain_english(int? min, int? max, string expected) =>
        Assert.Equal(expected, new AgeRange(min, max).Describe());

    [Theory]
    [InlineData("0-2", 0, 2)]
    [InlineData("19-25", 19, 25)]
    [InlineData("7", 7, 7)]
    [InlineData(" 16 ", 16, 16)]
    [InlineData("0", 0, 0)]
    public void Age_filter_reads_bands_and_exact_ages(string value, int min, int max)
    {
        Assert.True(AgeBand.TryParse(value, out var band));
        Assert.Equal(new AgeRange(min, max), band.Range);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("26")]
    [InlineData("-1")]
    [InlineData("3-4")]
    [InlineData("five")]
    [InlineData("٣")] // an Arabic-Indic digit is not read as an age
    public void Anything_else_is_not_an_age_filter(string? value) =>
        Assert.False(AgeBand.TryParse(value, out _));
}
