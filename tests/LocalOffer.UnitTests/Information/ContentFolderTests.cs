using System.Text.RegularExpressions;
using LocalOffer.Web.Features.Information;

namespace LocalOffer.UnitTests.Information;

/// <summary>The site's own information pages: every page says who owns it, when it was last reviewed and its language.</summary>
public sealed partial class ContentFolderTests
{
    private static readonly string Folder = FindContent();

    [Fact]
    public void Every_page_has_a_title_summary_owner_review_date_and_the_language_its_file_name_says()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetRelativePath(Folder, file);
            foreach (var field in new[] { "title", "summary", "owner", "last_reviewed", "language" })
                if (!Regex.IsMatch(text, $@"^{field}: \S", RegexOptions.Multiline)) problems.Add($"{name}: no {field}");
            var suffix = Suffix().Match(Path.GetFileName(file));
            var expected = suffix.Success ? suffix.Groups[1].Value : "en";
            var declared = Regex.Match(text, @"^language: (\S+)", RegexOptions.Multiline).Groups[1].Value;
            if (declared != expected) problems.Add($"{name}: language {declared}, but the file name says {expected}");
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_glossary_defines_the_short_forms_families_meet()
    {
        var glossary = new ContentLibrary(Folder).Glossary;
        foreach (var shortForm in new[] { "SEN", "SEND", "EHC plan", "SENCO", "IAS", "CAMHS", "SALT", "OT", "PMLD", "SEMH" })
            Assert.True(glossary.Find(shortForm) is not null, $"{shortForm} is not in the glossary");
        Assert.Contains(glossary.Terms, t => t.Heading == "Short breaks");
        Assert.Contains(glossary.Terms, t => t.Heading == "Personal budget");
        Assert.Contains(glossary.Terms, t => t.Heading == "Tribunal");
        Assert.All(glossary.Terms, t => Assert.False(string.IsNullOrWhiteSpace(t.Meaning), t.Heading));
    }

    [Fact]
    public void Easy_read_versions_exist_for_the_pages_the_law_and_families_need_most()
    {
        var library = new ContentLibrary(Folder);
        foreach (var path in new[] { "about/what-is-the-local-offer", "ehc-plans/asking-for-an-assessment", "about/have-your-say" })
            Assert.True(library.Find(path, "easy-read") is { Variant: "easy-read" }, $"{path} has no Easy Read version");
    }

    [GeneratedRegex(@"\.([a-z]{2})\.md$")]
    private static partial Regex Suffix();

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln"))) return Path.Combine(dir.FullName, "content");
        throw new InvalidOperationException("The repository root (with LocalOffer.sln) was not found above the test folder.");
    }
}
