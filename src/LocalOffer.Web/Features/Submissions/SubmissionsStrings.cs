namespace LocalOffer.Web.Features.Submissions;

/// <summary>
/// The interface text of the submissions pages. Translations are in <c>SubmissionsStrings.{language}.resx</c>, keyed by the
/// English text; validation messages on models in this feature are looked up there too.
/// </summary>
public sealed class SubmissionsStrings;
