using LocalOffer.Web.Features.Information;

namespace LocalOffer.UnitTests.Information;

public sealed class ContentLibraryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localoffer-content-" + Guid.NewGuid().ToString("N"));

    public ContentLibraryTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "about"));
        File.WriteAllText(Path.Combine(_folder, "index.md"), "---\ntitle: Information and advice\n---\nStart here.");
        File.WriteAllText(Path.Combine(_folder, "about", "index.md"), "---\ntitle: About\norder: 1\n---\nAbout us.");
        File.WriteAllText(Path.Combine(_folder, "about", "b-page.md"),
            "---\ntitle: Second page\nsummary: The second.\norder: 20\nlast_reviewed: 2026-01-31\ncategories: [short-breaks]\n---\n## Heading\n\nText with <script>alert(1)</script> and <b>bold</b>.\n\n- one\n- [a link](/services)\n");
        File.WriteAllText(Path.Combine(_folder, "about", "a-page.md"), "---\ntitle: First page\norder: 10\n---\nHello.");
        File.WriteAllText(Path.Combine(_folder, "about", "a-page.easy-read.md"), "---\ntitle: First page\nvariant: easy-read\n---\nHi.");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_never_as_markup()
    {
        var page = new ContentLibrary(_folder).Find("about/b-page")!;
        Assert.DoesNotContain("<script>", page.Html);
        Assert.DoesNotContain("<b>", page.Html);
        Assert.Contains("&lt;script&gt;", page.Html);
    }

    [Fact]
    public void Front_matter_and_govuk_styles_are_applied()
    {
        var page = new ContentLibrary(_folder).Find("about/b-page")!;
        Assert.Equal("Second page", page.Title);
        Assert.Equal("The second.", page.Summary);
        Assert.Equal(new DateOnly(2026, 1, 31), page.LastReviewed);
        Assert.Equal(["short-breaks"], page.Categories);
        Assert.Contains("<h2 id=\"heading\" class=\"govuk-heading-l\">", page.Html);
        Assert.Contains("<ul class=\"govuk-list govuk-list--bullet\">", page.Html);
        Assert.Contains("<a href=\"/services\" class=\"govuk-link\">", page.Html);
        Assert.Equal("/information/about/b-page", page.Url);
    }

    [Fact]
    public void Navigation_comes_from_the_folders_in_front_matter_order()
    {
        var library = new ContentLibrary(_folder);
        var section = Assert.Single(library.Sections);
        Assert.Equal("About", section.Index.Title);
        Assert.Equal(["First page", "Second page"], section.Pages.Select(p => p.Title));
        Assert.Equal("Information and advice", library.Find("")!.Title);
        Assert.Equal(["Second page"], library.ForCategory("short-breaks").Select(p => p.Title));
    }

    [Fact]
    public void Easy_read_versions_sit_beside_their_page()
    {
        var library = new ContentLibrary(_folder);
        var page = library.Find("about/a-page")!;
        Assert.True(library.HasVariant(page, "easy-read"));
        Assert.Equal("Hi.", library.Find("about/a-page", "easy-read")!.Html.Replace("<p class=\"govuk-body\">", "").Replace("</p>", "").Trim());
        Assert.False(library.HasVariant(library.Find("about/b-page")!, "easy-read"));
    }
}
