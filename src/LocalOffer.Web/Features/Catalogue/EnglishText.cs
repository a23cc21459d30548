using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// The English wording itself, for callers that have no visitor's language (provider and officer pages,
/// emails): the key is the English text, so looking it up here gives it back, placeholders filled in.
/// </summary>
public sealed class EnglishText : IStringLocalizer
{
    public static readonly EnglishText Instance = new();

    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
