using LocalOffer.Web.Features.Feedback;

namespace LocalOffer.UnitTests.Languages;

/// <summary>
/// The comment form's three wordings and the words for each choice are English values held in code (and, for a
/// published year, in its frozen figures), looked up when a page shows them. The source check cannot see those
/// keys, so this one lists them and asks for each in every language the feedback pages speak.
/// </summary>
public sealed class FeedbackTextTranslationTests
{
    public static TheoryData<string> Languages => new() { "cy", "ur" };

    private static IEnumerable<string> EnglishTexts() =>
        new[] { FeedbackWording.Standard, FeedbackWording.YoungPeople, FeedbackWording.EasyRead }.SelectMany(w => w.Texts)
            .Concat(Enum.GetValues<CommentTopic>().Select(FeedbackText.Describe))
            .Concat(Enum.GetValues<CommentGiver>().Select(FeedbackText.Describe))
            .Concat(Enum.GetValues<WithholdReason>().Select(FeedbackText.Describe))
            .Concat(Enum.GetValues<ActionStatus>().Select(FeedbackText.Describe))
            .Distinct();

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_wording_of_the_form_and_every_choice_has_a_translation(string language)
    {
        var translations = InterfaceTextTests.Translations("Feedback", language);
        var missing = EnglishTexts().Where(text => !translations.ContainsKey(text)).Order().ToList();
        Assert.True(missing.Count == 0, $"Feedback has no {language} text for:\n" + string.Join("\n", missing));
    }
}
