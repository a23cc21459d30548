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
        File.WriteAllText(Path.Combine(_folder, "about", "a-page.cy.md"), "---\ntitle: Tudalen gyntaf\nlanguage: cy\norder: 10\nlast_reviewed: 2025-06-01\n---\nHelo. Mae'r SENCO yn helpu.");
        File.WriteAllText(Path.Combine(_folder, "about", "b-page.ur.md"), "---\ntitle: دوسرا صفحہ\nlanguage: ur\nlast_reviewed: 2026-01-01\n---\nسلام");
        File.WriteAllText(Path.Combine(_folder, "about", "glossary.md"),
            "---\ntitle: Glossary\norder: 90\n---\n### SENCO (special educational needs co-ordinator)\n\nThe teacher who organises help.\n\n### NEET\n\nShort for not in education. It describes young people.\n\n### Short breaks\n\nTime apart.\n");
        File.WriteAllText(Path.Combine(_folder, "about", "c-page.md"), "---\ntitle: Third page\norder: 30\nlast_reviewed: 2025-12-20\n---\nAsk the SENCO. A SENCOS word is not one. NEET too.");
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
        Assert.Equal(["First page", "Second page", "Third page", "Glossary"], section.Pages.Select(p => p.Title));
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

    [Fact]
    public void A_translation_sits_beside_its_page_and_a_page_without_one_falls_back_to_english()
    {
        var library = new ContentLibrary(_folder);
        var welsh = library.Find("about/a-page", language: "cy")!;
        Assert.Equal(("Tudalen gyntaf", "cy"), (welsh.Title, welsh.Language));
        var fallback = library.Find("about/b-page", language: "cy")!;
        Assert.Equal(("Second page", "en"), (fallback.Title, fallback.Language));
        Assert.Equal("First page", library.Find("about/a-page")!.Title);
        Assert.Equal(["Tudalen gyntaf", "Second page", "Third page", "Glossary"], library.PagesIn("about", "cy").Select(p => p.Title));
        Assert.DoesNotContain(library.All, p => p.Language != "en");
    }

    [Fact]
    public void Short_forms_from_the_glossary_are_explained_where_they_appear()
    {
        var library = new ContentLibrary(_folder);
        var page = library.Find("about/c-page")!;
        Assert.Contains("Ask the <abbr title=\"special educational needs co-ordinator\">SENCO</abbr>.", page.Html);
        Assert.Contains("A SENCOS word", page.Html);
        Assert.Contains("<abbr title=\"Short for not in education.\">NEET</abbr>", page.Html);
        Assert.Equal(["SENCO", "NEET"], page.ShortForms.Select(t => t.ShortForm));
        Assert.Equal("/information/about/glossary#senco-special-educational-needs-co-ordinator", page.ShortForms[0].Url);
        Assert.Empty(library.Find("about/glossary")!.ShortForms);
        Assert.DoesNotContain("<abbr", library.Find("about/glossary")!.Html);
    }

    [Fact]
    public void Officers_see_overdue_pages_first_and_translations_older_than_their_english_page()
    {
        var reviews = PageReviews.For(new ContentLibrary(_folder), new DateOnly(2026, 12, 2), reviewMonths: 12);
        var byTitle = reviews.Where(r => r.Page.Variant is null).ToDictionary(r => r.Page.Title);
        Assert.Equal(PageReviewState.Overdue, byTitle["Tudalen gyntaf"].State);      // reviewed 1 June 2025
        Assert.Equal(new DateOnly(2026, 6, 1), byTitle["Tudalen gyntaf"].DueBy);
        Assert.Equal(PageReviewState.DueSoon, byTitle["Third page"].State);          // due 20 December 2026
        Assert.Equal(PageReviewState.UpToDate, byTitle["Second page"].State);        // due 31 January 2027
        Assert.Equal(PageReviewState.NeverReviewed, byTitle["First page"].State);
        Assert.False(byTitle["Tudalen gyntaf"].OlderThanEnglish);                    // its English page has no review date
        Assert.True(byTitle["دوسرا صفحہ"].OlderThanEnglish);                         // 1 January, English 31 January
        Assert.Equal("Tudalen gyntaf", reviews[0].Page.Title);
    }
}
