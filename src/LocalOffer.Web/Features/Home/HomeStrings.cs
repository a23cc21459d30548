namespace LocalOffer.Web.Features.Home;

/// <summary>The home page's interface text. Translations are in <c>HomeStrings.{language}.resx</c>, keyed by the English text.</summary>
public sealed class HomeStrings;
