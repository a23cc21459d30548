namespace LocalOffer.Web.Features.Shortlist;

/// <summary>The shortlist's interface text: English in the source, translations in <c>ShortlistStrings.{language}.resx</c>.</summary>
public sealed class ShortlistStrings;
