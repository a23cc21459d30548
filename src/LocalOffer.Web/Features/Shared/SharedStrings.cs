namespace LocalOffer.Web.Features.Shared;

/// <summary>
/// The interface text of the page frame (header, language links, menu, footer), the form components and
/// the error pages. Translations are in <c>SharedStrings.{language}.resx</c>, keyed by the English text.
/// </summary>
public sealed class SharedStrings;
