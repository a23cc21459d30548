using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;

namespace LocalOffer.IntegrationTests.Reviews;

public sealed class OverdueListTests
{
    private static DateOnly DaysFromToday(int days) => ReviewFixture.Today.AddDays(days);

    [Fact]
    public async Task Officers_see_overdue_listings_most_overdue_first_with_a_count_of_those_due_soon()
    {
        await using var site = new ReviewSite();
        await site.AddListingsAsync([
            ("Overdue a while", DaysFromToday(-40)),
            ("Not due", DaysFromToday(31)),
            ("Long overdue", DaysFromToday(-200)),
            ("Due soon", DaysFromToday(5)),
            ("Due at the edge", DaysFromToday(30)),
            ("Due today", DaysFromToday(0)),
        ]);
        var reminded = await site.AddListingAsync("Just overdue", DaysFromToday(-1), members: 1);
        await site.RunRemindersAsync();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));

        var (response, page) = await officer.GetPageAsync("/officer/overdue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#overdue tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Squash()).ToList()).ToList();
        Assert.Equal(["Long overdue", "Overdue a while", "Just overdue"], rows.Select(r => r[0]));
        Assert.Equal(["Long overdue organisation", "Overdue a while organisation", "Just overdue organisation"], rows.Select(r => r[1]));
        Assert.Equal([ReviewFixture.Describe(DaysFromToday(-200)), ReviewFixture.Describe(DaysFromToday(-40)), ReviewFixture.Describe(DaysFromToday(-1))], rows.Select(r => r[2]));
        Assert.Equal(["200", "40", "1"], rows.Select(r => r[3]));
        Assert.Equal(["Not sent: the provider has no accounts", "Not sent: the provider has no accounts", $"Sent {ReviewFixture.Describe(ReviewFixture.Today)}"], rows.Select(r => r[4]));
        Assert.NotNull(page.QuerySelector($"#overdue a[href='/services/{reminded.Slug}']"));
        Assert.Equal("3 published listings are past their review date.", page.Text("#overdue-count").Squash());
        Assert.StartsWith("3 listings are due for review in the next 30 days.", page.Text("#due-soon-count").Squash());
    }

    [Fact]
    public async Task The_list_is_refused_to_providers_and_to_visitors_who_are_not_signed_in()
    {
        await using var site = new ReviewSite();
        var listing = await site.AddListingAsync("Overdue group", DaysFromToday(-10), members: 1);

        var anonymous = await site.Browser().GetAsync("/officer/overdue");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location!.PathAndQuery());

        var provider = await site.SignedInClientAsync(listing.Members[0]);
        var refused = await provider.GetAsync("/officer/overdue");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/access-denied", refused.Headers.Location!.PathAndQuery());
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync(refused.Headers.Location)).StatusCode);

        var posted = await provider.PostFormAsync("/officer/overdue?handler=Confirm", new() { ["listingId"] = listing.Id.ToString() }, formPage: "/account/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.StartsWith("/account/access-denied", posted.Headers.Location!.PathAndQuery());
        Assert.Equal(DaysFromToday(-10), (await site.ListingAsync(listing.Id)).ReviewBy);
    }

    [Fact]
    public async Task An_officer_confirms_an_overdue_listing_on_the_providers_behalf()
    {
        await using var site = new ReviewSite();
        var listing = await site.AddListingAsync("Overdue group", DaysFromToday(-10));
        var account = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(account);

        var response = await officer.PostFormAsync("/officer/overdue", new() { ["listingId"] = listing.Id.ToString() }, handler: "Confirm");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/officer/overdue", response.Headers.Location!.PathAndQuery());
        var saved = await site.ListingAsync(listing.Id);
        Assert.Equal((ReviewFixture.Today, ReviewFixture.Today.AddMonths(12)), (saved.LastChecked, saved.ReviewBy));
        var recorded = Assert.Single(await site.EventsAsync(listing.Id));
        Assert.Equal(("Confirmed still accurate", account.Id), (recorded.Action, recorded.AccountId));
        var (_, page) = await officer.GetPageAsync("/officer/overdue");
        Assert.Contains("Overdue group is confirmed as still accurate", page.Text(".govuk-notification-banner").Squash());
        Assert.Null(page.QuerySelector("#overdue"));
        Assert.Equal("No published listings are past their review date.", page.Text("#overdue-count").Squash());
    }

    [Fact]
    public async Task An_officers_confirmation_without_an_anti_forgery_token_is_refused()
    {
        await using var site = new ReviewSite();
        var listing = await site.AddListingAsync("Overdue group", DaysFromToday(-10));
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));

        var response = await officer.PostAsync("/officer/overdue?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["listingId"] = listing.Id.ToString() }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DaysFromToday(-10), (await site.ListingAsync(listing.Id)).ReviewBy);
    }

    [Fact]
    public async Task More_than_50_overdue_listings_are_shown_50_to_a_page()
    {
        await using var site = new ReviewSite();
        await site.AddListingsAsync([.. Enumerable.Range(1, 51).Select(n => ($"Overdue service {n:D2}", DaysFromToday(-100 + n)))]);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));

        var (_, first) = await officer.GetPageAsync("/officer/overdue");
        var (_, second) = await officer.GetPageAsync("/officer/overdue?page=2");

        Assert.Equal(50, first.QuerySelectorAll("#overdue tbody tr").Length);
        Assert.Equal("Overdue service 01", first.Text("#overdue tbody tr td"));
        Assert.NotNull(first.QuerySelector(".govuk-pagination a[href='?page=2']"));
        Assert.Equal("Overdue service 51", second.Text("#overdue tbody tr td"));
        Assert.Single(second.QuerySelectorAll("#overdue tbody tr"));
        Assert.Contains("page 2 of 2", second.Title);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the site gave it relative or absolute.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
