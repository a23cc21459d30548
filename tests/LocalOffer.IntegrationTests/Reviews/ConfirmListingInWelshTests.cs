using System.Globalization;
using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Reviews;

/// <summary>The one-step "still accurate" page in Welsh; the reminder email itself stays in English.</summary>
public sealed class ConfirmListingInWelshTests
{
    private static string Welsh(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("cy"));

    [Fact]
    public async Task A_provider_who_reads_welsh_confirms_a_listing_in_welsh()
    {
        await using var site = new ReviewSite();
        var listing = await site.AddListingAsync("Sensory play mornings", ReviewFixture.Today.AddDays(10), members: 1);
        await site.RunRemindersAsync();
        var email = Assert.Single(await site.EmailsAsync());
        Assert.Contains("is due to be checked by", email);
        var link = ReviewFixture.ConfirmLink(email);
        var browser = site.Browser();
        await browser.GetAsync("/language/cy");

        var (response, page) = await browser.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ydy'r cofnod hwn yn dal yn gywir?", page.Text("h1"));
        var details = page.Text(".govuk-summary-list").Squash();
        Assert.Contains("Gwasanaeth " + listing.Name, details);
        Assert.Contains("I'w wirio erbyn " + Welsh(listing.ReviewBy), details);
        Assert.Equal("Ydy, mae'n dal yn gywir", page.Text("form button"));
        Assert.Equal("mewngofnodwch a diweddarwch y cofnod", page.QuerySelector("main a[href='/provider']")!.TextContent.Trim());

        var confirmed = await (await browser.PostFormAsync(link, new() { ["Token"] = ReviewFixture.TokenOf(link) })).DocumentAsync();
        Assert.Equal("Cofnod wedi'i gadarnhau", confirmed.Text(".govuk-panel__title"));
        Assert.Equal($"Cafodd {listing.Name} ei wirio ddiwethaf ar {Welsh(ReviewFixture.Today)}", confirmed.Text(".govuk-panel__body").Squash());
        Assert.Contains($"Byddwn yn gofyn i chi ei wirio eto erbyn {Welsh(ReviewFixture.Today.AddMonths(12))}.", confirmed.Body!.TextContent.Squash());

        var (_, again) = await browser.GetPageAsync(link);
        Assert.Equal("Mae'r cofnod hwn eisoes wedi'i wirio", again.Text("h1"));
        var (_, broken) = await browser.GetPageAsync("/listings/confirm?token=not-a-token");
        Assert.Equal("Mae'r ddolen hon wedi dod i ben neu nid yw'n ddilys", broken.Text("h1"));
        Assert.Contains("am 60 diwrnod", broken.Text("main"));
    }
}
