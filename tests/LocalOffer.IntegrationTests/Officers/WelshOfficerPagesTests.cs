using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Submissions;
using static LocalOffer.IntegrationTests.Officers.ModerationTestData;

namespace LocalOffer.IntegrationTests.Officers;

/// <summary>An officer who chose Welsh works in Welsh: the words, the error messages and the dates.</summary>
public sealed class WelshOfficerPagesTests(OfficerSite site) : IClassFixture<OfficerSite>
{
    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy");

    /// <summary>An officer signed in who has chosen Welsh with the language link, as a person would.</summary>
    private static async Task<HttpClient> InWelshAsync(LocalOfferSite on, Account officer)
    {
        var client = await on.SignedInClientAsync(officer);
        var chosen = await client.GetAsync("/language/cy?returnUrl=/officer");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        return client;
    }

    private static string UkDate(DateTimeOffset at, string format)
    {
        TimeZoneInfo uk;
        try { uk = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { uk = TimeZoneInfo.Utc; }
        return TimeZoneInfo.ConvertTime(at, uk).ToString(format, Welsh);
    }

    private static void AssertWelsh(IDocument page)
    {
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Allgofnodi", page.QuerySelector(".govuk-service-navigation__list a[href='/account/sign-out']")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_officer_home_counts_what_waits_in_Welsh()
    {
        // A site of its own, so the counts are exactly what this test puts there.
        await using var own = new OfficerSite();
        await own.InitializeAsync();
        var officerAccount = await own.CreateAccountAsync(Role.Officer);
        var provider = await own.CreateAccountAsync(Role.Provider);
        var live = await own.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Welsh count swim club"));
        await own.SubmitChangeAsync(provider, live.Id, f => f.About.Summary = "Now on Saturdays too.");
        await own.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Welsh count art club"));
        var newcomer = await own.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        await own.SubmitNewAsync(newcomer, OfficerTestData.CompleteForm("Welsh count drama club"));
        await own.AddCommentAsync("Please list more clubs for teenagers.");

        var officer = await InWelshAsync(own, officerAccount);
        var home = await officer.PageAsync("/officer");

        AssertWelsh(home);
        Assert.Equal("Hafan swyddogion", home.Text("h1"));
        Assert.StartsWith("Hafan swyddogion - ", home.Title);
        var waiting = home.QuerySelectorAll("#waiting a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Squash());
        Assert.Equal("2 rhestr newydd yn aros am gymeradwyaeth", waiting["/officer/queue?kind=new"]);
        Assert.Equal("1 newid i restr fyw yn aros am gymeradwyaeth", waiting["/officer/queue?kind=change"]);
        Assert.Equal("0 cais i dynnu rhestr yn ôl", waiting["/officer/queue?kind=withdrawal"]);
        Assert.Equal("1 sefydliad yn aros am gymeradwyaeth", waiting["/officer/organisations"]);
        Assert.Equal("1 sylw yn aros am benderfyniad", waiting["/officer/comments"]);
        Assert.Matches(@"^\d+ rhestr gyhoeddedig sy'n hwyr i'w hadolygu$", waiting["/officer/overdue"]);
        var main = home.Text("main").Squash();
        Assert.Contains("Creu rhestr ar gyfer sefydliad", main);
        Assert.Contains("Cwestiynau'r Cynnig Lleol a ofynnir i bob darparwr", main);
        Assert.DoesNotContain("waiting for approval", main);
    }

    [Fact]
    public async Task The_queue_is_in_Welsh_with_Welsh_dates_and_machine_dates_left_alone()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await InWelshAsync(site, await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Welsh queue sensory room"));
        var submittedAt = (await site.SubmissionAsync(submission.Id)).SubmittedAt!.Value;

        var queue = await officer.PageAsync("/officer/queue?kind=new");

        AssertWelsh(queue);
        Assert.Equal("Rhestrau newydd sy'n aros am gymeradwyaeth", queue.Text("h1"));
        Assert.Equal(["Popeth", "Rhestrau newydd", "Newidiadau", "Ceisiadau i dynnu'n ôl"], queue.QuerySelectorAll("nav[aria-label='Dangos dim ond'] a").Select(a => a.TextContent.Trim()));
        Assert.Equal(["Beth a gan bwy", "Cyflwynwyd"], queue.QuerySelectorAll("#queue th").Select(th => th.TextContent.Trim()));
        var row = queue.QuerySelectorAll("#queue tbody tr").Single(r => r.TextContent.Contains("Welsh queue sensory room"));
        Assert.Equal("Rhestr newydd", row.QuerySelector(".govuk-tag")!.TextContent.Trim());
        Assert.Equal("Hanes Welsh queue sensory room", row.QuerySelector("a[href$='/history']")!.TextContent.Squash());
        var time = row.QuerySelector("time")!;
        Assert.Equal(UkDate(submittedAt, "d MMM yyyy"), time.TextContent.Trim());
        Assert.Equal(submittedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task A_change_is_compared_field_by_field_in_Welsh()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var live = await site.PublishAsync(provider, officerAccount, OfficerTestData.CompleteForm("Welsh review music group"));
        var change = await site.SubmitChangeAsync(provider, live.Id, f =>
        {
            f.About.Summary = "Music for children who find groups hard.";
            f.Cost.IsFree = false;
            f.Cost.Fees = "£3 a session";
        });
        var officer = await InWelshAsync(site, officerAccount);

        var review = await officer.PageAsync($"/officer/submissions/{change.Id}");

        AssertWelsh(review);
        Assert.Equal("Newid i restr fyw", review.Text(".govuk-caption-l"));
        Assert.StartsWith("Newid: Welsh review music group - ", review.Title);
        Assert.Equal("Yn aros am benderfyniad", review.Text("#state"));
        Assert.Contains("Gweld Welsh review music group fel y mae teuluoedd yn ei weld nawr", review.Text("#live-page"));
        var cards = review.QuerySelectorAll("#changes .govuk-summary-card").Select(c => (
            Title: c.QuerySelector(".govuk-summary-card__title")!.TextContent.Squash(),
            Rows: c.QuerySelectorAll(".govuk-summary-list__row").Select(r => (r.QuerySelector("dt")!.TextContent.Trim(), r.QuerySelector("dd")!.TextContent.Trim())).ToList())).ToList();
        var summary = Assert.Single(cards, c => c.Title == "Am y gwasanaeth: Crynodeb");
        Assert.Equal([("Yn fyw nawr", "A small group called Welsh review music group."), ("Cyflwynwyd", "Music for children who find groups hard.")], summary.Rows);
        var free = Assert.Single(cards, c => c.Title == "Cost: Am ddim");
        Assert.Equal([("Yn fyw nawr", "Ie"), ("Cyflwynwyd", "Na")], free.Rows);
        var costs = Assert.Single(cards, c => c.Title == "Cost: Beth yw'r gost");
        Assert.Equal([("Yn fyw nawr", "Heb ei roi"), ("Cyflwynwyd", "£3 a session")], costs.Rows);
        Assert.Contains("Mae 3 ateb yn wahanol i'r rhestr fyw.", review.Text("main").Squash());

        // Every submitted answer too, under the form's own headings and labels.
        var answers = review.QuerySelector("#answers")!;
        Assert.Contains("Am y gwasanaeth", answers.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        var who = answers.QuerySelectorAll(".govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("4 i 11 oed", who["Oedrannau"]);
        Assert.Equal("Ar gyfer plant a phobl ifanc sydd angen rhywfaint o help ychwanegol (wedi'i dargedu)", who["Lefel yr angen"]);
        Assert.Equal("Wyneb yn wyneb", who["Sut caiff ei ddarparu"]);
        Assert.Equal("Dydd Llun 09:30 i 11:00", who["Amseroedd agor"]);
        Assert.Equal("Every activity is planned with the therapist.", who["Sut mae'r gwasanaeth yn helpu plant a phobl ifanc â SEND?"]);

        Assert.Equal("Cymeradwyo'r newidiadau", review.Text("#approve"));
        Assert.Equal("Dychwelyd i'r darparwr", review.Text("#return"));
        Assert.Equal("Beth sydd angen i'r darparwr ei newid?", review.Text("label[for=Reason]"));
    }

    [Fact]
    public async Task Returning_without_a_reason_gives_the_Welsh_error_summary_and_keeps_what_was_typed()
    {
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await InWelshAsync(site, await site.CreateAccountAsync(Role.Officer));
        var submission = await site.SubmitNewAsync(provider, OfficerTestData.CompleteForm("Welsh returned riding club"));

        var blank = await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "   ")]);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        var page = await blank.DocumentAsync();
        AssertWelsh(page);
        Assert.StartsWith("Gwall: Rhestr newydd: Welsh returned riding club", page.Title);
        Assert.Equal("Mae problem", page.Text(".govuk-error-summary__title"));
        var link = page.QuerySelector(".govuk-error-summary a")!;
        Assert.Equal(("Rhowch beth sydd angen i'r darparwr ei newid", "#Reason"), (link.TextContent.Trim(), link.GetAttribute("href")));
        Assert.Equal("Gwall: Rhowch beth sydd angen i'r darparwr ei newid", page.Text("#Reason-error").Squash());
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);

        // Too long: the same error summary in Welsh, and the words the officer typed are still there to shorten.
        var typed = "Add the cost of a session. " + new string('x', ReviewLimit);
        var tooLong = await (await officer.DecideAsync(submission.Id, "Return", [Field("Reason", typed)])).DocumentAsync();
        Assert.Equal("Rhaid i'r hyn sydd angen i'r darparwr ei newid fod yn 2,000 nod neu lai", tooLong.Text(".govuk-error-summary a"));
        Assert.Equal(typed, tooLong.QuerySelector("textarea#Reason")!.TextContent.Trim());
        Assert.Equal(SubmissionState.Submitted, (await site.SubmissionAsync(submission.Id)).State);

        // With a reason, the banner on the queue says so in Welsh.
        var queue = await officer.FollowAsync(await officer.DecideAsync(submission.Id, "Return", [Field("Reason", "Add the cost of a session.")]));
        Assert.Equal("Llwyddiant", queue.Text(".govuk-notification-banner__title"));
        Assert.Equal("Rydym wedi dychwelyd Welsh returned riding club i'r darparwr gyda'ch rhesymau", queue.Text(".govuk-notification-banner__heading"));
    }

    private const int ReviewLimit = LocalOffer.Web.Features.Officers.ReviewModel.MaxReason;

    [Fact]
    public async Task The_moderation_decide_page_is_in_Welsh()
    {
        var officer = await InWelshAsync(site, await site.CreateAccountAsync(Role.Officer));
        var comment = await site.AddCommentAsync("Please email me at sam.parent@example.org about the missing clubs.", CommentTopic.Information);
        var reference = CommentModeration.Reference(comment.Id);

        var page = await officer.PageAsync($"/officer/comments/{comment.Id}");

        AssertWelsh(page);
        Assert.Equal($"Sylw {reference}", page.Text(".govuk-caption-l"));
        Assert.Equal("Yr wybodaeth yn y Cynnig Lleol", page.Text("h1"));
        var facts = page.QuerySelectorAll("#facts .govuk-summary-list__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Squash());
        Assert.Equal("Rhiant neu ofalwr", facts["Gan"]);
        Assert.Equal("Yn aros am benderfyniad", facts["Statws"]);
        Assert.Equal("Na", facts["Eisiau ateb"]);
        Assert.Equal($"{UkDate(comment.ReceivedAt, "d MMMM yyyy")} am {UkDate(comment.ReceivedAt, "h:mmtt").ToLower(Welsh)}", facts["Daeth i law"]);
        Assert.Equal("cyfeiriad e-bost posibl", page.QuerySelector("#comment-text mark")!.GetAttribute("title"));
        Assert.Contains("sam.parent@example.org (cyfeiriad e-bost)", page.Text("#personal-details").Squash());
        Assert.Equal("Cyhoeddi fel y'i hanfonwyd", page.Text("#publish"));
        Assert.Equal(["Sarhaus", "Blinderus", "Dyblygiad o sylw arall"], page.QuerySelectorAll("input[name=Reason] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Y cyhoedd", "Sylw wedi dod i law"], page.QuerySelectorAll("#history tbody tr")[0].QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()));

        // Withholding for a reason the law does not allow: refused, in Welsh, naming the reason and the topic.
        var refused = await (await officer.ModerateAsync(comment.Id, "Withhold", [Field("Reason", "PersonalInformation"), Field("Note", "Has an email address")])).DocumentAsync();
        Assert.StartsWith($"Gwall: Sylw {reference}", refused.Title);
        Assert.Equal("Mae problem", refused.Text(".govuk-error-summary__title"));
        Assert.StartsWith("Ni allwch atal y sylw hwn fel “Gwybodaeth bersonol na ellir ei thynnu allan”. Mae'r gyfraith yn dweud bod rhaid cyhoeddi sylwadau am yr wybodaeth yn y cynnig lleol,",
            refused.Text(".govuk-error-summary a"));
        Assert.Equal("Has an email address", refused.QuerySelector("textarea#Note")!.TextContent.Trim());

        // Withholding with no reason chosen.
        var noReason = await (await officer.ModerateAsync(comment.Id, "Withhold", [])).DocumentAsync();
        Assert.Equal("Dewiswch pam rydych chi'n atal y sylw hwn", noReason.Text(".govuk-error-summary a"));
        Assert.Equal(CommentState.New, (await site.CommentAsync(comment.Id)).State);

        // Published with edits: the banner, the state and the history in Welsh.
        var after = await officer.FollowAsync(await officer.ModerateAsync(comment.Id, "PublishEdited", [Field("EditedText", "Please list the missing clubs.")]));
        Assert.Equal("Cyhoeddwyd y sylw gyda'ch golygiadau. Mae'r geiriau fel y'u hanfonwyd yn aros yn breifat.", after.Text(".govuk-notification-banner__heading"));
        Assert.Equal("Cyhoeddwyd gyda golygiadau", after.Text("#state"));
        Assert.Contains("Cyhoeddwyd gyda golygiadau: Tynnwyd manylion personol allan cyn cyhoeddi", after.Text("#history").Squash());
        Assert.Equal("Ysgrifennu ymateb i'r sylw hwn", after.Text("form[action$='handler=Respond'] h3"));
    }

    [Fact]
    public async Task The_officers_page_for_admins_is_in_Welsh()
    {
        var admin = await InWelshAsync(site, await site.CreateAccountAsync(Role.Admin));

        var page = await admin.PageAsync("/admin/officers");
        Assert.Equal("Swyddogion", page.Text("h1"));
        Assert.Contains("Test Admin (chi)", page.Text("tbody"));

        var refused = await (await admin.PostFormAsync("/admin/officers", new() { ["Email"] = "not an email" })).DocumentAsync();
        Assert.StartsWith("Gwall: Swyddogion", refused.Title);
        Assert.Equal("Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.com", refused.Text(".govuk-error-summary a"));
        Assert.Equal("not an email", refused.QuerySelector("input#Email")!.GetAttribute("value"));
    }
}
