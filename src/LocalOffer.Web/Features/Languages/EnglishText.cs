using System.Globalization;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Languages;

/// <summary>
/// The interface text as written in the source, in English whatever the current culture: for code that
/// runs outside a request (commands, background jobs, officers' records) and for rules checked where no
/// request's localizer is at hand.
/// </summary>
public sealed class EnglishText : IStringLocalizer
{
    public static readonly EnglishText Instance = new();

    private EnglishText() { }

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.GetCultureInfo("en-GB"), name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
