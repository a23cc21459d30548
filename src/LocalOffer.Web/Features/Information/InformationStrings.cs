namespace LocalOffer.Web.Features.Information;

/// <summary>The information pages' own interface text (not the pages themselves, which are Markdown files per language).</summary>
public sealed class InformationStrings;
