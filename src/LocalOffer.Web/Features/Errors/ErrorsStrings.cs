namespace LocalOffer.Web.Features.Errors;

/// <summary>The error pages' text. Translations are in <c>ErrorsStrings.{language}.resx</c>, keyed by the English text.</summary>
public sealed class ErrorsStrings;
