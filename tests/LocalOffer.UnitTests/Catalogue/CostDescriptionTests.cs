using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class CostDescriptionTests
{
    private static Listing With(bool free, params CostOption[] options) => new()
    {
        Slug = "x", Name = "x", Summary = "x", Description = "x", IsFree = free, CostOptions = [.. options],
    };

    [Fact]
    public void Free_services_say_free() => Assert.Equal("Free", CostDescription.Headline(With(true)));

    [Fact]
    public void One_price_is_shown_with_what_it_buys() =>
        Assert.Equal("£4.50 per session", CostDescription.Headline(With(false, new CostOption { Option = "Per session", Amount = 4.5m })));

    [Fact]
    public void Several_prices_start_from_the_first() =>
        Assert.Equal("From £6.50 per hour", CostDescription.Headline(With(false,
            new CostOption { Option = "Per hour", Amount = 6.5m }, new CostOption { Option = "Per day", Amount = 55m })));

    [Fact]
    public void A_charge_with_no_amount_still_says_there_is_a_charge() =>
        Assert.Equal("There is a charge", CostDescription.Headline(With(false, new CostOption { Option = "Ask for prices" })));

    [Fact]
    public void Options_list_whole_pounds_without_pence_and_zero_as_free() =>
        Assert.Equal(["Per day: £55", "Siblings: free", "Ask for group prices"], CostDescription.Options(With(false,
            new CostOption { Option = "Per day", Amount = 55m }, new CostOption { Option = "Siblings", Amount = 0m }, new CostOption { Option = "Ask for group prices" })));
}
