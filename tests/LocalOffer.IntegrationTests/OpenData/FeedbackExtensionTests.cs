using System.Net;
using LocalOffer.IntegrationTests.Publishing;
using LocalOffer.Web.Features.OpenData;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>The API's local extension for comments on the Local Offer and "You said, we did", on the fixture year's comments.</summary>
public sealed class FeedbackExtensionTests
{
    [Fact]
    public async Task Published_comments_come_with_the_councils_responses_and_nothing_private()
    {
        await using var site = await FixtureYear.SiteAsync();
        var api = new OpenReferralClient(site.CreateClient());

        var all = await api.AllAsync("/x_local_offer/comments");
        var text = string.Join('\n', all.Select(c => c.ToJsonString()));
        Assert.Equal(5, all.Count);
        Assert.Contains(FixtureYear.EditedPublishedText, text);
        Assert.Contains(FixtureYear.TransportWeDid, text);
        Assert.Contains(FixtureYear.SearchWeDid, text);
        foreach (var secret in new[] { "07700 900123", FixtureYear.Email, FixtureYear.AbusiveText, FixtureYear.DuplicateText, FixtureYear.WaitingText })
            Assert.DoesNotContain(secret, text);

        var inYear = await api.AllAsync("/x_local_offer/comments", $"&year={FixtureYear.StartYear}");
        Assert.Equal(4, inYear.Count);
        var missing = await api.AllAsync("/x_local_offer/comments", "&topic=missing");
        Assert.Equal("There is nothing about short breaks in the holidays.", Assert.Single(missing)["text"]!.GetValue<string>());

        // Paging as the rest of the API pages.
        var last = await api.GetAsync("/x_local_offer/comments?per_page=2&page=3");
        Assert.Equal((5, 3, 1, true), (last["total_items"]!.GetValue<int>(), last["total_pages"]!.GetValue<int>(), last["size"]!.GetValue<int>(), last["last_page"]!.GetValue<bool>()));
        var beyond = await api.GetAsync("/x_local_offer/comments?per_page=2&page=4");
        Assert.True(beyond["empty"]!.GetValue<bool>());

        var bad = await site.CreateClient().GetAsync($"{OpenReferralApi.BasePath}/x_local_offer/comments?topic=gossip");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("ease-of-use", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_you_said_we_did_year_appears_once_published_exactly_as_published()
    {
        await using var site = await FixtureYear.SiteAsync();
        var api = new OpenReferralClient(site.CreateClient());
        Assert.Equal(0, (await api.GetAsync("/x_local_offer/you_said_we_did"))["total_items"]!.GetValue<int>());
        var unpublished = await site.CreateClient().GetAsync($"{OpenReferralApi.BasePath}/x_local_offer/you_said_we_did/{FixtureYear.StartYear}");
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);

        await FixtureYear.PublishAsync(site, FixtureYear.StartYear, "We asked at parent carer forum meetings.");

        var years = await api.GetAsync("/x_local_offer/you_said_we_did");
        var year = Assert.Single(years["contents"]!.AsArray())!;
        Assert.Equal(FixtureYear.StartYear, year["start_year"]!.GetValue<int>());
        Assert.EndsWith($"/you-said-we-did/{FixtureYear.StartYear}", year["page_url"]!.GetValue<string>());
        var report = await api.GetAsync($"/x_local_offer/you_said_we_did/{FixtureYear.StartYear}");
        Assert.Equal("We asked at parent carer forum meetings.", report["how_comments_were_sought"]!.GetValue<string>());
        Assert.Equal(4, report["figures"]!["published"]!.GetValue<int>());
        Assert.Equal(2, report["figures"]!["withheld"]!.GetValue<int>());
        Assert.Contains(FixtureYear.TransportYouSaid, report.ToJsonString());
        Assert.DoesNotContain(FixtureYear.AbusiveText, report.ToJsonString());
    }
}
