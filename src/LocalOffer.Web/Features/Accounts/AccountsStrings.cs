namespace LocalOffer.Web.Features.Accounts;

/// <summary>
/// The interface text of the accounts pages. Translations are in <c>AccountsStrings.{language}.resx</c>, keyed by the
/// English text; validation messages on models in this feature are looked up there too.
/// </summary>
public sealed class AccountsStrings;
