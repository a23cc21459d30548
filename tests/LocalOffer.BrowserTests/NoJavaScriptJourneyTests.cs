using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>With scripts off on a small phone, a search with words, a postcode and filters, and the feedback form, work end to end.</summary>
[Collection(SiteChecksCollection.Name)]
public sealed class NoJavaScriptJourneyTests(SiteChecksFixture fixture)
{
    private readonly BrowserSite _site = fixture.Site;

    [Fact]
    public async Task Search_with_words_a_postcode_and_filters_then_open_a_service_with_javascript_off()
    {
        var page = await _site.NewPageAsync(javaScript: false, width: 320, height: 640);
        await page.GotoAsync("/services");
        await page.GetByLabel("What are you looking for?").FillAsync("speech");
        await page.GetByLabel("Near a postcode").FillAsync("BS31 1EH");
        await page.Locator("#age-0-2").CheckAsync();
        await page.Locator("#free-true").CheckAsync();
        await page.Locator("#delivery-in-person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        foreach (var part in new[] { "q=speech", "postcode=BS31+1EH", "age=0-2", "free=true", "delivery=in-person" })
            Assert.Contains(part, page.Url);
        Assert.Contains("within 5 miles of BS31 1EH", await page.Locator("[role=status]").InnerTextAsync());
        var first = page.Locator(".lo-result").First;
        Assert.Equal("Chatterbox speech group", (await first.Locator("h3").InnerTextAsync()).Trim());
        Assert.Contains("Distance:", await first.InnerTextAsync());
        Assert.Equal("BS31 1EH", await page.GetByLabel("Near a postcode").InputValueAsync());
        foreach (var kept in new[] { "#age-0-2", "#free-true", "#delivery-in-person" })
            Assert.True(await page.Locator(kept).IsCheckedAsync(), $"{kept} is no longer chosen");
        await page.AssertNoHorizontalScrollingAsync("filtered results");

        await first.Locator("h3 a").ClickAsync();
        Assert.Equal("Chatterbox speech group", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Give_feedback_with_javascript_off_correcting_the_errors_first()
    {
        var text = $"The search works without scripts on my old phone {Guid.NewGuid():N}";
        var page = await _site.NewPageAsync(javaScript: false, width: 320, height: 640);
        await page.GotoAsync("/feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your comment" }).ClickAsync();
        Assert.StartsWith("Error: ", await page.TitleAsync());
        Assert.Contains("Enter your comment", await page.Locator(".govuk-error-summary").InnerTextAsync());
        await page.AssertNoHorizontalScrollingAsync("feedback form with errors");

        await page.Locator("input[name='Form.Topic'][value=EaseOfUse]").CheckAsync();
        await page.Locator("input[name='Form.GivenBy'][value=Professional]").CheckAsync();
        await page.Locator("#Form_Text").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send your comment" }).ClickAsync();
        Assert.EndsWith("/feedback/sent", page.Url);
        Assert.Equal("Comment sent", (await page.Locator(".govuk-panel__title").InnerTextAsync()).Trim());
        await page.Context.CloseAsync();

        var comment = await _site.QueryAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.Text == text));
        Assert.Equal((CommentTopic.EaseOfUse, CommentGiver.Professional), (comment.Topic, comment.GivenBy));
    }
}
