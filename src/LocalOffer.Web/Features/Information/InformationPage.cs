namespace LocalOffer.Web.Features.Information;

/// <summary>One Markdown file under <c>content/</c>, rendered.</summary>
public sealed record InformationPage(
    string Path,
    string Title,
    string Summary,
    string? Owner,
    DateOnly? LastReviewed,
    string Language,
    string? Variant,
    int Order,
    IReadOnlyList<string> Categories,
    string Html)
{
    /// <summary>The address of the page: <c>/information</c>, <c>/information/about</c>, <c>/information/about/no-internet</c>.</summary>
    public string Url => Path.Length == 0 ? "/information" : "/information/" + Path;

    public bool IsSection { get; init; }

    /// <summary>The glossary's short forms this page uses, in the order they first appear.</summary>
    public IReadOnlyList<GlossaryTerm> ShortForms { get; init; } = [];
}

/// <summary>A folder of pages: its index page and the pages in it, in their front-matter order.</summary>
public sealed record InformationSection(InformationPage Index, IReadOnlyList<InformationPage> Pages);
