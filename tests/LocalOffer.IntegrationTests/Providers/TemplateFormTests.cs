using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Providers;

public sealed class TemplateFormTests
{
    [Fact]
    public async Task A_draft_is_kept_between_sittings_and_the_task_list_shows_what_is_done()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var monday = await site.SignedInClientAsync(provider);
        var draft = await monday.StartListingAsync(providerId);
        var answers = TemplateForm.ValidAnswers();
        var saved = await monday.SaveSectionAsync(draft, "about", answers["about"], then: "later");
        Assert.Equal($"/provider/drafts/{draft}", saved.Headers.Location?.OriginalString);

        // Days later, in a new session.
        var thursday = await site.SignedInClientAsync(provider);
        var (_, dashboard) = await thursday.GetPageAsync("/provider");
        Assert.Contains("Little Otters sensory swim", dashboard.Text("main"));
        Assert.Contains("Draft", dashboard.Text(".govuk-summary-card"));
        var (_, tasks) = await thursday.GetPageAsync($"/provider/drafts/{draft}");
        Assert.Equal("Completed", tasks.Text("#about-status"));
        Assert.Equal("Not yet started", tasks.Text("#who-status"));
        Assert.Equal("Optional", tasks.Text("#languages-status"));
        var (_, about) = await thursday.GetPageAsync($"/provider/drafts/{draft}/about");
        Assert.Equal("Little Otters sensory swim", about.QuerySelector("#Answers_Name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_and_continue_goes_to_the_next_unfinished_section_and_the_last_goes_to_check_your_answers()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        var answers = TemplateForm.ValidAnswers();
        string? last = null;
        foreach (var section in TemplateSections.All)
        {
            var response = await client.SaveSectionAsync(draft, section.Key, answers[section.Key]);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            last = response.Headers.Location?.OriginalString;
            if (section != TemplateSections.All[^1]) Assert.EndsWith("/" + TemplateSections.All[TemplateSections.All.ToList().IndexOf(section) + 1].Key, last);
        }
        Assert.Equal($"/provider/drafts/{draft}/check", last);

        var (_, check) = await client.GetPageAsync(last!);
        var text = check.Text("main").Squash();
        Assert.Contains("3 to 11 years", text);
        Assert.Contains("£4 a session", text);
        Assert.Contains("Riverside Leisure Centre, 1 River Road, Bath, BA2 3EP", text);
        Assert.Contains("swim@example.org (hidden from the public)", text);
        Assert.Contains("English, British Sign Language, Polish", text);
        Assert.Contains("Saturday 09:00 to 11:30", text);
        Assert.Null(check.QuerySelector(".govuk-warning-text"));

        var submitted = await client.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());
        Assert.Equal($"/provider/drafts/{draft}/submitted", submitted.Headers.Location?.OriginalString);
        var (_, dashboard) = await client.GetPageAsync("/provider");
        Assert.Contains("Submitted", dashboard.Text(".govuk-summary-card .govuk-tag"));
        // Submitted: the sections can no longer be edited until an officer returns it.
        var again = await client.GetAsync($"/provider/drafts/{draft}/about");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task An_unfinished_form_cannot_be_submitted_and_says_what_is_missing()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        await client.SaveSectionAsync(draft, "about", TemplateForm.ValidAnswers()["about"]);

        var response = await client.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        var summary = page.Text(".govuk-error-summary");
        Assert.Contains("Who it is for: Select the level of need the service is for", summary);
        Assert.Contains("Contact details: Give families at least one way to get in touch", summary);
        Assert.DoesNotContain("About the service", summary);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Equal(SubmissionState.Draft, (await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Submissions.SingleAsync(s => s.Id == draft)).State);
    }

    public static TheoryData<string, string, string, string, string> BadAnswers => new()
    {
        // section, field, value typed, where the message shows, message
        { "about", "Answers.Name", "", "Answers_Name", "Enter the name of the service" },
        { "about", "Answers.Name", new string('a', 121), "Answers_Name", "The name must be 120 characters or fewer" },
        { "about", "Answers.Summary", "", "Answers_Summary", "Enter a short summary of the service" },
        { "about", "Answers.Summary", new string('a', 301), "Answers_Summary", "The summary must be 300 characters or fewer" },
        { "about", "Answers.Description", "", "Answers_Description", "Describe what the service does" },
        { "about", "Answers.Keywords", new string('a', 301), "Answers_Keywords", "Keywords must be 300 characters or fewer" },
        { "who", "Answers.MinimumAge", "four", "Answers_MinimumAge", "The youngest age must be a whole number, like 4" },
        { "who", "Answers.MinimumAge", "30", "Answers_MinimumAge", "The youngest age must be a whole number from 0 to 25" },
        { "who", "Answers.MaximumAge", "2", "Answers_MaximumAge", "The oldest age must be the same as or more than the youngest age" },
        { "who", "Answers.Level", "", "Answers_Level", "Select the level of need the service is for" },
        { "who", "Answers.EhcPlan", "", "Answers_EhcPlan", "Select whether an EHC plan is needed" },
        { "access", "Answers.Routes", "", "Answers_Routes", "Select how families can get the service" },
        { "access", "Answers.HowToAccess", "", "Answers_HowToAccess", "Explain how to get the service" },
        { "cost", "Answers.IsFree", "", "Answers_IsFree", "Select whether the service is free" },
        { "cost", "Answers.Fees", "", "Answers_Fees", "Enter what the service costs" },
        { "where", "Answers.Delivery", "", "Answers_Delivery", "Select how the service is delivered" },
        { "where", "Answers.Venues[0].Town", "", "Answers_Venues_0__Town", "Enter the town of the venue" },
        { "where", "Answers.Venues[0].Postcode", "BAD CODE", "Answers_Venues_0__Postcode", "Enter a full postcode, like BA2 3EP" },
        { "where", "Answers.Venues[0].Postcode", "BA2", "Answers_Venues_0__Postcode", "Enter a full postcode, like BA2 3EP" },
        { "where", "Answers.Venues[0].Postcode", "BA2 9ZZ", "Answers_Venues_0__Postcode", "We cannot find the postcode BA2 9ZZ" },
        { "where", "Answers.Opening[0].Opens", "9am", "Answers_Opening_0__Opens", "Enter the time it opens on Saturday as hours and minutes" },
        { "where", "Answers.Opening[0].Closes", "08:00", "Answers_Opening_0__Closes", "The closing time on Saturday must be after the opening time" },
        { "contact", "Answers.Phone", "call me", "Answers_Phone", "Enter a phone number, like 01632 960 001" },
        { "contact", "Answers.Email", "swim.example.org", "Answers_Email", "Enter an email address in the correct format" },
        { "contact", "Answers.Website", "javascript:alert(1)", "Answers_Website", "Enter a website address that starts with https://" },
        { "contact", "Answers.ContactName", new string('a', 121), "Answers_ContactName", "The contact name must be 120 characters or fewer" },
        { "accessibility", "Answers.Notes", new string('a', 1001), "Answers_Notes", "Notes about access must be 1,000 characters or fewer" },
        { "languages", "Answers.Languages", new string('a', 501), "Answers_Languages", "Languages must be 500 characters or fewer" },
        { "local-offer", "Answers.Answers[0].Answer", new string('a', 2001), "Answers_Answers_0__Answer", "Each answer must be 2,000 characters or fewer" },
        { "categories", "Answers.Suggested", "", "Answers_Suggested", "Select at least one kind of service" },
        { "who", "Answers.Eligibility", new string('a', 2001), "Answers_Eligibility", "Who can use the service must be 2,000 characters or fewer" },
        { "access", "Answers.HowToAccess", new string('a', 2001), "Answers_HowToAccess", "How to get the service must be 2,000 characters or fewer" },
        { "cost", "Answers.Fees", new string('a', 501), "Answers_Fees", "What it costs must be 500 characters or fewer" },
        { "where", "Answers.AreaCovered", new string('a', 201), "Answers_AreaCovered", "The area covered must be 200 characters or fewer" },
        { "where", "Answers.OpeningNotes", new string('a', 501), "Answers_OpeningNotes", "Notes about opening times must be 500 characters or fewer" },
        { "where", "Answers.Venues[0].Name", new string('a', 121), "Answers_Venues_0__Name", "The venue name must be 120 characters or fewer" },
        { "where", "Answers.Venues[0].Address", new string('a', 201), "Answers_Venues_0__Address", "The street address must be 200 characters or fewer" },
        { "contact", "Answers.ContactRole", new string('a', 121), "Answers_ContactRole", "The job title must be 120 characters or fewer" },
        { "contact", "Answers.Email", new string('a', 195) + "@x.org", "Answers_Email", "The email address must be 200 characters or fewer" },
        { "contact", "Answers.Website", "https://example.org/" + new string('a', 290), "Answers_Website", "The website address must be 300 characters or fewer" },
        { "school", "Answers.SenInformationReportUrl", "", "Answers_SenInformationReportUrl", "Enter the web address of your SEN information report" },
        { "school", "Answers.SenInformationReportUrl", "our website", "Answers_SenInformationReportUrl", "Enter a web address that starts with https://" },
        { "school", "Answers.SenContactName", "", "Answers_SenContactName", "Enter the name of your SENCO or SEN contact" },
        { "school", "Answers.SenContactName", new string('a', 121), "Answers_SenContactName", "The name must be 120 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Every_field_is_checked_with_a_clear_message_and_what_was_typed_is_kept(string section, string field, string value, string id, string message)
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        var fields = TemplateForm.ValidAnswers()[section].Where(f => f.Key != field).ToList();
        if (section == "school")
        {
            fields = [new("Answers.IsSchoolOrCollege", "true"), new("Answers.SenInformationReportUrl", "https://school.example/send"), new("Answers.SenContactName", "Jo Senco")];
            fields.RemoveAll(f => f.Key == field);
        }
        if (field == "Answers.Phone") fields.RemoveAll(f => f.Key == "Answers.Website");
        if (value.Length > 0) fields.Add(new(field, value));

        var response = await client.SaveSectionAsync(draft, section, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.StartsWith("Error: ", page.Title);
        var link = page.QuerySelectorAll(".govuk-error-summary a").FirstOrDefault(a => a.TextContent.Contains(message))
            ?? throw new Xunit.Sdk.XunitException($"No '{message}' in the error summary: {page.Text(".govuk-error-summary")}");
        Assert.Equal("#" + id, link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"#{id}"));
        Assert.Contains(message, page.QuerySelector($"#{id}-error")?.TextContent ?? "");
        var typed = page.QuerySelector($"#{id}");
        if (value.Length > 0 && typed?.LocalName is "input" && typed.GetAttribute("type") is "text" or "email" or "tel" or "url")
            Assert.Equal(value, typed.GetAttribute("value"));
        if (value.Length > 0 && typed?.LocalName == "textarea") Assert.Equal(value, typed.TextContent);
    }

    [Fact]
    public async Task Save_and_come_back_later_keeps_answers_that_fail_the_checks_without_finishing_the_section()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        var response = await client.SaveSectionAsync(draft, "about", [new("Answers.Name", "Half-written club")], then: "later");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, tasks) = await client.GetPageAsync($"/provider/drafts/{draft}");
        Assert.Equal("In progress", tasks.Text("#about-status"));
        var (_, about) = await client.GetPageAsync($"/provider/drafts/{draft}/about");
        Assert.Equal("Half-written club", about.QuerySelector("#Answers_Name")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_provider_cannot_see_or_change_another_organisations_draft()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var owner = await site.SignedInClientAsync(provider);
        var draft = await owner.StartListingAsync(providerId);
        await owner.SaveSectionAsync(draft, "about", TemplateForm.ValidAnswers()["about"]);

        var stranger = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        foreach (var path in new[] { $"/provider/drafts/{draft}", $"/provider/drafts/{draft}/about", $"/provider/drafts/{draft}/check", $"/provider/drafts/{draft}/submitted" })
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        // Posting with the stranger's own valid token still changes nothing.
        var strangerDraft = await stranger.StartListingAsync(await ProviderOfAsync(site, stranger));
        var post = await stranger.PostFormAsync($"/provider/drafts/{draft}/about", [new("Answers.Name", "Hijacked"), new("then", "next")], formPage: $"/provider/drafts/{strangerDraft}/about");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var start = await stranger.PostFormAsync("/provider?handler=New", [new("provider", providerId.ToString())], formPage: "/provider");
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);

        var (_, mine) = await owner.GetPageAsync($"/provider/drafts/{draft}/about");
        Assert.Equal("Little Otters sensory swim", mine.QuerySelector("#Answers_Name")?.GetAttribute("value"));
        var anonymous = await site.Browser().GetAsync($"/provider/drafts/{draft}");
        Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.PathAndQuery ?? anonymous.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_officer_can_correct_a_submitted_listing_before_deciding_and_the_history_says_so()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        foreach (var (key, answers) in TemplateForm.ValidAnswers()) await client.SaveSectionAsync(draft, key, answers);
        await client.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());

        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var fields = TemplateForm.ValidAnswers()["about"].Where(f => f.Key != "Answers.Summary").Append(new("Answers.Summary", "Calm swimming sessions in a warm pool.")).ToList();
        var saved = await officer.SaveSectionAsync(draft, "about", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The provider can no longer change it while it waits; the officer's correction is kept and recorded.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/provider/drafts/{draft}/about")).StatusCode);
        var (_, check) = await client.GetPageAsync($"/provider/drafts/{draft}/check");
        Assert.Contains("Calm swimming sessions in a warm pool.", check.Text("main"));
        await using var scope = site.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().ListingEvents.Where(e => e.SubmissionId == draft).Select(e => e.Action).ToListAsync();
        Assert.Contains("Submitted for approval", events);
        Assert.Contains("Edited \"About the service\" before deciding", events);
    }

    [Fact]
    public async Task A_provider_deletes_a_draft_they_no_longer_want_and_nobody_else_can()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        await client.SaveSectionAsync(draft, "about", TemplateForm.ValidAnswers("Short-lived club")["about"]);

        var stranger = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var strangerDraft = await stranger.StartListingAsync(await ProviderOfAsync(site, stranger));
        var refused = await stranger.PostFormAsync($"/provider/drafts/{draft}?handler=Discard", new Dictionary<string, string>(), formPage: $"/provider/drafts/{strangerDraft}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        var deleted = await client.PostFormAsync($"/provider/drafts/{draft}?handler=Discard", new Dictionary<string, string>(), formPage: $"/provider/drafts/{draft}");
        Assert.Equal("/provider", deleted.Headers.Location?.OriginalString);
        var (_, dashboard) = await client.GetPageAsync("/provider");
        Assert.Contains("You deleted the draft Short-lived club.", dashboard.Text(".govuk-notification-banner"));
        Assert.DoesNotContain("Short-lived club", dashboard.QuerySelector(".lo-provider-listings")?.TextContent ?? "");
    }

    [Fact]
    public async Task Template_form_posts_without_an_anti_forgery_token_are_refused()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var client = await site.SignedInClientAsync(provider);
        var draft = await client.StartListingAsync(providerId);
        foreach (var path in new[] { $"/provider/drafts/{draft}/about", $"/provider/drafts/{draft}/check", "/provider?handler=New" })
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Answers.Name"] = "x", ["provider"] = providerId.ToString() }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    private static async Task<Guid> ProviderOfAsync(LocalOfferSite site, HttpClient client)
    {
        var (_, page) = await client.GetPageAsync("/provider");
        return Guid.Parse(page.QuerySelector("input[name=provider]")!.GetAttribute("value")!);
    }
}
