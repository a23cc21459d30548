using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Submissions;
using Microsoft.EntityFrameworkCore;
using static LocalOffer.IntegrationTests.Security.Injection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// Script and HTML typed into every public form and every query parameter comes back escaped everywhere
/// it is shown: public pages, officer and provider screens, CSV downloads, the API and emails.
/// </summary>
public sealed class InjectionTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    private static readonly string[] CommonParameters = ["q", "page", "lang", "version", "returnUrl", "ReturnUrl", "useful", "saved", "handler", "token", "service"];

    [Fact]
    public async Task Every_query_parameter_of_every_page_comes_back_escaped()
    {
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var requests = 0;
        foreach (var page in await SitePage.AllAsync(site.Services))
        {
            var client = page.AllowedRoles is null ? site.BrowserFrom() : page.AllowedRoles.Contains(Role.Admin) ? admin : provider;
            var names = page.QueryNames.Concat(CommonParameters).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var url = page.Url();
            var all = url + "?" + string.Join("&", names.Select(n => n + "=" + Uri.EscapeDataString(Payload)));
            await AssertSafeAsync(await client.GetAsync(all), "GET " + all);
            foreach (var name in names)
            {
                var one = url + "?" + name + "=" + Uri.EscapeDataString(Payload);
                await AssertSafeAsync(await client.GetAsync(one), "GET " + one);
                requests++;
            }
        }
        Assert.True(requests > 300, $"Only {requests} addresses tried");

        // Where a page shows what was asked, it shows it as text.
        AssertShown((await site.BrowserFrom().GetPageAsync("/services?q=" + Uri.EscapeDataString(Payload))).Document, "the search box");
        AssertShown((await site.BrowserFrom().GetPageAsync("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(Payload))).Document, "sign-in's return address");
        AssertShown((await admin.GetPageAsync("/officer/listings?q=" + Uri.EscapeDataString(Payload))).Document, "the officers' listing search");
    }

    [Fact]
    public async Task Every_field_of_every_public_form_comes_back_escaped_when_the_form_is_sent()
    {
        var forms = await PublicForms.SendEveryFormAsync(site, Payload, async (response, where, client) =>
        {
            await AssertSafeAsync(response, where);
            if (response.Headers.Location is { } next) await AssertSafeAsync(await client.GetAsync(next), where + " then " + next);
        });
        Assert.True(forms >= 8, $"Only {forms} forms sent");
    }

    [Fact]
    public async Task A_script_typed_by_visitors_and_providers_is_only_text_on_every_screen_csv_api_and_email()
    {
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var providerAccount = await site.CreateAccountAsync(Role.Provider);
        var provider = await site.SignedInClientAsync(providerAccount);
        var word = OfficerTestData.UniqueWord();

        // Searches that find nothing (before any listing holds the payload's words) are recorded for officers.
        var unmet = OfficerTestData.UniqueWord();
        await site.BrowserFrom().GetAsync("/services?q=" + Uri.EscapeDataString(Payload + " " + unmet));
        await site.BrowserFrom().GetAsync("/services?q=" + Uri.EscapeDataString("=cmd|' /C calc'!A0 " + unmet) + "&age=" + Uri.EscapeDataString("=1+1"));

        // A provider fills every free-text field of the template form with the payload.
        var draft = await provider.StartListingAsync(providerAccount.ProviderId());
        var answers = TemplateForm.ValidAnswers(name: Payload);
        foreach (var (section, fields) in answers)
            for (var i = 0; i < fields.Count; i++)
                if (fields[i].Key is "Answers.Summary" or "Answers.Description" or "Answers.Eligibility" or "Answers.HowToAccess" or "Answers.Fees"
                    or "Answers.Venues[0].Name" or "Answers.Venues[0].Address" or "Answers.Venues[0].Town" or "Answers.ContactName" or "Answers.Languages" or "Answers.Answers[0].Answer")
                    fields[i] = new(fields[i].Key, Payload);
        answers["about"].RemoveAll(f => f.Key == "Answers.Keywords");
        answers["about"].Add(new("Answers.Keywords", word));
        answers["where"].Add(new("Answers.OpeningNotes", Payload));
        answers["accessibility"].Add(new("Answers.Notes", Payload));

        // A link that would run script is refused, and the form comes back with it as text.
        var badLink = answers["contact"].Where(f => f.Key != "Answers.Website").Append(new("Answers.Website", "javascript:alert(3)//" + Payload)).ToList();
        var refused = await AssertSafeAsync(await provider.SaveSectionAsync(draft, "contact", badLink), "contact section with a javascript: link");
        Assert.Contains("Enter a website address that starts with https://", refused!.Text(".govuk-error-summary"));

        foreach (var section in TemplateSections.All)
            Assert.Equal(HttpStatusCode.Redirect, (await provider.SaveSectionAsync(draft, section.Key, answers[section.Key])).StatusCode);
        AssertShown((await AssertSafeAsync(await provider.GetAsync($"/provider/drafts/{draft}/check"), "check your answers"))!, "check your answers");
        Assert.Equal(HttpStatusCode.Redirect, (await provider.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>())).StatusCode);

        // Officers see it as text in the queue and on the review page, then approve it.
        AssertShown((await AssertSafeAsync(await officer.GetAsync("/officer/queue"), "the approval queue"))!, "the approval queue");
        AssertShown((await AssertSafeAsync(await officer.GetAsync($"/officer/submissions/{draft}"), "the review page"))!, "the review page");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.ApproveAsync(draft, "therapies")).StatusCode);
        var listing = await site.ListingAsync((await site.SubmissionAsync(draft)).ListingId);

        // Families see it as text on the service page (its JSON-LD whole) and in results.
        AssertShown((await AssertSafeAsync(await site.BrowserFrom().GetAsync($"/services/{listing.Slug}"), "the service page"))!, "the service page");
        AssertShown((await AssertSafeAsync(await site.BrowserFrom().GetAsync($"/services?q={word}"), "search results"))!, "search results");

        // The API gives it back exactly as typed, as JSON that browsers will not read as a page.
        var api = await site.BrowserFrom().GetAsync($"/api/openreferral/v3/services/{listing.Id}");
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", api.Headers.GetValues("X-Content-Type-Options")));
        using (var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
            Assert.Equal(Payload, json.RootElement.GetProperty("name").GetString());

        // Visitors: the general form, a problem report on the new service, and a formula for a spreadsheet.
        var formula = "=HYPERLINK(\"http://evil.example\",\"Click\")" + word;
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/feedback", Comment(Payload + " general " + word, topic: "Missing"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/feedback", Comment(formula, topic: "Missing"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync($"/services/{listing.Slug}/report-a-problem",
            Comment(Payload + " report " + word, email: "reader@example.org"))).StatusCode);
        var withErrors = await AssertSafeAsync(await site.BrowserFrom().PostFormAsync("/feedback", Comment(Payload, topic: Payload, email: Payload)), "the feedback form with errors");
        AssertShown(withErrors!, "the feedback form with errors");

        // A visitor registers an organisation whose name, and their own, is the payload.
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/account/register", new()
        {
            ["OrganisationName"] = Payload, ["FullName"] = Payload, ["Email"] = $"reg-{Guid.NewGuid():N}@example.org",
            ["Password"] = TestAccounts.Password, ["ConfirmPassword"] = TestAccounts.Password,
        })).StatusCode);
        AssertShown((await AssertSafeAsync(await officer.GetAsync("/officer/organisations"), "organisations"))!, "organisations");

        // Officers read and publish the comments, tag them with a theme named the payload, and publish the year.
        AssertShown((await AssertSafeAsync(await officer.GetAsync("/officer/comments"), "the moderation queue"))!, "the moderation queue");
        var comments = await site.QueryAsync(db => db.Comments.AsNoTracking().Where(c => c.Text.Contains(word)).ToListAsync());
        Assert.Equal(3, comments.Count);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/officer/themes?handler=Add", new() { ["Name"] = Payload }, formPage: "/officer/themes")).StatusCode);
        var theme = await site.QueryAsync(db => db.CommentThemes.Where(t => t.Name == Payload).Select(t => t.Id).SingleAsync());
        foreach (var comment in comments)
        {
            AssertShown((await AssertSafeAsync(await officer.GetAsync($"/officer/comments/{comment.Id}"), "a comment's page"))!, "a comment's page", comment.Text);
            Assert.Equal(HttpStatusCode.Redirect, (await officer.ModerateAsync(comment.Id, "Publish", [])).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await officer.ModerateAsync(comment.Id, "Themes", [new("Themes", theme.ToString())])).StatusCode);
        }
        var year = ReportingYear.For(DateTimeOffset.UtcNow, 9).StartYear;
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/officer/you-said-we-did/{year}?handler=Publish", new() { ["HowCommentsWereSought"] = Payload }, formPage: $"/officer/you-said-we-did/{year}")).StatusCode);

        AssertShown((await AssertSafeAsync(await site.BrowserFrom().GetAsync("/comments"), "published comments"))!, "published comments");
        AssertShown((await AssertSafeAsync(await site.BrowserFrom().GetAsync($"/you-said-we-did/{year}"), "You said, we did"))!, "You said, we did");

        // CSV: the words are there as text, and nothing starts like a formula.
        var yearCsv = await (await site.BrowserFrom().GetAsync($"/you-said-we-did/{year}?handler=csv")).Content.ReadAsStringAsync();
        Assert.Contains(CsvCells(yearCsv).SelectMany(r => r), cell => cell.Contains(Payload));
        Assert.Contains(CsvCells(yearCsv).SelectMany(r => r), cell => cell == "'" + formula);
        AssertNoFormulas(yearCsv, "the You said, we did CSV");
        var unmetCsv = await (await officer.GetAsync("/officer/unmet-searches?handler=csv")).Content.ReadAsStringAsync();
        Assert.Contains(unmet.ToLowerInvariant(), unmetCsv);
        AssertNoFormulas(unmetCsv, "the unmet searches CSV");

        // Every page of the site, with the ids of what was made above, shows it only as text.
        var values = new Dictionary<string, string>();
        foreach (var page in await SitePage.AllAsync(site.Services))
        {
            var ids = page.Template switch
            {
                var t when t.StartsWith("officer/submissions", StringComparison.Ordinal) || t.StartsWith("provider/drafts", StringComparison.Ordinal) => draft.ToString(),
                var t when t.StartsWith("officer/comments/", StringComparison.Ordinal) => comments[0].Id.ToString(),
                var t when t.StartsWith("officer/themes/", StringComparison.Ordinal) => theme.ToString(),
                _ => listing.Id.ToString(),
            };
            var route = new Dictionary<string, string> { ["id"] = ids, ["slug"] = page.Template.StartsWith("services", StringComparison.Ordinal) ? listing.Slug : "health", ["startYear"] = year.ToString() };
            var client = page.AllowedRoles is null ? site.BrowserFrom() : page.AllowedRoles.Contains(Role.Admin) ? officer : provider;
            await AssertSafeAsync(await client.GetAsync(page.Url(route)), "GET " + page.Url(route));
        }
        AssertShown((await AssertSafeAsync(await provider.GetAsync("/provider"), "the provider's dashboard"))!, "the provider's dashboard");

        // Emails are plain text only: nothing in them is ever rendered as HTML.
        var emails = await site.EmailsAsync();
        Assert.NotEmpty(emails);
        foreach (var email in emails)
        {
            Assert.Contains("Content-Type: text/plain", email, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("text/html", email, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Dictionary<string, string> Comment(string text, string? topic = null, string email = "") => new(FeedbackFields(text, email))
    {
        ["Form.Topic"] = topic ?? "",
    };

    private static Dictionary<string, string> FeedbackFields(string text, string email) => new()
    {
        ["Form.GivenBy"] = "ParentOrCarer", ["Form.Text"] = text, ["Form.ReplyEmail"] = email,
        ["Form.AgreeToReply"] = email.Length > 0 ? "true" : "false", ["Form.Website"] = "",
    };
}
