using System.ComponentModel.DataAnnotations;
using System.Reflection;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Submissions;

namespace LocalOffer.UnitTests.Languages;

/// <summary>
/// The provider pages also show text the source check cannot see as a literal key: the template form's section
/// names, the words for its choices, the rules written on its models and comment statuses from the feedback
/// feature. Each must have its Welsh in the feature that shows it.
/// </summary>
public sealed class ProviderTextTests
{
    [Fact]
    public void The_template_form_sections_and_groups_have_welsh_names()
    {
        var names = TemplateSections.All.SelectMany(s => new[] { s.Title, s.Group }).Distinct();
        AssertTranslated("Submissions", names);
    }

    [Fact]
    public void The_template_form_choices_have_welsh_words()
    {
        var words = Enum.GetValues<DeliveryMode>().Select(ListingText.Describe)
            .Concat(Enum.GetValues<AccessRoute>().Select(ListingText.Describe))
            .Concat(Enum.GetValues<ServiceLevel>().Select(ListingText.Describe))
            .Concat(Enum.GetValues<EhcPlanRequirement>().Select(ListingText.Describe))
            .Concat(Enum.GetValues<Reach>().Select(ListingText.Describe))
            .Concat(Enum.GetValues<VenueFeature>().Select(ListingText.Describe))
            .Append(FormSummary.NotGiven);
        AssertTranslated("Submissions", words);
    }

    [Theory]
    [InlineData("Accounts")]
    [InlineData("Providers")]
    [InlineData("Submissions")]
    public void Every_rule_written_on_a_model_has_its_welsh(string feature)
    {
        var ns = $"LocalOffer.Web.Features.{feature}";
        var members = typeof(ListingForm).Assembly.GetTypes().Where(t => t.Namespace == ns)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly));
        var texts = members.SelectMany(m => m.GetCustomAttributes<ValidationAttribute>().Select(a => a.ErrorMessage)
            .Append(m.GetCustomAttribute<DisplayAttribute>()?.Name))
            .OfType<string>().Distinct().ToList();
        Assert.NotEmpty(texts);
        AssertTranslated(feature, texts);
    }

    [Fact]
    public void Comment_statuses_on_the_dashboard_have_welsh_words()
    {
        var comments = new[] { CommentState.New, CommentState.Published }.Select(state => new Comment { Text = "", State = state })
            .Concat(Enum.GetValues<WithholdReason>().Select(reason => new Comment { Text = "", State = CommentState.Withheld, WithheldBecause = reason }));
        AssertTranslated("Providers", comments.Select(CommentModeration.StatusForProvider));
    }

    private static void AssertTranslated(string feature, IEnumerable<string> english)
    {
        var welsh = InterfaceTextTests.Translations(feature, "cy");
        var missing = english.Where(e => !welsh.ContainsKey(e)).Distinct().ToList();
        Assert.True(missing.Count == 0, $"{feature} has no Welsh for:\n" + string.Join("\n", missing));
    }
}
