using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Journeys;

/// <summary>
/// The whole life of a listing through the site's own pages, as a nursery manager and a council
/// officer would live it: register, approval of the organisation, a draft written over two sittings,
/// submission, a return with a reason, resubmission, approval, search, a change that keeps the live
/// version until approved, and a yearly "still accurate".
/// </summary>
public sealed class ProviderToPublicJourneyTests
{
    [Fact]
    public async Task From_registering_to_a_live_listing_families_can_find_and_keeping_it_current()
    {
        await using var site = new LocalOfferSite();
        await site.LoadPostcodesAsync();
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);

        // A nursery manager registers her organisation.
        var manager = site.Browser();
        var registered = await manager.PostFormAsync("/account/register", new()
        {
            ["OrganisationName"] = "Little Otters Nursery", ["FullName"] = "Pat Manager", ["Email"] = "pat@otters.example",
            ["Password"] = "otters swim every saturday", ["ConfirmPassword"] = "otters swim every saturday",
        });
        Assert.Equal("/provider", registered.Headers.Location?.OriginalString);
        var (_, dashboard) = await manager.GetPageAsync("/provider");
        Assert.Contains("checking your organisation", dashboard.Text("main"));
        var providerId = Guid.Parse(dashboard.QuerySelector("input[name=provider]")!.GetAttribute("value")!);

        // The officer approves the organisation.
        var approvedOrg = await officer.PostFormAsync("/officer/organisations?handler=Approve", [new("providerId", providerId.ToString())], formPage: "/officer/organisations");
        Assert.Equal(HttpStatusCode.Redirect, approvedOrg.StatusCode);
        (_, dashboard) = await manager.GetPageAsync("/provider");
        Assert.DoesNotContain("checking your organisation", dashboard.Text("main"));

        // First sitting: two sections, then she stops.
        var draft = await manager.StartListingAsync(providerId);
        var answers = TemplateForm.ValidAnswers("Little Otters sensory swim");
        await manager.SaveSectionAsync(draft, "about", answers["about"]);
        await manager.SaveSectionAsync(draft, "who", answers["who"], then: "later");

        // Second sitting, a new session days later: the rest, then submit.
        var later = site.Browser();
        await later.PostFormAsync("/account/sign-in", new() { ["Email"] = "pat@otters.example", ["Password"] = "otters swim every saturday" });
        foreach (var (key, fields) in answers.Where(a => a.Key is not ("about" or "who")))
            await later.SaveSectionAsync(draft, key, fields);
        var submitted = await later.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());
        Assert.Equal($"/provider/drafts/{draft}/submitted", submitted.Headers.Location?.OriginalString);
        var listingId = await ListingIdAsync(site, draft);

        // The officer sends it back with a reason; she sees it and is emailed it.
        var returned = await officer.PostFormAsync($"/officer/submissions/{draft}?handler=Return", [new("Reason", "Please say how long each session lasts.")], formPage: $"/officer/submissions/{draft}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        (_, dashboard) = await later.GetPageAsync("/provider");
        Assert.Contains("Returned", dashboard.Text(".govuk-summary-card .govuk-tag"));
        Assert.Contains("Please say how long each session lasts.", dashboard.Text(".govuk-summary-card"));
        Assert.Contains(await site.EmailsAsync(), e => e.Contains("To: pat@otters.example") && e.Contains("Please say how long each session lasts."));

        // She fixes it and resubmits; the officer approves it.
        var about = answers["about"].Where(f => f.Key != "Answers.Description").Append(new("Answers.Description", "Forty-five minute sessions in a warm pool.")).ToList();
        await later.SaveSectionAsync(draft, "about", about);
        await later.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());
        var approved = await officer.PostFormAsync($"/officer/submissions/{draft}?handler=Approve", [new("Categories", "leisure")], formPage: $"/officer/submissions/{draft}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        // Families find it at once, near the venue's postcode.
        var (_, results) = await site.CreateClient().GetPageAsync("/services?q=otters&postcode=BA2+3EP");
        Assert.Contains("Little Otters sensory swim", results.Text("main"));
        var (livePage, live) = await site.CreateClient().GetPageAsync("/services/little-otters-sensory-swim");
        Assert.Equal(HttpStatusCode.OK, livePage.StatusCode);
        Assert.Contains("Forty-five minute sessions", live.Text("main"));
        Assert.DoesNotContain("swim@example.org", live.Text("main")); // hidden from the public

        // She changes the name; the live page keeps the approved version until the officer approves.
        var update = await later.PostFormAsync("/provider?handler=Update", [new("listing", listingId.ToString())], formPage: "/provider");
        var change = Guid.Parse(update.Headers.Location!.OriginalString.Split('/')[3]);
        var renamed = about.Where(f => f.Key != "Answers.Name").Append(new("Answers.Name", "Otters calm swim")).ToList();
        await later.SaveSectionAsync(change, "about", renamed);
        await later.PostFormAsync($"/provider/drafts/{change}/check", new Dictionary<string, string>());
        (_, live) = await site.CreateClient().GetPageAsync("/services/little-otters-sensory-swim");
        Assert.Equal("Little Otters sensory swim", live.Text("h1"));
        (_, dashboard) = await later.GetPageAsync("/provider");
        Assert.Contains("Changes pending", dashboard.Text(".govuk-summary-card .govuk-tag"));
        var (_, review) = await officer.GetPageAsync($"/officer/submissions/{change}");
        Assert.Contains("Otters calm swim", review.Text("main"));
        await officer.PostFormAsync($"/officer/submissions/{change}?handler=Approve", [new("Categories", "leisure")], formPage: $"/officer/submissions/{change}");
        (_, live) = await site.CreateClient().GetPageAsync("/services/little-otters-sensory-swim");
        Assert.Equal("Otters calm swim", live.Text("h1"));
        (_, results) = await site.CreateClient().GetPageAsync("/services?q=calm+swim");
        Assert.Contains("Otters calm swim", results.Text("main"));

        // A year on, she confirms it is still accurate in one step from her dashboard.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
            var listing = await db.Listings.SingleAsync(l => l.Id == listingId);
            listing.LastChecked = listing.LastChecked.AddMonths(-12);
            listing.ReviewBy = listing.ReviewBy.AddMonths(-12).AddDays(10);
            await db.SaveChangesAsync();
        }
        var confirmed = await later.PostFormAsync("/provider?handler=Confirm", [new("listing", listingId.ToString())], formPage: "/provider");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        (_, live) = await site.CreateClient().GetPageAsync("/services/little-otters-sensory-swim");
        Assert.Contains($"Last checked by the provider on {today}", live.Text("main").Squash());

        // The officer can read the whole story.
        var (_, history) = await officer.GetPageAsync($"/officer/listings/{listingId}/history");
        var story = history.Text("main");
        foreach (var step in new[] { "Submitted for approval", "Returned to the provider", "Please say how long each session lasts.", "Approved and published", "Approved the changes", "Confirmed still accurate" })
            Assert.Contains(step, story);
    }

    private static async Task<Guid> ListingIdAsync(LocalOfferSite site, Guid submission)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Submissions.Where(s => s.Id == submission).Select(s => s.ListingId).SingleAsync();
    }
}
