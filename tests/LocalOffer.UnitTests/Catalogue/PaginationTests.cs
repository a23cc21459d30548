using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class PaginationTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 10, "1 2 … 10")]
    [InlineData(5, 10, "1 … 4 5 6 … 10")]
    [InlineData(10, 10, "1 … 9 10")]
    [InlineData(3, 10, "1 2 3 4 … 10")]
    public void Shows_first_last_and_neighbours_with_gaps_marked(int current, int count, string expected) =>
        Assert.Equal(expected, string.Join(' ', Pagination.Numbers(current, count).Select(n => n?.ToString() ?? "…")));
}
