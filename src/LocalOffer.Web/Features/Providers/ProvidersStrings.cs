namespace LocalOffer.Web.Features.Providers;

/// <summary>
/// The interface text of the providers pages. Translations are in <c>ProvidersStrings.{language}.resx</c>, keyed by the
/// English text; validation messages on models in this feature are looked up there too.
/// </summary>
public sealed class ProvidersStrings;
