namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// The interface text of the catalogue (browsing, search and service pages) and the names and summaries of
/// the categories, areas of need and age bands families see. Translations are in
/// <c>CatalogueStrings.{language}.resx</c>, keyed by the English text.
/// </summary>
public sealed class CatalogueStrings;
