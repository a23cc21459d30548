using System.Net;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class ModerationAuthorisationTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    private static string[] Pages(Guid comment, int theme) => ["/officer/comments", $"/officer/comments/{comment}", "/officer/themes", $"/officer/themes/{theme}"];

    /// <summary>Every moderation form, with the fields it needs.</summary>
    private static IEnumerable<(string Url, Dictionary<string, string> Fields)> Posts(Guid comment, Guid published, int theme) =>
    [
        ($"/officer/comments/{comment}?handler=Publish", new()),
        ($"/officer/comments/{comment}?handler=PublishEdited", new() { ["EditedText"] = "Sneaky edit" }),
        ($"/officer/comments/{comment}?handler=Withhold", new() { ["Reason"] = "Abusive" }),
        ($"/officer/comments/{comment}?handler=Themes", new() { ["Themes"] = theme.ToString() }),
        ($"/officer/comments/{published}?handler=Respond", new() { ["WeDid"] = "Sneaky response", ["Status"] = "Done" }),
        ("/officer/themes?handler=Add", new() { ["Name"] = "Sneaky theme" }),
        ("/officer/themes?handler=Retire", new() { ["id"] = theme.ToString() }),
        ($"/officer/themes/{theme}?handler=Rename", new() { ["Name"] = "Sneaky rename" }),
        ($"/officer/themes/{theme}?handler=Respond", new() { ["YouSaid"] = "Sneaky", ["WeDid"] = "Sneaky response", ["Status"] = "Done" }),
    ];

    private async Task<(Guid Comment, Guid Published, int Theme)> SceneAsync()
    {
        var comment = await site.AddCommentAsync("Guarded comment.");
        var published = await site.AddCommentAsync("Guarded published comment.");
        var theme = new CommentTheme { Name = "Guarded " + Guid.NewGuid().ToString("N")[..8] };
        await site.QueryAsync(async db =>
        {
            db.CommentThemes.Add(theme);
            await db.Comments.Where(c => c.Id == published.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.State, CommentState.Published).SetProperty(c => c.PublishedText, c => c.Text));
            return await db.SaveChangesAsync();
        });
        return (comment.Id, published.Id, theme.Id);
    }

    private async Task AssertNothingChangedAsync((Guid Comment, Guid Published, int Theme) scene)
    {
        var comment = await site.CommentAsync(scene.Comment);
        Assert.Equal(CommentState.New, comment.State);
        Assert.Empty(comment.Themes);
        Assert.Empty(await site.CommentEventsAsync(scene.Comment));
        Assert.False(await site.QueryAsync(db => db.CouncilResponses.AnyAsync(r => r.CommentId == scene.Published || r.ThemeId == scene.Theme)));
        var theme = await site.QueryAsync(db => db.CommentThemes.AsNoTracking().FirstAsync(t => t.Id == scene.Theme));
        Assert.True(theme.IsActive);
        Assert.StartsWith("Guarded", theme.Name);
        Assert.False(await site.QueryAsync(db => db.CommentThemes.AnyAsync(t => t.Name.StartsWith("Sneaky"))));
    }


    [Fact]
    public async Task Moderation_pages_are_refused_to_anonymous_visitors_and_providers()
    {
        var scene = await SceneAsync();
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var anonymous = site.Browser();
        foreach (var page in Pages(scene.Comment, scene.Theme))
        {
            await Refusals.AssertRefusedAsync(anonymous, await anonymous.GetAsync(page), signedIn: false, page);
            await Refusals.AssertRefusedAsync(provider, await provider.GetAsync(page), signedIn: true, page);
        }
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        foreach (var page in Pages(scene.Comment, scene.Theme))
            Assert.True((await officer.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/officer/comments/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/officer/themes/999999")).StatusCode);
    }

    [Fact]
    public async Task Moderation_forms_refuse_anonymous_visitors_and_providers_even_with_a_good_token()
    {
        var scene = await SceneAsync();
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var anonymous = site.Browser();
        foreach (var (url, fields) in Posts(scene.Comment, scene.Published, scene.Theme))
        {
            await Refusals.AssertRefusedAsync(anonymous, await anonymous.PostFormAsync(url, fields, formPage: "/account/sign-in"), signedIn: false, url);
            await Refusals.AssertRefusedAsync(provider, await provider.PostFormAsync(url, fields, formPage: "/account/sign-out"), signedIn: true, url);
        }
        await AssertNothingChangedAsync(scene);
    }

    [Fact]
    public async Task Moderation_forms_refuse_a_post_without_an_anti_forgery_token()
    {
        var scene = await SceneAsync();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        foreach (var (url, fields) in Posts(scene.Comment, scene.Published, scene.Theme))
        {
            var response = await officer.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
        }
        await AssertNothingChangedAsync(scene);

        var parser = new HtmlParser();
        foreach (var page in new[] { $"/officer/comments/{scene.Comment}", $"/officer/comments/{scene.Published}", "/officer/themes", $"/officer/themes/{scene.Theme}" })
        {
            var document = await parser.ParseDocumentAsync(await officer.GetStringAsync(page));
            var forms = document.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }

    [Fact]
    public async Task Moderation_never_logs_comment_text_or_email_addresses()
    {
        var replyTo = $"logged-{Guid.NewGuid():N}@example.net";
        var comment = await site.AddCommentAsync("Secret words ZqLogCheck about my son Oliver.", CommentTopic.Information, replyEmail: replyTo);
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        await officer.ModerateAsync(comment.Id, "PublishEdited", [ModerationTestData.Field("EditedText", "Secret words ZqLogCheck.")]);
        await officer.ModerateAsync(comment.Id, "Respond", [ModerationTestData.Field("WeDid", "Done ZqLogCheck."), ModerationTestData.Field("Status", "Done")]);
        await site.EmailsAsync();
        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains("ZqLogCheck") || l.Contains(replyTo));
    }
}
