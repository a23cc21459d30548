using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Reviews;

public sealed class LongOverdueWarningTests
{
    [Fact]
    public async Task The_service_page_warns_it_may_be_out_of_date_only_when_more_than_90_days_past_review()
    {
        await using var site = new ReviewSite();
        var listings = await site.AddListingsAsync([
            ("Ninety one days over", ReviewFixture.Today.AddDays(-91)),
            ("Ninety days over", ReviewFixture.Today.AddDays(-90)),
            ("Ten days over", ReviewFixture.Today.AddDays(-10)),
            ("Not due", ReviewFixture.Today.AddDays(100)),
        ]);
        var browser = site.Browser();

        var (_, flagged) = await browser.GetPageAsync($"/services/{listings[0].Slug}");
        Assert.Equal($"! Warning This service was due to be checked on {ReviewFixture.Describe(listings[0].ReviewBy)}. It may be out of date. Check with the provider before you travel.",
            flagged.Text(".govuk-warning-text").Squash());
        var lastChecked = await site.ListingAsync(listings[0].Id);
        Assert.Contains($"Last checked by the provider on {ReviewFixture.Describe(lastChecked.LastChecked)}.", flagged.Body!.TextContent.Squash());

        foreach (var listing in listings.Skip(1))
        {
            var (_, page) = await browser.GetPageAsync($"/services/{listing.Slug}");
            Assert.Equal(listing.Name, page.Text("h1"));
            Assert.Null(page.QuerySelector(".govuk-warning-text"));
        }
    }
}
