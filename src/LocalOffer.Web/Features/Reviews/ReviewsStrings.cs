namespace LocalOffer.Web.Features.Reviews;

/// <summary>
/// The interface text of the "still accurate" confirm page and the officers' overdue list (the reminder
/// emails stay in English). Translations are in <c>ReviewsStrings.{language}.resx</c>, keyed by the English text.
/// </summary>
public sealed class ReviewsStrings;
