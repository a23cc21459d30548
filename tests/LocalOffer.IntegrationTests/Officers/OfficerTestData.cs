using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Officers;

/// <summary>A site shared by one class of officer tests; each test makes its own accounts and listings.</summary>
public sealed class OfficerSite : LocalOfferSite, IAsyncLifetime
{
    public Task InitializeAsync() { _ = Server; return Task.CompletedTask; }
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>Submissions made the way the provider pages make them, through the workflow, so the officer pages have something to decide.</summary>
public static class OfficerTestData
{
    /// <summary>A template form with every required answer, valid as it stands.</summary>
    public static ListingForm CompleteForm(string name, params string[] categories) => new()
    {
        About = new() { Name = name, Summary = $"A small group called {name}.", Description = "Games and stories in a calm room.\n\nA therapist leads every session." },
        Who = new() { MinimumAge = 4, MaximumAge = 11, Needs = ["speech-language"], Level = ServiceLevel.Targeted, EhcPlan = EhcPlanRequirement.NotNeeded, Eligibility = "Children who live in the area." },
        Access = new() { Routes = [AccessRoute.SelfReferral], HowToAccess = "Ring the centre to book a first visit." },
        Cost = new() { IsFree = true },
        Where = new()
        {
            Delivery = [DeliveryMode.InPerson],
            Venues = [new VenueForm { Name = "Community hall", Address = "1 High Street", Town = "Bath", Postcode = "BA2 3EP", Latitude = 51.377, Longitude = -2.375 }],
            Opening = [new OpeningForm { Day = DayOfWeek.Monday, Opens = "09:30", Closes = "11:00" }],
        },
        Contact = new() { ContactName = "Alex Example", Phone = "01632 960 001", Email = "alex@example.org" },
        LocalOffer = new() { Answers = [new() { Key = "how-helps", Answer = "Every activity is planned with the therapist." }] },
        Categories = new() { Suggested = categories.Length > 0 ? [.. categories] : ["therapies"] },
    };

    public static Guid ProviderId(this Account provider) => provider.Providers.Single().Id;

    /// <summary>Starts a new listing for the provider's organisation and submits it.</summary>
    public static async Task<Submission> SubmitNewAsync(this LocalOfferSite site, Account provider, ListingForm form, bool complete = true)
    {
        if (complete) Assert.Empty(SubmissionWorkflow.Problems(form));
        await using var scope = site.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>();
        var submission = await workflow.StartNewAsync(provider.ProviderId(), provider, CancellationToken.None);
        submission.Form = form;
        submission.CompletedSections = TemplateSections.All.Select(s => s.Key).ToList();
        await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().SaveChangesAsync();
        await workflow.SubmitAsync(submission, provider, CancellationToken.None);
        return submission;
    }

    /// <summary>Starts a change to a live listing, lets the test edit the form, and submits it.</summary>
    public static async Task<Submission> SubmitChangeAsync(this LocalOfferSite site, Account provider, Guid listingId, Action<ListingForm> edit)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>();
        var listing = await workflow.LoadListingAsync(listingId, CancellationToken.None) ?? throw new InvalidOperationException("No such listing");
        var submission = await workflow.StartChangeAsync(listing, provider, CancellationToken.None);
        edit(submission.Form);
        await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().SaveChangesAsync();
        await workflow.SubmitAsync(submission, provider, CancellationToken.None);
        return submission;
    }

    public static async Task<Submission> RequestWithdrawalAsync(this LocalOfferSite site, Account provider, Guid listingId, string reason)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var workflow = scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>();
        var listing = await workflow.LoadListingAsync(listingId, CancellationToken.None) ?? throw new InvalidOperationException("No such listing");
        return await workflow.RequestWithdrawalAsync(listing, provider, reason, CancellationToken.None);
    }

    /// <summary>Submits and approves a new listing straight through the workflow (setting the scene, not the thing under test).</summary>
    public static async Task<Listing> PublishAsync(this LocalOfferSite site, Account provider, Account officer, ListingForm form)
    {
        var submission = await site.SubmitNewAsync(provider, form);
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var tracked = await db.Submissions.FirstAsync(s => s.Id == submission.Id);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<SubmissionWorkflow>().ApproveAsync(tracked, officer, null, CancellationToken.None));
        return await db.Listings.AsNoTracking().FirstAsync(l => l.Id == submission.ListingId);
    }

    public static async Task<T> QueryAsync<T>(this LocalOfferSite site, Func<LocalOfferDb, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LocalOfferDb>());
    }

    public static Task<Submission> SubmissionAsync(this LocalOfferSite site, Guid id) =>
        site.QueryAsync(db => db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id));

    public static Task<Listing> ListingAsync(this LocalOfferSite site, Guid id) =>
        site.QueryAsync(db => db.Listings.AsNoTracking().Include(l => l.Categories).FirstAsync(l => l.Id == id));

    /// <summary>The officer's decision, posted from the review page with its token.</summary>
    public static Task<HttpResponseMessage> DecideAsync(this HttpClient officer, Guid submissionId, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        officer.PostFormAsync($"/officer/submissions/{submissionId}?handler={handler}", fields, formPage: $"/officer/submissions/{submissionId}");

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient officer, Guid submissionId, params string[] categories) =>
        officer.DecideAsync(submissionId, "Approve", categories.Select(c => new KeyValuePair<string, string>("Categories", c)));

    public static async Task<IDocument> PageAsync(this HttpClient client, string url)
    {
        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page;
    }

    public static async Task<IDocument> FollowAsync(this HttpClient client, HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        return await client.PageAsync(redirect.Headers.Location!.OriginalString);
    }

    /// <summary>Slugs of the services a search finds.</summary>
    public static async Task<List<string>> SearchAsync(this HttpClient client, string words)
    {
        var page = await client.PageAsync("/services?q=" + Uri.EscapeDataString(words));
        return page.QuerySelectorAll(".lo-result h3 a").Select(a => a.GetAttribute("href")!.Replace("/services/", "")).ToList();
    }

    /// <summary>A word no other listing has, so a search for it finds only this test's listing.</summary>
    public static string UniqueWord() => "Zq" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).ToArray()).ToLowerInvariant();
}
