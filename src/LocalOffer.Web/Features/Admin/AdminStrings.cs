namespace LocalOffer.Web.Features.Admin;

/// <summary>The admin pages' interface text: English in the source, translations in <c>AdminStrings.cy.resx</c>.</summary>
public sealed class AdminStrings;
