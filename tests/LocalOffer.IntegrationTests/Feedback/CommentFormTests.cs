using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Feedback;

/// <summary>The public comment forms, through HTTP with anti-forgery on.</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class CommentFormTests(FeedbackSite site)
{

    private static string Unique(string words) => $"{words} {Guid.NewGuid():N}";

    [Fact]
    public async Task A_comment_sent_from_feedback_is_stored_with_its_topic_and_giver_and_no_email_without_agreement()
    {
        var client = site.BrowserFrom();
        var (form, page) = await client.GetPageAsync("/feedback");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("Have your say about the Local Offer", page.Text("h1"));
        Assert.Contains("Do not include your child's name, date of birth or details of their EHC plan.", page.Text(".govuk-warning-text"));
        Assert.Null(page.QuerySelector("input[name='Form.Topic'][value='Service']"));
        Assert.Contains("We will only use it to reply to you and will not publish it.", page.Text("#Form_ReplyEmail-hint"));

        var text = Unique("There is nothing about short breaks in the holidays.");
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields(text, email: "", agree: false));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback/sent", response.Headers.Location!.OriginalString);
        var comment = await site.FindCommentAsync(text);
        Assert.NotNull(comment);
        Assert.Equal(CommentTopic.Missing, comment.Topic);
        Assert.Equal(CommentGiver.ParentOrCarer, comment.GivenBy);
        Assert.Equal(CommentState.New, comment.State);
        Assert.Null(comment.ListingId);
        Assert.Null(comment.ReplyEmail);

        var (_, sent) = await client.GetPageAsync("/feedback/sent");
        Assert.Equal("Comment sent", sent.Text(".govuk-panel__title"));
        var next = sent.Text("main").Squash();
        Assert.Contains("reads every comment", next);
        Assert.Contains("We publish comments about the Local Offer with the council's response. We take out personal details first.", next);
    }

    [Fact]
    public async Task A_reply_email_is_kept_only_with_agreement_and_never_reaches_the_logs()
    {
        var client = site.BrowserFrom();
        var email = $"parent-{Guid.NewGuid():N}@example.org";
        var text = Unique("Please reply about transport.");
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields(text, topic: "Information", email: email, agree: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(email, (await site.FindCommentAsync(text))!.ReplyEmail);
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_email_without_agreement_is_refused_with_a_clear_message_and_kept()
    {
        var client = site.BrowserFrom();
        var text = Unique("I want a reply but forgot the box.");
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields(text, email: "carer@example.org", agree: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal("Tick the box to agree to us emailing you, or remove your email address", page.Text("#Form_AgreeToReply-error").Replace("Error:", "").Trim());
        Assert.Equal("#Form_AgreeToReply", page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("carer@example.org", page.QuerySelector("#Form_ReplyEmail")!.GetAttribute("value"));
        Assert.Equal(text, page.QuerySelector("#Form_Text")!.TextContent);
        Assert.Null(await site.FindCommentAsync(text));
    }

    [Fact]
    public async Task Each_field_says_what_is_wrong_and_keeps_what_was_typed()
    {
        var client = site.BrowserFrom();
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields("", topic: "", giver: "", email: "not an email"));
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error: Have your say about the Local Offer", page.Title);
        Assert.Equal(
            ["Select what your comment is about", "Select who is giving this comment", "Enter your comment", "Enter an email address in the correct format, like name@example.com"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal("not an email", page.QuerySelector("#Form_ReplyEmail")!.GetAttribute("value"));

        var tooLong = new string('a', 2001);
        response = await client.PostFormAsync("/feedback", FeedbackSite.Fields(tooLong, topic: "Service", giver: "Nobody", email: new string('b', 195) + "@example.org", agree: true));
        page = await response.DocumentAsync();
        Assert.Equal(
            ["Select what your comment is about", "Select who is giving this comment", "Your comment must be 2,000 characters or fewer", "Your email address must be 200 characters or fewer"],
            page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal(tooLong, page.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("govuk-form-group govuk-form-group--error govuk-character-count", page.QuerySelector("#Form_Text")!.ParentElement!.ClassName);

        response = await client.PostFormAsync("/feedback", FeedbackSite.Fields("Kept words", topic: "EaseOfUse", giver: "", email: ""));
        page = await response.DocumentAsync();
        Assert.NotNull(page.QuerySelector("input[name='Form.Topic'][value='EaseOfUse'][checked]"));
        Assert.Equal("Kept words", page.QuerySelector("#Form_Text")!.TextContent);
    }

    [Fact]
    public async Task A_comment_from_a_service_page_is_about_that_service()
    {
        var client = site.BrowserFrom();
        var (_, service) = await client.GetPageAsync("/services/chatterbox-speech-group");
        var link = service.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "/services/chatterbox-speech-group/report-a-problem");
        Assert.Equal("Tell us about this service or report a problem", link.TextContent.Trim());

        var (_, form) = await client.GetPageAsync(link.GetAttribute("href")!);
        Assert.Equal("Tell us about this service or report a problem", form.Text("h1"));
        Assert.Equal("Chatterbox speech group", form.Text(".govuk-caption-l"));
        Assert.Null(form.QuerySelector("input[name='Form.Topic']"));

        var text = Unique("The Monday session has moved to Tuesday.");
        var fields = FeedbackSite.Fields(text, giver: "ParentOrCarer");
        fields.Remove("Form.Topic");
        var response = await client.PostFormAsync("/services/chatterbox-speech-group/report-a-problem", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback/sent?service=chatterbox-speech-group", response.Headers.Location!.OriginalString);
        var comment = await site.FindCommentAsync(text);
        Assert.Equal(CommentTopic.Service, comment!.Topic);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var listing = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Listings.SingleAsync(l => l.Slug == "chatterbox-speech-group");
            Assert.Equal(listing.Id, comment.ListingId);
        }
        var (_, sent) = await client.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("We pass comments about a service to that service.", sent.Text("main"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/services/no-such-service/report-a-problem")).StatusCode);
    }

    [Fact]
    public async Task The_honeypot_refuses_the_comment_keeps_what_was_typed_and_stores_nothing()
    {
        var client = site.BrowserFrom();
        var (_, form) = await client.GetPageAsync("/feedback");
        var trap = form.QuerySelector("#Form_Website")!;
        Assert.Equal("off", trap.GetAttribute("autocomplete"));
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Contains("Leave this blank", form.QuerySelector("label[for=Form_Website]")!.TextContent);

        var text = Unique("Buy cheap things.");
        var fields = FeedbackSite.Fields(text);
        fields["Form.Website"] = "http://spam.example";
        var response = await client.PostFormAsync("/feedback", fields);
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("We could not accept this. If you are a person, leave the 'Leave this blank' box empty and send it again.", page.Text(".govuk-error-summary"));
        Assert.Equal(text, page.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("http://spam.example", page.QuerySelector("#Form_Website")!.GetAttribute("value"));
        Assert.Null(await site.FindCommentAsync(text));
    }

    [Fact]
    public async Task The_sixth_comment_in_an_hour_from_one_address_is_refused_in_plain_words()
    {
        var client = site.BrowserFrom("192.0.2.66");
        for (var i = 1; i <= 5; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/feedback", FeedbackSite.Fields(Unique($"Comment {i}")))).StatusCode);

        var text = Unique("Comment 6");
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields(text));
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.RetryAfter?.Delta);
        Assert.Contains("You have sent several comments in the last hour. Please wait and try again later, or phone the Local Offer team.", page.Text(".govuk-error-summary"));
        Assert.Equal(text, page.QuerySelector("#Form_Text")!.TextContent);
        Assert.Null(await site.FindCommentAsync(text));
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains("192.0.2.66"));

        var other = Unique("From another address");
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom("192.0.2.67").PostFormAsync("/feedback", FeedbackSite.Fields(other))).StatusCode);
        Assert.NotNull(await site.FindCommentAsync(other));
    }

    [Theory]
    [InlineData("young-people", "Tell us what you think of the Local Offer", "Choose who you are", "Thank you. We got your message")]
    [InlineData("easy-read", "Tell us what you think", "Choose who you are", "Thank you")]
    public async Task The_easier_versions_use_their_own_words_keep_the_version_through_errors_and_send(string version, string heading, string giverError, string sent)
    {
        var client = site.BrowserFrom();
        var (_, standard) = await client.GetPageAsync("/feedback");
        Assert.NotNull(standard.QuerySelector($"a[href='/feedback?version={version}']"));

        var url = "/feedback?version=" + version;
        var (_, form) = await client.GetPageAsync(url);
        Assert.Equal(heading, form.Text("h1"));
        Assert.NotNull(form.QuerySelector("a[href='/feedback']"));

        var text = Unique("It was hard to find the bus information.");
        var response = await client.PostFormAsync(url, FeedbackSite.Fields(text, giver: ""));
        var page = await response.DocumentAsync();
        Assert.Equal(heading, page.Text("h1"));
        Assert.Contains(giverError, page.Text(".govuk-error-summary"));
        Assert.Equal(text, page.QuerySelector("#Form_Text")!.TextContent);

        response = await client.PostFormAsync(url, FeedbackSite.Fields(text, giver: "ChildOrYoungPerson"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/feedback/sent?version=" + version, response.Headers.Location!.OriginalString);
        Assert.Equal(CommentGiver.ChildOrYoungPerson, (await site.FindCommentAsync(text))!.GivenBy);
        var (_, done) = await client.GetPageAsync(response.Headers.Location.OriginalString);
        Assert.Equal(sent, done.Text(".govuk-panel__title"));
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        var client = site.BrowserFrom();
        var text = Unique("No token");
        var response = await client.PostAsync("/feedback", new FormUrlEncodedContent(FeedbackSite.Fields(text)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        response = await client.PostAsync("/page-useful", new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = "/information", ["answer"] = "yes" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await site.FindCommentAsync(text));
    }

    [Fact]
    public async Task Every_page_links_to_the_feedback_form_in_its_footer()
    {
        var (_, page) = await site.BrowserFrom().GetPageAsync("/");
        Assert.Equal("Have your say about the Local Offer", page.QuerySelector("footer a[href='/feedback']")!.TextContent.Trim());
    }
}
