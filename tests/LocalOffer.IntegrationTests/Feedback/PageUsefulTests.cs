using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Feedback;

/// <summary>"Was this page useful?": counts per page per year, for real pages only, and never who.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class PageUsefulTests(FeedbackSite site)
{
    private async Task<List<PageUsefulness>> CountsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().PageUsefulness.AsNoTracking().ToListAsync();
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string page, string answer, string? path = null) =>
        client.PostFormAsync("/page-useful", new Dictionary<string, string> { ["path"] = path ?? page, ["answer"] = answer }, formPage: page);

    [Theory]
    [InlineData("/information/ehc-plans")]
    [InlineData("/services/chatterbox-speech-group")]
    public async Task Yes_and_no_are_counted_for_the_page_and_the_page_says_thank_you(string page)
    {
        var client = site.BrowserFrom();
        var (_, before) = await client.GetPageAsync(page);
        Assert.Equal("Was this page useful?", before.Text("#page-useful-question"));

        var response = await AnswerAsync(client, page, "yes", page + "?from=search");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page + "?useful=thanks#page-useful", response.Headers.Location!.OriginalString);
        await AnswerAsync(client, page, "yes");
        await AnswerAsync(client, page, "no");

        var row = Assert.Single(await CountsAsync(), r => r.Path == page);
        Assert.Equal((2, 1), (row.Yes, row.No));
        Assert.Equal(ReportingYear.For(DateTimeOffset.UtcNow, 9).StartYear, row.StartYear);

        var (_, after) = await client.GetPageAsync(page + "?useful=thanks");
        Assert.Contains("Thank you for your feedback", after.Text("#page-useful"));
        Assert.NotNull(after.QuerySelector("#page-useful a[href='/feedback']"));
        Assert.Null(after.QuerySelector("#page-useful form"));
        var (_, someoneElse) = await site.BrowserFrom().GetPageAsync(page);
        Assert.NotNull(someoneElse.QuerySelector("#page-useful form"));
    }

    [Theory]
    [InlineData("/information/no-such-page")]
    [InlineData("/services/no-such-service")]
    [InlineData("/services/chatterbox-speech-group/report-a-problem")]
    [InlineData("/feedback")]
    [InlineData("https://spam.example/")]
    [InlineData("")]
    public async Task Unknown_paths_are_refused_and_not_counted(string path)
    {
        var response = await AnswerAsync(site.BrowserFrom(), "/information/ehc-plans", "yes", path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await CountsAsync(), r => r.Path != "/information/ehc-plans" && r.Path != "/services/chatterbox-speech-group");
    }

    [Fact]
    public async Task Only_the_page_and_the_counts_are_stored()
    {
        var columns = typeof(PageUsefulness).GetProperties().Select(p => p.Name).Order();
        Assert.Equal(["No", "Path", "StartYear", "Yes"], columns);
        var response = await AnswerAsync(site.BrowserFrom(), "/information", "maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
