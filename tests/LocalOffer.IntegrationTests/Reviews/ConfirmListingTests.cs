using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Reviews;

public sealed class ConfirmListingTests
{
    /// <summary>A listing due in 10 days, its reminder sent, and the confirm link from the email.</summary>
    private static async Task<(TestListing Listing, string Link)> EmailedLinkAsync(LocalOfferSite site)
    {
        var listing = await site.AddListingAsync("Sensory play mornings", ReviewFixture.Today.AddDays(10), members: 1);
        await site.RunRemindersAsync();
        return (listing, ReviewFixture.ConfirmLink(Assert.Single(await site.EmailsAsync())));
    }

    private static void AssertNotAnError(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Status {response.StatusCode}");

    [Fact]
    public async Task The_emailed_link_confirms_in_one_step_and_the_public_page_then_shows_today()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        var browser = site.Browser();
        var before = await site.ListingAsync(listing.Id);

        var (response, page) = await browser.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("Is this listing still accurate?", page.Text("h1"));
        var details = page.Text(".govuk-summary-list").Squash();
        Assert.Contains(listing.Name, details);
        Assert.Contains(listing.Summary, details);
        Assert.Contains("Last checked " + ReviewFixture.Describe(before.LastChecked), details);
        Assert.Equal("Yes, this is still accurate", page.Text("form button"));

        var confirmed = await browser.PostFormAsync(link, new() { ["Token"] = ReviewFixture.TokenOf(link) });

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var done = await confirmed.DocumentAsync();
        Assert.Equal("Listing confirmed", done.Text(".govuk-panel__title"));
        Assert.Contains(ReviewFixture.Describe(ReviewFixture.Today), done.Text(".govuk-panel__body"));
        var after = await site.ListingAsync(listing.Id);
        Assert.Equal(ReviewFixture.Today, after.LastChecked);
        Assert.Equal(ReviewFixture.Today.AddMonths(12), after.ReviewBy);
        Assert.Contains($"check it again by {ReviewFixture.Describe(ReviewFixture.Today.AddMonths(12))}", done.Body!.TextContent.Squash());
        var recorded = Assert.Single(await site.EventsAsync(listing.Id));
        Assert.Equal(("Confirmed still accurate", (Guid?)null), (recorded.Action, recorded.AccountId));

        var (_, servicePage) = await site.Browser().GetPageAsync($"/services/{listing.Slug}");
        Assert.Contains($"Last checked by the provider on {ReviewFixture.Describe(ReviewFixture.Today)}.", servicePage.Body!.TextContent.Squash());
    }

    [Fact]
    public async Task The_same_link_used_again_says_the_listing_has_already_been_checked()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        var browser = site.Browser();
        await browser.PostFormAsync(link, new() { ["Token"] = ReviewFixture.TokenOf(link) });

        var (again, page) = await browser.GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("This listing has already been checked", page.Text("h1"));
        Assert.Contains($"last checked on {ReviewFixture.Describe(ReviewFixture.Today)}", page.Text("main").Squash());
        Assert.Null(page.QuerySelector("main form"));
        // Posting the old link again (a second tab, say) changes nothing either.
        var repost = await browser.PostFormAsync(link, new() { ["Token"] = ReviewFixture.TokenOf(link) }, formPage: "/account/sign-in");
        Assert.Equal("This listing has already been checked", (await repost.DocumentAsync()).Text("h1"));
        Assert.Single(await site.EventsAsync(listing.Id));
    }

    [Fact]
    public async Task A_tampered_or_missing_token_shows_the_link_is_not_valid_and_never_an_error()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        var token = ReviewFixture.TokenOf(link);
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
        var browser = site.Browser();

        foreach (var url in new[] { $"/listings/confirm?token={Uri.EscapeDataString(tampered)}", "/listings/confirm?token=not-a-token", "/listings/confirm?token=%25%25%25", "/listings/confirm?token=", "/listings/confirm" })
        {
            var (response, page) = await browser.GetPageAsync(url);
            AssertNotAnError(response);
            Assert.Equal("This link has expired or is not valid", page.Text("h1"));
        }
        var posted = await browser.PostFormAsync("/listings/confirm", new() { ["Token"] = tampered }, formPage: link);
        AssertNotAnError(posted);
        Assert.Equal("This link has expired or is not valid", (await posted.DocumentAsync()).Text("h1"));
        Assert.Empty(await site.EventsAsync(listing.Id));
        Assert.Equal(listing.ReviewBy, (await site.ListingAsync(listing.Id)).ReviewBy);
    }

    [Fact]
    public async Task A_link_older_than_60_days_has_expired()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        await using var later = site.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock(TimeSpan.FromDays(61)))));
        var browser = later.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var (response, page) = await browser.GetPageAsync(link);

        AssertNotAnError(response);
        Assert.Equal("This link has expired or is not valid", page.Text("h1"));
        Assert.Equal(listing.ReviewBy, (await site.ListingAsync(listing.Id)).ReviewBy);
    }

    [Fact]
    public async Task Opening_the_link_without_pressing_the_button_changes_nothing()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        var before = await site.ListingAsync(listing.Id);

        // Mail scanners open links too: a GET, however often, must not confirm.
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await site.Browser().GetAsync(link)).StatusCode);

        var after = await site.ListingAsync(listing.Id);
        Assert.Equal((before.LastChecked, before.ReviewBy, before.UpdatedAt), (after.LastChecked, after.ReviewBy, after.UpdatedAt));
        Assert.Empty(await site.EventsAsync(listing.Id));
    }

    [Fact]
    public async Task Confirming_without_an_anti_forgery_token_is_refused()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);

        var response = await site.Browser().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = ReviewFixture.TokenOf(link) }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(listing.ReviewBy, (await site.ListingAsync(listing.Id)).ReviewBy);
    }

    [Fact]
    public async Task A_link_for_a_listing_that_is_no_longer_published_says_so()
    {
        await using var site = new ReviewSite();
        var (listing, link) = await EmailedLinkAsync(site);
        await site.UpdateListingAsync(listing.Id, ListingStatus.Archived);

        var (response, page) = await site.Browser().GetPageAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This listing is no longer on the Local Offer", page.Text("h1"));
        Assert.Null(page.QuerySelector("main form"));
    }
}
