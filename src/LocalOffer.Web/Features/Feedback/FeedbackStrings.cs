namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// The interface text of the public comment forms, "Was this page useful?", the published comments and
/// "You said, we did". Translations are in <c>FeedbackStrings.{language}.resx</c>, keyed by the English text.
/// </summary>
public sealed class FeedbackStrings;
