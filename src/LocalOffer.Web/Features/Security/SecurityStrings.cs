namespace LocalOffer.Web.Features.Security;

/// <summary>The text of the security feature (a form refused for being sent too often). Translations are in <c>SecurityStrings.{language}.resx</c>, keyed by the English text.</summary>
public sealed class SecurityStrings;
