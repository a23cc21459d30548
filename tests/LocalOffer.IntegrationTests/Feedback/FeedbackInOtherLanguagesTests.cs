using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Feedback;

/// <summary>The comment forms in Welsh (chosen with the language link) and in Urdu (right to left, from the address).</summary>
[Collection(FeedbackSiteCollection.Name)]
public sealed class FeedbackInOtherLanguagesTests(FeedbackSite site)
{

    private static List<string> Summary(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_parent_giving_feedback_in_welsh_sees_the_welsh_form_welsh_errors_keeps_what_they_typed_and_the_comment_is_stored()
    {
        var client = site.BrowserFrom();
        var chosen = await client.GetAsync("/language/cy?returnUrl=%2Ffeedback");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/feedback", chosen.Headers.Location!.OriginalString);

        var (form, page) = await client.GetPageAsync("/feedback");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("ltr", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("Dweud eich dweud am y Cynnig Lleol", page.Text("h1"));
        Assert.StartsWith("Dweud eich dweud am y Cynnig Lleol", page.Title);
        Assert.Contains("Peidiwch â chynnwys enw eich plentyn", page.Text(".govuk-warning-text"));
        Assert.Equal("Beth yw pwnc eich sylw?", page.QuerySelector("fieldset legend")!.TextContent.Trim());
        Assert.Equal("Rhywbeth sydd ar goll o'r Cynnig Lleol", page.QuerySelector("label[for=Form_Topic-2]")!.TextContent.Trim());
        Assert.Equal("Eich sylw", page.Text("label[for=Form_Text]"));
        Assert.Equal("Anfon eich sylw", page.Text("form button"));
        Assert.Contains("Gadewch hwn yn wag", page.Text("label[for=Form_Website]"));
        Assert.Equal("geiriau haws", page.QuerySelector("a[href='/feedback?version=young-people']")!.TextContent.Trim());

        // The comment is left empty: the errors are in Welsh, and the other answers are kept.
        var response = await client.PostFormAsync("/feedback", FeedbackSite.Fields("", topic: "Missing", giver: "ParentOrCarer", email: "rhiant@example.org", agree: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.DocumentAsync();
        Assert.StartsWith("Gwall: Dweud eich dweud am y Cynnig Lleol", refused.Title);
        Assert.Equal("Mae problem", refused.Text(".govuk-error-summary__title"));
        Assert.Equal(["Rhowch eich sylw"], Summary(refused));
        Assert.Equal("#Form_Text", refused.QuerySelector(".govuk-error-summary a")!.GetAttribute("href"));
        Assert.Equal("Gwall: Rhowch eich sylw", refused.Text("#Form_Text-error").Squash());
        Assert.NotNull(refused.QuerySelector("input[name='Form.Topic'][value='Missing'][checked]"));
        Assert.NotNull(refused.QuerySelector("input[name='Form.GivenBy'][value='ParentOrCarer'][checked]"));
        Assert.Equal("rhiant@example.org", refused.QuerySelector("#Form_ReplyEmail")!.GetAttribute("value"));
        Assert.NotNull(refused.QuerySelector("#Form_AgreeToReply[checked]"));

        // Every other check speaks Welsh too.
        var wrong = await (await client.PostFormAsync("/feedback", FeedbackSite.Fields("Geiriau a gadwyd", topic: "", giver: "", email: "nid e-bost"))).DocumentAsync();
        Assert.Equal(
            ["Dewiswch beth yw pwnc eich sylw", "Dewiswch pwy sy'n rhoi'r sylw hwn", "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@example.com"],
            Summary(wrong));
        Assert.Equal("Geiriau a gadwyd", wrong.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("nid e-bost", wrong.QuerySelector("#Form_ReplyEmail")!.GetAttribute("value"));

        var text = $"Does dim byd am seibiannau byr yn ystod y gwyliau. {Guid.NewGuid():N}";
        var sent = await client.PostFormAsync("/feedback", FeedbackSite.Fields(text, email: "rhiant@example.org", agree: true));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/feedback/sent", sent.Headers.Location!.OriginalString);
        var comment = await site.FindCommentAsync(text);
        Assert.NotNull(comment);
        Assert.Equal(CommentTopic.Missing, comment.Topic);
        Assert.Equal(CommentGiver.ParentOrCarer, comment.GivenBy);
        Assert.Equal("rhiant@example.org", comment.ReplyEmail);

        var (_, thanks) = await client.GetPageAsync("/feedback/sent");
        Assert.Equal("Sylw wedi'i anfon", thanks.Text(".govuk-panel__title"));
        Assert.Contains("Mae aelod o dîm y Cynnig Lleol yn darllen pob sylw.", thanks.Text("main"));
    }

    [Fact]
    public async Task The_easier_versions_and_the_service_form_are_in_welsh_too()
    {
        var client = site.BrowserFrom();
        await client.GetAsync("/language/cy");

        var (_, easyRead) = await client.GetPageAsync("/feedback?version=easy-read");
        Assert.Equal("Dywedwch wrthym beth yw eich barn", easyRead.Text("h1"));
        Assert.Equal("Fersiwn safonol y ffurflen hon", easyRead.QuerySelector("a[href='/feedback']")!.TextContent.Trim());
        var refused = await (await client.PostFormAsync("/feedback?version=easy-read", FeedbackSite.Fields("", giver: ""))).DocumentAsync();
        Assert.Equal(["Dewiswch pwy ydych chi", "Ysgrifennwch beth rydych eisiau ei ddweud"], Summary(refused));

        var (_, service) = await client.GetPageAsync("/services/chatterbox-speech-group/report-a-problem");
        Assert.Equal("Dywedwch wrthym am y gwasanaeth hwn neu rhowch wybod am broblem", service.Text("h1"));
        Assert.Equal("Yn ôl i Chatterbox speech group", service.Text(".govuk-back-link"));
        var text = $"Mae'r sesiwn dydd Llun wedi symud. {Guid.NewGuid():N}";
        var fields = FeedbackSite.Fields(text);
        fields.Remove("Form.Topic");
        var sent = await client.PostFormAsync("/services/chatterbox-speech-group/report-a-problem", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(CommentTopic.Service, (await site.FindCommentAsync(text))!.Topic);
        var (_, thanks) = await client.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal("Ynghylch Chatterbox speech group", thanks.Text(".govuk-panel__body"));

        var (_, servicePage) = await client.GetPageAsync("/services/chatterbox-speech-group");
        Assert.Equal("A oedd y dudalen hon yn ddefnyddiol?", servicePage.Text("#page-useful-question"));
        Assert.Equal("Oedd roedd y dudalen hon yn ddefnyddiol", servicePage.Text("#page-useful button[value=yes]").Squash());
    }

    [Fact]
    public async Task A_parent_giving_feedback_in_urdu_sees_the_form_right_to_left_with_urdu_errors_and_the_comment_is_stored()
    {
        var client = site.BrowserFrom();
        var (form, page) = await client.GetPageAsync("/feedback?lang=ur");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal("ur", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("لوکل آفر کے بارے میں اپنی رائے دیں", page.Text("h1"));
        Assert.Equal("آپ کا تبصرہ", page.Text("label[for=Form_Text]"));
        Assert.Equal("اپنا تبصرہ بھیجیں", page.Text("form button"));
        Assert.Equal("کوئی چیز جو لوکل آفر میں موجود نہیں", page.QuerySelector("label[for=Form_Topic-2]")!.TextContent.Trim());

        var response = await client.PostFormAsync("/feedback?lang=ur", FeedbackSite.Fields("", topic: "EaseOfUse", giver: "ChildOrYoungPerson"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await response.DocumentAsync();
        Assert.Equal("rtl", refused.DocumentElement.GetAttribute("dir"));
        Assert.StartsWith("خرابی: لوکل آفر کے بارے میں اپنی رائے دیں", refused.Title);
        Assert.Equal("ایک مسئلہ ہے", refused.Text(".govuk-error-summary__title"));
        Assert.Equal(["اپنا تبصرہ لکھیں"], Summary(refused));
        Assert.NotNull(refused.QuerySelector("input[name='Form.Topic'][value='EaseOfUse'][checked]"));
        Assert.NotNull(refused.QuerySelector("input[name='Form.GivenBy'][value='ChildOrYoungPerson'][checked]"));

        var kept = await (await client.PostFormAsync("/feedback?lang=ur", FeedbackSite.Fields("ویب سائٹ پر تلاش مشکل ہے", topic: "EaseOfUse", giver: "", email: "غلط"))).DocumentAsync();
        Assert.Equal(["چنیں کہ یہ تبصرہ کون دے رہا ہے", "ای میل ایڈریس درست طریقے سے لکھیں، جیسے name@example.com"], Summary(kept));
        Assert.Equal("ویب سائٹ پر تلاش مشکل ہے", kept.QuerySelector("#Form_Text")!.TextContent);
        Assert.Equal("غلط", kept.QuerySelector("#Form_ReplyEmail")!.GetAttribute("value"));

        var text = $"ویب سائٹ پر تلاش کا خانہ ڈھونڈنا مشکل ہے۔ {Guid.NewGuid():N}";
        var sent = await client.PostFormAsync("/feedback?lang=ur", FeedbackSite.Fields(text, topic: "EaseOfUse", giver: "ChildOrYoungPerson"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var comment = await site.FindCommentAsync(text);
        Assert.NotNull(comment);
        Assert.Equal(CommentTopic.EaseOfUse, comment.Topic);
        Assert.Equal(CommentGiver.ChildOrYoungPerson, comment.GivenBy);
        Assert.Null(comment.ReplyEmail);

        var (_, thanks) = await client.GetPageAsync("/feedback/sent?lang=ur");
        Assert.Equal("rtl", thanks.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تبصرہ بھیج دیا گیا", thanks.Text(".govuk-panel__title"));
    }

    [Fact]
    public async Task The_refusals_for_too_many_comments_and_the_honeypot_are_in_welsh()
    {
        var client = site.BrowserFrom();
        await client.GetAsync("/language/cy");
        var trap = FeedbackSite.Fields($"Prynwch bethau rhad. {Guid.NewGuid():N}");
        trap["Form.Website"] = "http://spam.example";
        var page = await (await client.PostFormAsync("/feedback", trap)).DocumentAsync();
        Assert.Contains("Nid oeddem yn gallu derbyn hwn.", page.Text(".govuk-error-summary"));

        for (var i = 1; i <= 5; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/feedback", FeedbackSite.Fields($"Sylw {i} {Guid.NewGuid():N}"))).StatusCode);
        var text = $"Sylw 6 {Guid.NewGuid():N}";
        page = await (await client.PostFormAsync("/feedback", FeedbackSite.Fields(text))).DocumentAsync();
        Assert.Contains("Rydych wedi anfon sawl sylw yn yr awr ddiwethaf.", page.Text(".govuk-error-summary"));
        Assert.Equal(text, page.QuerySelector("#Form_Text")!.TextContent);
        Assert.Null(await site.FindCommentAsync(text));
    }
}
