using LocalOffer.Web.Infrastructure.Hosting;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace LocalOffer.Web.Features.Information;

/// <summary>
/// The information pages: Markdown files under <c>content/</c> with YAML front matter, rendered once at
/// start-up with raw HTML switched off (a page cannot carry script or markup of its own). Folders are
/// sections; each folder's index.md introduces it. A file named <c>page.easy-read.md</c> is the Easy
/// Read version of <c>page.md</c>; <c>page.cy.md</c> and <c>page.ur.md</c> are its Welsh and Urdu translations
/// (a page with no translation is shown in English, saying so). Short forms defined in the glossary page
/// become abbreviations, explained where they appear.
/// </summary>
public sealed partial class ContentLibrary
{
    public const string English = "en";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAbbreviations()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private readonly Dictionary<string, InformationPage> _pages;

    public ContentLibrary(string contentFolder)
    {
        var files = Directory.Exists(contentFolder)
            ? Directory.EnumerateFiles(contentFolder, "*.md", SearchOption.AllDirectories).ToList()
            : [];
        var glossaryFile = Path.Combine(contentFolder, Glossary.ContentPath + ".md");
        Glossary = File.Exists(glossaryFile) ? Glossary.Read(Markdown.Parse(File.ReadAllText(glossaryFile), Pipeline)) : Glossary.Empty;
        _pages = files.Select(file => Load(contentFolder, file, Glossary))
            .ToDictionary(p => Key(p.Path, p.Variant, p.Language), StringComparer.OrdinalIgnoreCase);
    }

    public Glossary Glossary { get; }

    /// <summary>The page in the language asked for, or in English if it has not been translated.</summary>
    public InformationPage? Find(string path, string? variant = null, string language = English) =>
        _pages.GetValueOrDefault(Key(path.Trim('/'), variant, language)) ?? _pages.GetValueOrDefault(Key(path.Trim('/'), variant, English));

    public bool HasVariant(InformationPage page, string variant) => _pages.ContainsKey(Key(page.Path, variant, English));

    /// <summary>The translations of an English page.</summary>
    public IEnumerable<InformationPage> TranslationsOf(InformationPage page) => _pages.Values
        .Where(p => p.Path == page.Path && p.Variant == page.Variant && p.Language != English);

    /// <summary>Every page in English, with its Easy Read versions; translations are reached through <see cref="TranslationsOf"/>.</summary>
    public IEnumerable<InformationPage> All => _pages.Values.Where(p => p.Language == English);

    private static string Key(string path, string? variant, string language) =>
        path + (variant is null ? "" : "/" + variant) + "@" + language;

    /// <summary>The top-level sections, in order, each with its pages: the navigation of the information area.</summary>
    public IReadOnlyList<InformationSection> SectionsIn(string language = English) => All
        .Where(p => p.IsSection && p.Path.Length > 0 && !p.Path.Contains('/'))
        .OrderBy(p => p.Order).ThenBy(p => p.Title)
        .Select(index => new InformationSection(InLanguage(index, language), PagesIn(index.Path, language)))
        .ToList();

    public IReadOnlyList<InformationSection> Sections => SectionsIn();

    /// <summary>The pages of a section, in their English order, each in the language asked for where it has been translated.</summary>
    public IReadOnlyList<InformationPage> PagesIn(string sectionPath, string language = English) => All
        .Where(p => !p.IsSection && p.Variant is null && Parent(p.Path) == sectionPath)
        .OrderBy(p => p.Order).ThenBy(p => p.Title)
        .Select(p => InLanguage(p, language))
        .ToList();

    public InformationSection? SectionOf(InformationPage page, string language = English)
    {
        var parent = page.IsSection ? page.Path : Parent(page.Path);
        var index = Find(parent, null, language);
        return index is null || parent.Length == 0 ? null : new InformationSection(index, PagesIn(parent, language));
    }

    /// <summary>Pages that say they relate to a directory category, in the language asked for where translated.</summary>
    public IEnumerable<InformationPage> ForCategory(string categorySlug, string language = English) => All
        .Where(p => p.Variant is null && p.Categories.Contains(categorySlug, StringComparer.OrdinalIgnoreCase))
        .Select(p => InLanguage(p, language))
        .OrderBy(p => p.Title);

    private InformationPage InLanguage(InformationPage page, string language) => Find(page.Path, page.Variant, language) ?? page;

    private static string Parent(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static InformationPage Load(string root, string file, Glossary glossary)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var name = relative[..^3];
        var language = English;
        if (TranslationSuffix().Match(name) is { Success: true } suffix)
        {
            language = suffix.Groups["language"].Value.ToLowerInvariant();
            name = name[..suffix.Index];
        }
        string? variant = null;
        if (name.EndsWith(".easy-read", StringComparison.OrdinalIgnoreCase))
        {
            variant = "easy-read";
            name = name[..^".easy-read".Length];
        }
        var isSection = name == "index" || name.EndsWith("/index", StringComparison.Ordinal);
        var path = !isSection ? name : name == "index" ? "" : name[..^"/index".Length];

        var markdown = File.ReadAllText(file);
        var explained = path == Glossary.ContentPath ? markdown : markdown + "\n" + glossary.AbbreviationMarkdown;
        var document = Markdown.Parse(explained, Pipeline);
        var front = ReadFrontMatter(document, markdown);
        StyleForGovUk(document);
        var html = document.ToHtml(Pipeline);

        return new InformationPage(
            path,
            front.Title ?? Path.GetFileNameWithoutExtension(file),
            front.Summary ?? "",
            front.Owner,
            DateOnly.TryParse(front.LastReviewed, out var reviewed) ? reviewed : null,
            language,
            variant,
            front.Order ?? 100,
            front.Categories ?? [],
            html) { IsSection = isSection, ShortForms = path == Glossary.ContentPath ? [] : glossary.UsedIn(markdown) };
    }

    private static FrontMatter ReadFrontMatter(MarkdownDocument document, string markdown)
    {
        var block = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null) return new FrontMatter();
        var yaml = markdown.Substring(block.Span.Start, block.Span.Length).Trim().Trim('-');
        return Yaml.Deserialize<FrontMatter>(yaml) ?? new FrontMatter();
    }

    /// <summary>Puts GOV.UK Frontend's typography classes on the rendered elements.</summary>
    private static void StyleForGovUk(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            var css = node switch
            {
                HeadingBlock { Level: 2 } => "govuk-heading-l",
                HeadingBlock { Level: 3 } => "govuk-heading-m",
                HeadingBlock => "govuk-heading-s",
                ListBlock { IsOrdered: true } => "govuk-list govuk-list--number",
                ListBlock => "govuk-list govuk-list--bullet",
                ParagraphBlock { Parent: MarkdownDocument or QuoteBlock } => "govuk-body",
                QuoteBlock => "govuk-inset-text",
                Table => "govuk-table",
                LinkInline { IsImage: false } => "govuk-link",
                _ => null,
            };
            if (css is not null) node.GetAttributes().AddClass(css);
        }
    }

    /// <summary>".cy" or ".ur" at the end of a file name (before ".md"): a translation.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\.(?<language>[a-z]{2})$")]
    private static partial System.Text.RegularExpressions.Regex TranslationSuffix();

    private sealed class FrontMatter
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Owner { get; set; }
        public string? LastReviewed { get; set; }
        public string? Language { get; set; }
        public string? Variant { get; set; }
        public int? Order { get; set; }
        public List<string>? Categories { get; set; }
    }
}

public static class InformationRegistration
{
    public static IServiceCollection AddInformationPages(this IServiceCollection services) =>
        services.AddSingleton(_ => new ContentLibrary(SiteFolders.Content));
}
