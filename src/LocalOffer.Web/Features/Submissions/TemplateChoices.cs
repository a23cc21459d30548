using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>The options the template form offers, in the words families see.</summary>
public sealed class TemplateChoices
{
    public required IReadOnlyList<Need> Needs { get; init; }
    public required IReadOnlyList<Category> TopCategories { get; init; }
    public required IReadOnlyDictionary<string, LocalOfferQuestion> Questions { get; init; }

    public static IEnumerable<SelectListItem> Of<T>(Func<T, string> describe) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => new SelectListItem(describe(v), v.ToString()));

    public static IReadOnlyList<SelectListItem> YesNo(Microsoft.Extensions.Localization.IStringLocalizer<SubmissionsStrings> text) => [new(text["Yes"], "true"), new(text["No"], "false")];
}
