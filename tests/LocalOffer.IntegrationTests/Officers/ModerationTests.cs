using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;
using static LocalOffer.IntegrationTests.Officers.ModerationTestData;

namespace LocalOffer.IntegrationTests.Officers;

public sealed class ModerationTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    [Fact]
    public async Task The_comment_queue_lists_new_comments_oldest_first_and_the_home_counts_them()
    {
        await using var own = new OfficerSite();
        await own.InitializeAsync();
        var officerAccount = await own.CreateAccountAsync(Role.Officer);
        var provider = await own.CreateAccountAsync(Role.Provider);
        var listing = await own.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Saturday swimming"));
        var now = DateTimeOffset.UtcNow;
        var middle = await own.AddCommentAsync("The swimming teacher was brilliant with my son and we will be back every week", CommentTopic.Service, listing.Id, receivedAt: now.AddDays(-2));
        var newest = await own.AddCommentAsync("Please add more holiday clubs.", CommentTopic.Missing, receivedAt: now.AddDays(-1));
        var oldest = await own.AddCommentAsync("The search page is hard to use on my phone.", CommentTopic.EaseOfUse, receivedAt: now.AddDays(-3), givenBy: CommentGiver.ChildOrYoungPerson);
        var decided = await own.AddCommentAsync("Already dealt with.", receivedAt: now.AddDays(-9));
        await own.QueryAsync(db => db.Comments.Where(c => c.Id == decided.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.State, CommentState.Published)));

        var officer = await own.SignedInClientAsync(officerAccount);
        var home = await officer.PageAsync("/officer");
        Assert.Equal("3 comments waiting for a decision", home.QuerySelector("#waiting a[href='/officer/comments']")?.TextContent.Squash());

        var queue = await officer.PageAsync("/officer/comments");
        var rows = queue.QuerySelectorAll("#comments tbody tr").ToList();
        Assert.Equal([oldest.Id, middle.Id, newest.Id], rows.Select(r => Guid.Parse(r.QuerySelector("a")!.GetAttribute("href")!.Split('/').Last())));
        var first = rows[0].TextContent.Squash();
        Assert.Contains("How easy the information is to find and use", first);
        Assert.Contains("A child or young person", first);
        Assert.Contains("The search page is hard to use on my phone.", first);
        Assert.Contains("About Saturday swimming", rows[1].TextContent.Squash());
        Assert.EndsWith("…", rows[1].QuerySelector(".govuk-hint")!.TextContent.Trim());
    }

    [Fact]
    public async Task Publishing_as_sent_publishes_the_words_and_records_the_decision()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var comment = await site.AddCommentAsync("The short breaks page does not say what things cost.");

        var response = await officer.ModerateAsync(comment.Id, "Publish", []);
        var page = await officer.FollowAsync(response);
        Assert.Contains("published as it was sent", page.QuerySelector(".govuk-notification-banner")?.TextContent);

        var saved = await site.CommentAsync(comment.Id);
        Assert.Equal(CommentState.Published, saved.State);
        Assert.Equal(comment.Text, saved.PublishedText);
        Assert.False(saved.WasEdited);
        Assert.Equal(officerAccount.Id, saved.DecidedBy);
        Assert.NotNull(saved.DecidedAt);
        var e = Assert.Single(await site.CommentEventsAsync(comment.Id));
        Assert.Equal(("Published as sent", officerAccount.Id, officerAccount.Name), (e.Action, e.AccountId, e.AccountName));
        Assert.Contains("Published as sent", page.QuerySelector("#history")!.TextContent);
        Assert.Contains(officerAccount.Name, page.QuerySelector("#history")!.TextContent);

        // Decided once: a second decision is refused and changes nothing.
        var again = await officer.ModerateAsync(comment.Id, "Withhold", [Field("Reason", "Abusive")]);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("already been decided", (await again.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal(CommentState.Published, (await site.CommentAsync(comment.Id)).State);
    }

    [Fact]
    public async Task Publishing_with_edits_keeps_the_words_as_sent_private_and_highlights_personal_details()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        const string sent = "My son Oliver <b>waited</b> a year. Ring me on 07700 900123 or email olivers.mum@example.org, we live at BA2 3EP.";
        var comment = await site.AddCommentAsync(sent, CommentTopic.Information);

        var page = await officer.PageAsync($"/officer/comments/{comment.Id}");
        Assert.Equal(["Oliver", "07700 900123", "olivers.mum@example.org", "BA2 3EP"], page.QuerySelectorAll("#comment-text mark").Select(m => m.TextContent));
        var list = page.QuerySelector("#personal-details")!.TextContent;
        foreach (var found in new[] { "Oliver (name)", "07700 900123 (phone number)", "olivers.mum@example.org (email address)", "BA2 3EP (postcode)" })
            Assert.Contains(found, list.Squash());
        Assert.Contains("Possible personal details", page.QuerySelector(".govuk-warning-text")!.TextContent);
        // The comment's own markup is shown as text, never as HTML.
        Assert.Null(page.QuerySelector("#comment-text b"));
        Assert.Contains("<b>waited</b>", page.QuerySelector("#comment-text")!.TextContent);
        Assert.Equal(sent, page.QuerySelector("textarea#EditedText")!.TextContent.Trim());

        const string edited = "My son waited a year.";
        var response = await officer.ModerateAsync(comment.Id, "PublishEdited", [Field("EditedText", edited)]);
        var after = await officer.FollowAsync(response);

        var saved = await site.CommentAsync(comment.Id);
        Assert.Equal(sent, saved.Text);
        Assert.Equal(edited, saved.PublishedText);
        Assert.True(saved.WasEdited);
        Assert.Equal(CommentState.Published, saved.State);
        Assert.Equal("Published with edits", Assert.Single(await site.CommentEventsAsync(comment.Id)).Action);
        Assert.Equal(edited, after.QuerySelector("#published-text")!.TextContent.Trim());

        // Publishing with nothing left is a mistake to point out.
        var empty = await site.AddCommentAsync("Something");
        var refused = await officer.ModerateAsync(empty.Id, "PublishEdited", [Field("EditedText", "  ")]);
        Assert.Contains("Enter the words to publish", (await refused.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal(CommentState.New, (await site.CommentAsync(empty.Id)).State);
    }

    [Theory]
    [InlineData(CommentTopic.Information, "PersonalInformation")]
    [InlineData(CommentTopic.EaseOfUse, "NotAboutLocalOffer")]
    [InlineData(CommentTopic.Missing, "PersonalInformation")]
    [InlineData(CommentTopic.Development, "NotAboutLocalOffer")]
    public async Task Withholding_a_comment_on_the_Local_Offer_for_a_reason_the_law_does_not_allow_is_refused(CommentTopic topic, string reason)
    {
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var comment = await site.AddCommentAsync("You never list anything for teenagers. Our daughter Mia is 15.", topic);

        var page = await officer.PageAsync($"/officer/comments/{comment.Id}");
        Assert.Equal(["Abusive", "Vexatious", "Duplicate"], page.QuerySelectorAll("input[name=Reason]").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector("#law"));

        var response = await officer.ModerateAsync(comment.Id, "Withhold", [Field("Reason", reason)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.DocumentAsync();
        var summary = refused.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("You cannot withhold this comment", summary);
        Assert.Contains("must be published, unless they are abusive, vexatious or a duplicate", summary);
        Assert.StartsWith("Error:", refused.Title);
        Assert.Equal("#Reason", refused.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        var saved = await site.CommentAsync(comment.Id);
        Assert.Equal(CommentState.New, saved.State);
        Assert.Null(saved.WithheldBecause);
        Assert.Empty(await site.CommentEventsAsync(comment.Id));
    }

    [Fact]
    public async Task Abusive_comments_may_be_withheld_and_other_comments_for_any_reason()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var abusive = await site.AddCommentAsync("You are all useless idiots.", CommentTopic.Information);
        var response = await officer.ModerateAsync(abusive.Id, "Withhold", [Field("Reason", "Abusive"), Field("Note", "Insults staff by name")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await site.CommentAsync(abusive.Id);
        Assert.Equal((CommentState.Withheld, WithholdReason.Abusive, "Insults staff by name"), (saved.State, saved.WithheldBecause, saved.WithheldNote));
        Assert.Null(saved.PublishedText);
        var e = Assert.Single(await site.CommentEventsAsync(abusive.Id));
        Assert.Equal(("Withheld", "Abusive: Insults staff by name", officerAccount.Id), (e.Action, e.Reason, e.AccountId));

        var other = await site.AddCommentAsync("My neighbour's hedge is too tall.", CommentTopic.Other);
        var otherPage = await officer.PageAsync($"/officer/comments/{other.Id}");
        Assert.Equal(5, otherPage.QuerySelectorAll("input[name=Reason]").Length);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.ModerateAsync(other.Id, "Withhold", [Field("Reason", "NotAboutLocalOffer")])).StatusCode);
        Assert.Equal(WithholdReason.NotAboutLocalOffer, (await site.CommentAsync(other.Id)).WithheldBecause);

        // A duplicate says which comment it repeats, by its reference.
        var repeat = await site.AddCommentAsync("You are all useless idiots.", CommentTopic.Information);
        var noReference = await officer.ModerateAsync(repeat.Id, "Withhold", [Field("Reason", "Duplicate")]);
        Assert.Contains("reference of the comment this one repeats", (await noReference.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        Assert.Equal(CommentState.New, (await site.CommentAsync(repeat.Id)).State);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.ModerateAsync(repeat.Id, "Withhold", [Field("Reason", "Duplicate"), Field("DuplicateOf", CommentModeration.Reference(abusive.Id))])).StatusCode);
        Assert.Equal(abusive.Id, (await site.CommentAsync(repeat.Id)).DuplicateOf);

        // Choosing no reason is pointed out.
        var none = await site.AddCommentAsync("Hmm.", CommentTopic.Other);
        var noReason = await officer.ModerateAsync(none.Id, "Withhold", []);
        Assert.Contains("Select why you are withholding this comment", (await noReason.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
    }

    [Fact]
    public async Task A_comment_about_a_service_is_shared_with_its_provider_once_without_the_commenters_contact_details()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var providerAccount = await site.CreateAccountAsync(Role.Provider);
        var colleague = await site.CreateAccountAsync(Role.Provider, providerId: providerAccount.ProviderId());
        var listing = await site.PublishAsync(providerAccount, officerAccount, OfficerTestData.CompleteForm("Riverside play scheme"));
        var replyTo = $"parent-{Guid.NewGuid():N}@example.net";
        var published = await site.AddCommentAsync($"The staff were kind but the hall was cold. Email me at {replyTo}", CommentTopic.Service, listing.Id, replyTo);
        var withheld = await site.AddCommentAsync("Staff member Mrs Smith shouted at my son Jack on 12/05/2026.", CommentTopic.Service, listing.Id, replyTo);
        var abusive = await site.AddCommentAsync("Rude words about the staff.", CommentTopic.Service, listing.Id);

        var officer = await site.SignedInClientAsync(officerAccount);
        Assert.Contains("passed to the service's provider", (await officer.PageAsync($"/officer/comments/{published.Id}")).QuerySelector("#shared")!.TextContent);
        await officer.ModerateAsync(published.Id, "PublishEdited", [Field("EditedText", "The staff were kind but the hall was cold.")]);
        await officer.ModerateAsync(withheld.Id, "Withhold", [Field("Reason", "PersonalInformation")]);
        await officer.ModerateAsync(abusive.Id, "Withhold", [Field("Reason", "Abusive")]);
        foreach (var c in new[] { published, withheld, abusive })
        {
            var saved = await site.CommentAsync(c.Id);
            Assert.NotNull(saved.SharedWithProviderAt);
            Assert.Single(await site.CommentEventsAsync(c.Id), e => e.Action == "Shared with the provider");
        }

        var provider = await site.SignedInClientAsync(providerAccount);
        var (_, dashboard) = await provider.GetPageAsync("/provider");
        var html = dashboard.DocumentElement.OuterHtml;
        Assert.DoesNotContain(replyTo, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@example.net", html);
        var section = dashboard.QuerySelector(".lo-provider-comments")!.TextContent.Squash();
        Assert.Contains("Riverside play scheme", section);
        Assert.Contains("The staff were kind but the hall was cold.", section);
        Assert.Contains("Published on the Local Offer", section);
        Assert.Contains("Staff member Mrs Smith shouted at my son Jack", section);
        Assert.Contains("Withheld as abusive", section);
        Assert.DoesNotContain("Rude words", section);
        Assert.Contains("Comments about your services", dashboard.QuerySelector("h3.govuk-heading-m")?.TextContent);

        // Every member of the organisation is emailed about each comment, without the commenter's address.
        foreach (var member in new[] { providerAccount, colleague })
        {
            var emails = (await site.EmailsToAsync(member.Email)).Where(e => e.Contains("A comment about Riverside play scheme")).ToList();
            Assert.Equal(3, emails.Count);
            Assert.All(emails, e => Assert.DoesNotContain("example.net", e));
            Assert.Contains(emails, e => e.Contains("The staff were kind but the hall was cold."));
            Assert.DoesNotContain(emails, e => e.Contains("Rude words"));
        }
        Assert.Empty(await site.EmailsToAsync(replyTo));

        // Another provider sees none of it.
        var stranger = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var (_, theirs) = await stranger.GetPageAsync("/provider");
        Assert.Null(theirs.QuerySelector(".lo-provider-comments"));
    }

    [Fact]
    public async Task Themes_can_be_added_renamed_retired_and_ticked_on_a_comment()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var name = "Transport " + Guid.NewGuid().ToString("N")[..6];
        var added = await officer.PostFormAsync("/officer/themes", new() { ["Name"] = name }, handler: "Add");
        var list = await officer.FollowAsync(added);
        Assert.Contains(name, list.QuerySelector("#themes")!.TextContent);
        var theme = await site.QueryAsync(db => db.CommentThemes.AsNoTracking().FirstAsync(t => t.Name == name));

        var duplicate = await officer.PostFormAsync("/officer/themes", new() { ["Name"] = name.ToUpperInvariant() }, handler: "Add");
        Assert.Contains("already a theme with that name", (await duplicate.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);
        var blank = await officer.PostFormAsync("/officer/themes", new() { ["Name"] = "" }, handler: "Add");
        Assert.Contains("Enter a name for the theme", (await blank.DocumentAsync()).QuerySelector(".govuk-error-summary")?.TextContent);

        var comment = await site.AddCommentAsync("Buses to the special school are always late.", CommentTopic.Missing);
        await officer.ModerateAsync(comment.Id, "Publish", []);
        var ticked = await officer.ModerateAsync(comment.Id, "Themes", [Field("Themes", theme.Id.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        Assert.Equal([name], (await site.CommentAsync(comment.Id)).Themes.Select(t => t.Name));
        Assert.Contains(await site.CommentEventsAsync(comment.Id), e => e.Action == "Themes changed" && e.Reason == name);

        var renamed = name + " and travel";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync($"/officer/themes/{theme.Id}", new() { ["Name"] = renamed }, handler: "Rename")).StatusCode);
        var themePage = await officer.PageAsync($"/officer/themes/{theme.Id}");
        Assert.Equal(renamed, themePage.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(themePage.QuerySelector($"#theme-comments a[href='/officer/comments/{comment.Id}']"));

        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync("/officer/themes", new() { ["id"] = theme.Id.ToString() }, handler: "Retire")).StatusCode);
        Assert.False((await site.QueryAsync(db => db.CommentThemes.AsNoTracking().FirstAsync(t => t.Id == theme.Id))).IsActive);
        // A retired theme is not offered for new comments, but stays on the comments that have it.
        var fresh = await site.AddCommentAsync("Another comment.");
        Assert.Null((await officer.PageAsync($"/officer/comments/{fresh.Id}")).QuerySelector($"input[name=Themes][value='{theme.Id}']"));
        Assert.Contains("(retired)", (await officer.PageAsync($"/officer/comments/{comment.Id}")).QuerySelector("#themes + form")!.TextContent);
        Assert.Single((await site.CommentAsync(comment.Id)).Themes);
        await officer.PostFormAsync("/officer/themes", new() { ["id"] = theme.Id.ToString() }, handler: "Restore");
        Assert.True((await site.QueryAsync(db => db.CommentThemes.AsNoTracking().FirstAsync(t => t.Id == theme.Id))).IsActive);

        // Unticking every theme clears them.
        await officer.ModerateAsync(comment.Id, "Themes", []);
        Assert.Empty((await site.CommentAsync(comment.Id)).Themes);
    }

    [Fact]
    public async Task A_response_to_a_comment_emails_its_commenter_once()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var replyTo = $"reply-{Guid.NewGuid():N}@example.net";
        var comment = await site.AddCommentAsync("Please list after-school clubs for autistic children.", CommentTopic.Missing, replyEmail: replyTo);

        Assert.Null((await officer.PageAsync($"/officer/comments/{comment.Id}")).QuerySelector("form[action*=Respond]"));
        await officer.ModerateAsync(comment.Id, "Publish", []);

        var missing = await officer.ModerateAsync(comment.Id, "Respond", [Field("WeDid", ""), Field("ActionDay", "31"), Field("ActionMonth", "2"), Field("ActionYear", "2027")]);
        var errors = (await missing.DocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter what the council did or will do", errors);
        Assert.Contains("Select where the action has got to", errors);
        Assert.Contains("must be a real date", errors);

        var response = await officer.ModerateAsync(comment.Id, "Respond",
            [Field("WeDid", "We asked every club to add its details."), Field("Status", "InProgress"), Field("ActionDay", "31"), Field("ActionMonth", "3"), Field("ActionYear", "2027")]);
        var page = await officer.FollowAsync(response);
        Assert.Contains("We asked every club to add its details.", page.QuerySelector("#responses ~ .govuk-summary-card")!.TextContent);
        var saved = await site.QueryAsync(db => db.CouncilResponses.AsNoTracking().SingleAsync(r => r.CommentId == comment.Id));
        Assert.Equal((ActionStatus.InProgress, new DateOnly(2027, 3, 31), officerAccount.Id), (saved.Status, saved.ActionDate, saved.WrittenBy));

        var emails = await site.EmailsToAsync(replyTo);
        var email = Assert.Single(emails);
        Assert.Contains("/comments", email);
        Assert.Contains("We have responded to your comment", email);

        // A second response does not email again.
        await officer.ModerateAsync(comment.Id, "Respond", [Field("WeDid", "The clubs are now listed."), Field("Status", "Done")]);
        Assert.Single(await site.EmailsToAsync(replyTo));
        var actions = (await site.CommentEventsAsync(comment.Id)).Select(e => e.Action).ToList();
        Assert.Equal(["Published as sent", "Response published", CouncilResponses.ToldAction, "Response published"], actions);
    }

    [Fact]
    public async Task A_theme_response_emails_only_the_commenters_who_left_an_email_once()
    {
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var officer = await site.SignedInClientAsync(officerAccount);
        var name = "Short breaks " + Guid.NewGuid().ToString("N")[..6];
        await officer.PostFormAsync("/officer/themes", new() { ["Name"] = name }, handler: "Add");
        var themeId = await site.QueryAsync(db => db.CommentThemes.Where(t => t.Name == name).Select(t => t.Id).FirstAsync());

        var first = $"first-{Guid.NewGuid():N}@example.net";
        var second = $"second-{Guid.NewGuid():N}@example.net";
        var withheldAddress = $"withheld-{Guid.NewGuid():N}@example.net";
        var a = await site.AddCommentAsync("Short breaks are hard to find.", CommentTopic.EaseOfUse, replyEmail: first);
        var b = await site.AddCommentAsync("No short breaks near Keynsham.", CommentTopic.Missing, replyEmail: second);
        var c = await site.AddCommentAsync("Short breaks are too expensive.", CommentTopic.Information);
        var d = await site.AddCommentAsync("Idiots.", CommentTopic.Information, replyEmail: withheldAddress);
        foreach (var x in new[] { a, b, c }) await officer.ModerateAsync(x.Id, "Publish", []);
        await officer.ModerateAsync(d.Id, "Withhold", [Field("Reason", "Abusive")]);
        foreach (var x in new[] { a, b, c, d }) await officer.ModerateAsync(x.Id, "Themes", [Field("Themes", themeId.ToString())]);
        // One commenter already had a response to their own comment, so was told already.
        await officer.ModerateAsync(b.Id, "Respond", [Field("WeDid", "We are looking for providers near Keynsham."), Field("Status", "Planned")]);
        Assert.Single(await site.EmailsToAsync(second));

        var themePage = await officer.PageAsync($"/officer/themes/{themeId}");
        Assert.Equal(4, themePage.QuerySelectorAll("#theme-comments tbody tr").Length);
        var response = await officer.PostFormAsync($"/officer/themes/{themeId}", new()
        {
            ["YouSaid"] = "Short breaks are hard to find and cost too much.", ["WeDid"] = "We added a short breaks page.", ["Status"] = "Done",
            ["ActionDay"] = "1", ["ActionMonth"] = "12", ["ActionYear"] = "2026",
        }, handler: "Respond");
        var after = await officer.FollowAsync(response);
        Assert.Contains("We added a short breaks page.", after.QuerySelector("#responses ~ .govuk-summary-card")!.TextContent);
        var saved = await site.QueryAsync(db => db.CouncilResponses.AsNoTracking().SingleAsync(r => r.ThemeId == themeId));
        Assert.Equal(("Short breaks are hard to find and cost too much.", ActionStatus.Done, new DateOnly(2026, 12, 1)), (saved.YouSaid, saved.Status, saved.ActionDate));

        Assert.Single(await site.EmailsToAsync(first));
        Assert.Single(await site.EmailsToAsync(second));
        Assert.Empty(await site.EmailsToAsync(withheldAddress));
        foreach (var x in new[] { a, b, c })
            Assert.Contains(await site.CommentEventsAsync(x.Id), e => e.Action == "Response published" && e.Reason!.Contains(name));
        Assert.DoesNotContain(await site.CommentEventsAsync(d.Id), e => e.Action == "Response published");
        // The theme's response shows on each of its comments' pages.
        Assert.Contains("We added a short breaks page.", (await officer.PageAsync($"/officer/comments/{a.Id}")).QuerySelector("#responses")!.ParentElement!.TextContent);

        var missing = await officer.PostFormAsync($"/officer/themes/{themeId}", new() { ["YouSaid"] = "", ["WeDid"] = "" }, handler: "Respond");
        var errors = (await missing.DocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Enter what people said", errors);
        Assert.Contains("Enter what the council did or will do", errors);
    }
}
