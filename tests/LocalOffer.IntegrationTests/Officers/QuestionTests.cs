using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class QuestionTests
{
    private static List<string> Asked(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("#active .govuk-summary-card__title").Select(t => t.TextContent.Squash()).ToList();

    private static int IdOf(AngleSharp.Dom.IDocument page, string text) =>
        int.Parse(page.QuerySelectorAll("#active > li, #retired > li").Single(li => li.QuerySelector("h3")!.TextContent.Contains(text)).Id!.Replace("question-", ""));

    [Fact]
    public async Task Officers_add_reword_reorder_retire_and_restore_questions_and_providers_are_asked_the_current_list()
    {
        await using var site = new OfficerSite();
        await site.InitializeAsync();
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);

        var page = await officer.PageAsync("/officer/questions");
        Assert.Equal(5, Asked(page).Count);
        Assert.Equal("1. How does the service help children and young people with SEND?", Asked(page)[0]);

        // Validation
        var empty = await officer.PostFormAsync("/officer/questions/new", new() { ["Text"] = " ", ["Hint"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyPage = await empty.DocumentAsync();
        Assert.Contains("Enter the question", emptyPage.Text(".govuk-error-summary"));
        Assert.Equal("#Text", emptyPage.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        var duplicate = await (await officer.PostFormAsync("/officer/questions/new", new() { ["Text"] = "what training do staff have?" })).DocumentAsync();
        Assert.Contains("There is already a question with these words", duplicate.Text(".govuk-error-summary"));
        var tooLong = await (await officer.PostFormAsync("/officer/questions/new", new() { ["Text"] = new string('a', 301) })).DocumentAsync();
        Assert.Contains("300 characters or fewer", tooLong.Text(".govuk-error-summary"));

        // Add
        page = await officer.FollowAsync(await officer.PostFormAsync("/officer/questions/new", new() { ["Text"] = "What happens in the school holidays?", ["Hint"] = "Holiday clubs, closures." }));
        Assert.Contains("Providers are now asked: What happens in the school holidays?", page.Text(".govuk-notification-banner"));
        Assert.Equal("6. What happens in the school holidays?", Asked(page)[5]);
        var added = await site.QueryAsync(db => db.LocalOfferQuestions.FirstAsync(q => q.Text == "What happens in the school holidays?"));
        Assert.Equal("what-happens-in-the-school-holidays", added.Key);
        Assert.Equal("Holiday clubs, closures.", added.Hint);

        // Reorder
        page = await officer.FollowAsync(await officer.PostFormAsync("/officer/questions?handler=Up", new() { ["id"] = added.Id.ToString() }, formPage: "/officer/questions"));
        Assert.Equal("5. What happens in the school holidays?", Asked(page)[4]);
        Assert.Equal("6. How do you help with moving on to the next stage?", Asked(page)[5]);
        var trainingId = IdOf(page, "What training do staff have?");
        page = await officer.FollowAsync(await officer.PostFormAsync("/officer/questions?handler=Down", new() { ["id"] = trainingId.ToString() }, formPage: "/officer/questions"));
        Assert.Equal("3. What training do staff have?", Asked(page)[2]);
        Assert.Equal(["how-helps", "parents-involved", "staff-training", "progress-shared", "what-happens-in-the-school-holidays", "moving-on"], await StartedKeysAsync(site, officerAccount));

        // Reword
        page = await officer.FollowAsync(await officer.PostFormAsync($"/officer/questions/{added.Id}", new() { ["Text"] = "What happens in the holidays?", ["Hint"] = "" }));
        Assert.Contains("5. What happens in the holidays?", Asked(page));
        Assert.Null((await site.QueryAsync(db => db.LocalOfferQuestions.FirstAsync(q => q.Id == added.Id))).Hint);

        // A published answer reads back under the question's current words, not its key.
        var provider = await site.CreateAccountAsync(Role.Provider);
        var form = OfficerTestData.CompleteForm("Holiday question club");
        form.LocalOffer.Answers.Add(new LocalOfferAnswerForm { Key = added.Key, Answer = "We run a summer scheme." });
        var listing = await site.PublishAsync(provider, officerAccount, form);
        var servicePage = await site.CreateClient().PageAsync($"/services/{listing.Slug}");
        Assert.Contains("What happens in the holidays?", servicePage.QuerySelectorAll("h3").Select(h => h.TextContent));

        // Retire, then ask again
        page = await officer.FollowAsync(await officer.PostFormAsync("/officer/questions?handler=Retire", new() { ["id"] = added.Id.ToString() }, formPage: "/officer/questions"));
        Assert.DoesNotContain(Asked(page), q => q.Contains("holidays"));
        Assert.Contains("What happens in the holidays?", page.Text("#retired"));
        Assert.DoesNotContain(added.Key, await StartedKeysAsync(site, officerAccount));

        page = await officer.FollowAsync(await officer.PostFormAsync("/officer/questions?handler=Restore", new() { ["id"] = added.Id.ToString() }, formPage: "/officer/questions"));
        Assert.Equal("6. What happens in the holidays?", Asked(page)[5]);
        Assert.Null(page.QuerySelector("#retired"));
    }

    /// <summary>The questions a new draft is given, in order.</summary>
    private static async Task<List<string>> StartedKeysAsync(LocalOfferSite site, Account officer)
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        await using var scope = site.Services.CreateAsyncScope();
        var draft = await scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>().StartNewAsync(provider.ProviderId(), officer, CancellationToken.None);
        return draft.Form.LocalOffer.Answers.Select(a => a.Key).ToList();
    }
}
