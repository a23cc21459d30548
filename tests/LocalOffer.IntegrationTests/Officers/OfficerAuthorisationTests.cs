using System.Net;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class OfficerAuthorisationTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    private static readonly Guid SomeId = Guid.Parse("0b0b0b0b-0000-4000-8000-000000000001");

    public static readonly string[] Pages =
    [
        "/officer", "/officer/queue", "/officer/queue?kind=new", $"/officer/submissions/{SomeId}", "/officer/organisations",
        $"/officer/listings/{SomeId}/history", "/officer/listings", "/officer/listings/new", $"/officer/listings/{SomeId}/edit",
        "/officer/questions", "/officer/questions/new", "/officer/questions/1", "/officer/unmet-searches", "/officer/unmet-searches?handler=csv",
    ];

    /// <summary>Every form an officer can post, with the fields it needs.</summary>
    private static IEnumerable<(string Url, Dictionary<string, string> Fields)> Posts(Guid submission, int question, Guid organisation, Guid listing) =>
    [
        ($"/officer/submissions/{submission}?handler=Approve", new() { ["Categories"] = "therapies" }),
        ($"/officer/submissions/{submission}?handler=Return", new() { ["Reason"] = "Because" }),
        ($"/officer/submissions/{submission}?handler=ApproveOrganisation", new()),
        ("/officer/organisations?handler=Approve", new() { ["providerId"] = organisation.ToString() }),
        ("/officer/listings/new", new() { ["Organisation"] = "new", ["NewName"] = "Sneaky organisation" }),
        ($"/officer/listings/{listing}/edit", new()),
        ("/officer/questions?handler=Up", new() { ["id"] = question.ToString() }),
        ("/officer/questions?handler=Down", new() { ["id"] = question.ToString() }),
        ("/officer/questions?handler=Retire", new() { ["id"] = question.ToString() }),
        ("/officer/questions?handler=Restore", new() { ["id"] = question.ToString() }),
        ("/officer/questions/new", new() { ["Text"] = "A sneaky question?" }),
        ($"/officer/questions/{question}", new() { ["Text"] = "A sneaky rewording?" }),
    ];


    private async Task<(Submission Submission, int Question, Guid Organisation, Listing Listing)> SceneAsync()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var pending = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        var officer = await site.CreateAccountAsync(Role.Officer);
        var listing = await site.PublishAsync(provider, officer, OfficerTestData.CompleteForm("Guarded listing"));
        var submission = await site.SubmitNewAsync(pending, OfficerTestData.CompleteForm("Guarded submission"));
        var question = await site.QueryAsync(db => db.LocalOfferQuestions.OrderBy(q => q.SortOrder).Skip(1).Select(q => q.Id).FirstAsync());
        return (submission, question, pending.ProviderId(), listing);
    }

    private async Task AssertNothingChangedAsync((Submission Submission, int Question, Guid Organisation, Listing Listing) scene)
    {
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(scene.Submission.Id)).State);
        Assert.Equal(OrganisationStatus.Pending, (await site.QueryAsync(db => db.Providers.FirstAsync(p => p.Id == scene.Organisation))).Status);
        var question = await site.QueryAsync(db => db.LocalOfferQuestions.FirstAsync(q => q.Id == scene.Question));
        Assert.True(question.IsActive);
        Assert.DoesNotContain("sneaky", question.Text);
        Assert.False(await site.QueryAsync(db => db.LocalOfferQuestions.AnyAsync(q => q.Text.Contains("sneaky"))));
        Assert.False(await site.QueryAsync(db => db.Providers.AnyAsync(p => p.Name == "Sneaky organisation")));
        Assert.False(await site.QueryAsync(db => db.Submissions.AnyAsync(s => s.ListingId == scene.Listing.Id && s.Kind == SubmissionKind.Change)));
    }

    [Fact]
    public async Task Anonymous_visitors_and_providers_are_refused_every_officer_page()
    {
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var anonymous = site.Browser();
        foreach (var page in Pages)
        {
            await Refusals.AssertRefusedAsync(anonymous, await anonymous.GetAsync(page), signedIn: false, page);
            await Refusals.AssertRefusedAsync(provider, await provider.GetAsync(page), signedIn: true, page);
        }
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        foreach (var page in Pages.Where(p => !p.Contains(SomeId.ToString()) && !p.EndsWith("/1")))
            Assert.True((await officer.GetAsync(page)).StatusCode == HttpStatusCode.OK, page);
    }

    [Fact]
    public async Task Anonymous_visitors_and_providers_cannot_post_any_officer_form_even_with_a_good_token()
    {
        var scene = await SceneAsync();
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var anonymous = site.Browser();
        foreach (var (url, fields) in Posts(scene.Submission.Id, scene.Question, scene.Organisation, scene.Listing.Id))
        {
            // Tokens from pages each may see, so anti-forgery is not what stops them.
            await Refusals.AssertRefusedAsync(anonymous, await anonymous.PostFormAsync(url, fields, formPage: "/account/sign-in"), signedIn: false, url);
            await Refusals.AssertRefusedAsync(provider, await provider.PostFormAsync(url, fields, formPage: "/account/sign-out"), signedIn: true, url);
        }
        await AssertNothingChangedAsync(scene);
    }

    [Fact]
    public async Task Every_officer_form_refuses_a_post_without_an_anti_forgery_token()
    {
        var scene = await SceneAsync();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        foreach (var (url, fields) in Posts(scene.Submission.Id, scene.Question, scene.Organisation, scene.Listing.Id))
        {
            var response = await officer.PostAsync(url, new FormUrlEncodedContent(fields));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {response.StatusCode}");
        }
        await AssertNothingChangedAsync(scene);

        // And every form on the officer pages carries a token.
        var parser = new HtmlParser();
        foreach (var page in new[] { $"/officer/submissions/{scene.Submission.Id}", "/officer/organisations", "/officer/listings/new", $"/officer/listings/{scene.Listing.Id}/edit", "/officer/questions", "/officer/questions/new", $"/officer/questions/{scene.Question}" })
        {
            var document = await parser.ParseDocumentAsync(await officer.GetStringAsync(page));
            var forms = document.QuerySelectorAll("form[method=post]");
            Assert.NotEmpty(forms);
            Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }
}
