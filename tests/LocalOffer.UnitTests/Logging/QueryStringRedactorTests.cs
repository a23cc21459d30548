using LocalOffer.Web.Infrastructure.Logging;

namespace LocalOffer.UnitTests.Logging;

public sealed class QueryStringRedactorTests
{
    [Theory]
    [InlineData("?postcode=BA2+3EP&age=3-5", "?postcode=[redacted]&age=3-5")]
    [InlineData("?POSTCODE=ba2%203ep", "?POSTCODE=[redacted]")]
    [InlineData("?q=autism&postcode=BA2&postcode=BS31", "?q=autism&postcode=[redacted]&postcode=[redacted]")]
    [InlineData("?email=someone%40example.com", "?email=[redacted]")]
    [InlineData("?postcode=", "?postcode=")]
    [InlineData("?age=3-5&category=health", "?age=3-5&category=health")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Personal_values_are_replaced_and_the_rest_kept(string? query, string expected) =>
        Assert.Equal(expected, QueryStringRedactor.Redact(query));
}
