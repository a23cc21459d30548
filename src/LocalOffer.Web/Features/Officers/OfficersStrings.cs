namespace LocalOffer.Web.Features.Officers;

/// <summary>The officer pages' interface text: English in the source, translations in <c>OfficersStrings.cy.resx</c>.</summary>
public sealed class OfficersStrings;
