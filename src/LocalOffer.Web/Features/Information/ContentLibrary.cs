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
/// Read version of <c>page.md</c>.
/// </summary>
public sealed class ContentLibrary
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
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
        _pages = Directory.Exists(contentFolder)
            ? Directory.EnumerateFiles(contentFolder, "*.md", SearchOption.AllDirectories)
                .Select(file => Load(contentFolder, file))
                .ToDictionary(p => p.Path + (p.Variant is null ? "" : "/" + p.Variant), StringComparer.OrdinalIgnoreCase)
            : [];
    }

    public InformationPage? Find(string path, string? variant = null) =>
        _pages.GetValueOrDefault(path.Trim('/') + (variant is null ? "" : "/" + variant));

    public bool HasVariant(InformationPage page, string variant) => _pages.ContainsKey(page.Path + "/" + variant);

    public IEnumerable<InformationPage> All => _pages.Values;

    /// <summary>The top-level sections, in order, each with its pages: the navigation of the information area.</summary>
    public IReadOnlyList<InformationSection> Sections => _pages.Values
        .Where(p => p.IsSection && p.Path.Length > 0 && !p.Path.Contains('/'))
        .OrderBy(p => p.Order).ThenBy(p => p.Title)
        .Select(index => new InformationSection(index, PagesIn(index.Path)))
        .ToList();

    public IReadOnlyList<InformationPage> PagesIn(string sectionPath) => _pages.Values
        .Where(p => !p.IsSection && p.Variant is null && Parent(p.Path) == sectionPath)
        .OrderBy(p => p.Order).ThenBy(p => p.Title)
        .ToList();

    public InformationSection? SectionOf(InformationPage page)
    {
        var parent = page.IsSection ? page.Path : Parent(page.Path);
        var index = Find(parent);
        return index is null || parent.Length == 0 ? null : new InformationSection(index, PagesIn(parent));
    }

    /// <summary>Pages that say they relate to a directory category.</summary>
    public IEnumerable<InformationPage> ForCategory(string categorySlug) => _pages.Values
        .Where(p => p.Variant is null && p.Categories.Contains(categorySlug, StringComparer.OrdinalIgnoreCase))
        .OrderBy(p => p.Title);

    private static string Parent(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static InformationPage Load(string root, string file)
    {
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var name = relative[..^3];
        string? variant = null;
        if (name.EndsWith(".easy-read", StringComparison.OrdinalIgnoreCase))
        {
            variant = "easy-read";
            name = name[..^".easy-read".Length];
        }
        var isSection = name == "index" || name.EndsWith("/index", StringComparison.Ordinal);
        var path = !isSection ? name : name == "index" ? "" : name[..^"/index".Length];

        var markdown = File.ReadAllText(file);
        var document = Markdown.Parse(markdown, Pipeline);
        var front = ReadFrontMatter(document, markdown);
        StyleForGovUk(document);
        var html = document.ToHtml(Pipeline);

        return new InformationPage(
            path,
            front.Title ?? Path.GetFileNameWithoutExtension(file),
            front.Summary ?? "",
            front.Owner,
            DateOnly.TryParse(front.LastReviewed, out var reviewed) ? reviewed : null,
            front.Language ?? "en",
            variant,
            front.Order ?? 100,
            front.Categories ?? [],
            html) { IsSection = isSection };
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
