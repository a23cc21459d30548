using System.Globalization;
using System.Xml.Linq;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Officers;
using LocalOffer.Web.Features.Submissions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LocalOffer.UnitTests.Languages;

/// <summary>
/// The officer pages show words other features write in English (the template form's headings, labels and
/// checks, the comment topics, what was recorded) and look them up in their own Welsh at run time, which the
/// source check cannot see. These read the compiled resources, as the site does.
/// </summary>
public sealed class OfficerWordsTests : IDisposable
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture, uiCulture = CultureInfo.CurrentUICulture;
    private readonly IStringLocalizer text;

    public OfficerWordsTests()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("cy");
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        text = factory.Create(typeof(OfficersStrings));
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = uiCulture;
    }

    private void AssertWelsh(IEnumerable<string> english)
    {
        var missing = english.Distinct().Where(e => text[e].ResourceNotFound && text.Translate(e) == e).Order().ToList();
        Assert.True(missing.Count == 0, "No Welsh on the officer pages for:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("Officers", "cy")]
    [InlineData("Admin", "cy")]
    public void No_two_keys_differ_only_in_case(string feature, string language)
    {
        // Resource names are matched without regard to case: of two such keys only one survives the build.
        var clashes = InterfaceTextTests.Translations(feature, language).Keys
            .GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, "Keys that differ only in case:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void The_template_forms_headings_labels_and_fixed_answers_have_Welsh()
    {
        var form = new ListingForm
        {
            Who = new() { MinimumAge = 4, MaximumAge = 11 },
            Cost = new() { IsFree = false },
            Where = new() { Venues = [new VenueForm { Town = "Bath" }] },
            School = new() { IsSchoolOrCollege = true },
        };
        var rows = new FormSummary(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>()).Rows(form);

        AssertWelsh(TemplateSections.All.Select(s => s.Title));
        AssertWelsh(rows.Select(r => r.Question));
        AssertWelsh(OfficerAnswers.FormWords);
        AssertWelsh(Enum.GetValues<DayOfWeek>().Select(ListingText.DayName));
    }

    [Fact]
    public void The_template_forms_checks_have_Welsh()
    {
        var empty = new ListingForm { Where = new() { Venues = [new VenueForm { Name = "Hall" }] } };
        AssertWelsh(SubmissionWorkflow.Problems(empty).Select(p => p.Message));
        Assert.Equal("Rhaid i'r enw fod yn 120 nod neu lai", text.Translate("The name must be 120 characters or fewer"));
        Assert.Equal("Rhaid i bob ateb fod yn 2,000 nod neu lai", text.Translate("Each answer must be 2,000 characters or fewer"));
    }

    [Fact]
    public void Comment_topics_givers_reasons_and_statuses_have_Welsh()
    {
        AssertWelsh(Enum.GetValues<CommentTopic>().Select(FeedbackText.Describe));
        AssertWelsh(Enum.GetValues<CommentGiver>().Select(FeedbackText.Describe));
        AssertWelsh(Enum.GetValues<WithholdReason>().Select(FeedbackText.Describe));
        AssertWelsh(Enum.GetValues<ActionStatus>().Select(FeedbackText.Describe));
        var details = Enum.GetValues<PersonalDetailKind>().Select(k => new PersonalDetail(0, 1, k, "x").Describe()).ToList();
        Assert.All(details, d => Assert.NotEqual(d, text.LowerCaseWords(d)));
        Assert.Equal("cyfeiriad e-bost", text.LowerCaseWords("email address"));
    }

    [Fact]
    public void What_was_recorded_reads_in_Welsh()
    {
        AssertWelsh([
            "Registered the organisation", "Asked for the listing to be withdrawn", "Submitted for approval", "Discarded unsubmitted changes",
            "Deleted the draft", "Approved and published", "Approved the changes", "Withdrew the listing", "Returned to the provider",
            "Confirmed still accurate", "Approved the organisation", "Provider, by the link in a reminder email",
            "Published as sent", "Published with edits", "Withheld", "Themes changed", "Shared with the provider", "Response published",
            CouncilResponses.ToldAction, "Personal details taken out before publishing", "No themes", "The Local Offer site",
        ]);
        Assert.Equal("Golygwyd \"Cost\" cyn penderfynu", text.Translate("Edited \"Cost\" before deciding"));
        Assert.Equal("2025 i 2026", text.Translate("2025 to 2026"));
    }

    [Fact]
    public void Answers_keep_what_the_provider_typed_and_translate_the_forms_own_words()
    {
        Assert.Equal("Wyneb yn wyneb, Ar-lein", OfficerAnswers.Translate("In person, Online", text));
        Assert.Equal("Mae angen i weithiwr proffesiynol, fel athro, ymwelydd iechyd neu weithiwr cymdeithasol, eich atgyfeirio, Mae angen i chi wneud cais",
            OfficerAnswers.Translate("A professional, such as a teacher, health visitor or social worker, needs to refer you, You need to apply", text));
        Assert.Equal("4 i 11 oed", OfficerAnswers.Translate("4 to 11 years", text));
        Assert.Equal("Dydd Llun 09:30 i 11:00\nDydd Gwener 10:00 i 12:00", OfficerAnswers.Translate("Monday 09:30 to 11:00\nFriday 10:00 to 12:00", text));
        Assert.Equal("01632 960 001 (wedi'i guddio rhag y cyhoedd)", OfficerAnswers.Translate("01632 960 001 (hidden from the public)", text));
        // What the provider wrote stays as written, even when it starts with one of the form's words.
        Assert.Equal("Yes, we can help with transport", OfficerAnswers.Translate("Yes, we can help with transport", text));
        Assert.Equal("Games and stories in a calm room.", OfficerAnswers.Translate("Games and stories in a calm room.", text));
    }

    [Fact]
    public void Display_dates_follow_the_culture_and_machine_dates_do_not()
    {
        var at = new DateTimeOffset(2026, 12, 2, 15, 5, 0, TimeSpan.Zero);
        Assert.Equal("2 Rhagfyr 2026", OfficerText.Date(at));
        Assert.Equal("2 Rhagfyr 2026", OfficerText.Date(new DateOnly(2026, 12, 2)));
        Assert.StartsWith("2 Rhagfyr 2026 am 3:05", OfficerText.DateAndTime(at, text));
        Assert.Equal("2026-12-02T15:05:00Z", OfficerText.Iso(at));

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        Assert.Equal("2 December 2026", OfficerText.Date(at));
        Assert.Equal("2 Dec 2026", OfficerText.ShortDate(at));
        Assert.Equal("2 December 2026 at 3:05pm", OfficerText.DateAndTime(at, text));
    }
}
