using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LocalOffer.UnitTests.Languages;

/// <summary>
/// Every piece of interface text is written in English in the source and looked up, English as the key, in
/// the feature's resource files. These tests read the source so that a page cannot gain English words that
/// the Welsh (and, for public pages, Urdu) visitor would see untranslated.
/// </summary>
public sealed partial class InterfaceTextTests
{
    /// <summary>Feature folders whose interface is translated, and into which languages.</summary>
    public static TheoryData<string, string> TranslatedFeatures => new()
    {
        { "Shared", "cy" }, { "Shared", "ur" },
        { "Information", "cy" }, { "Information", "ur" },
        { "Feedback", "cy" }, { "Feedback", "ur" },
        { "Reviews", "cy" },
        { "Accounts", "cy" },
        { "Providers", "cy" },
        { "Submissions", "cy" },
        { "Officers", "cy" },
        { "Admin", "cy" },
        { "Home", "cy" }, { "Home", "ur" },
        { "Catalogue", "cy" }, { "Catalogue", "ur" },
        { "Errors", "cy" }, { "Errors", "ur" },
        { "Shortlist", "cy" }, { "Shortlist", "ur" },
        { "Security", "cy" }, { "Security", "ur" },
    };

    [Theory]
    [MemberData(nameof(TranslatedFeatures))]
    public void Every_piece_of_interface_text_a_feature_uses_has_a_translation(string feature, string language)
    {
        // A feature's own localizer reads only its own resource file: text shown through the shared localizer (S) must be in SharedStrings.
        var own = Translations(feature, language);
        var shared = Translations("Shared", language);
        var missing = KeysUsedIn(feature)
            .Where(use => !(use.Shared ? shared : own).ContainsKey(use.Key))
            .Select(use => use.Shared ? "(shared) " + use.Key : use.Key).Distinct().Order().ToList();
        Assert.True(missing.Count == 0, $"{feature} has no {language} text for:\n" + string.Join("\n", missing));
    }

    [Theory]
    [MemberData(nameof(TranslatedFeatures))]
    public void Translations_keep_the_placeholders_of_the_English(string feature, string language)
    {
        var broken = Translations(feature, language)
            .Where(t => !Placeholders(t.Key).SetEquals(Placeholders(t.Value)) || string.IsNullOrWhiteSpace(t.Value))
            .Select(t => $"{t.Key} => {t.Value}").ToList();
        Assert.True(broken.Count == 0, "Placeholders differ or the text is empty:\n" + string.Join("\n", broken));
    }

    /// <summary>Resource names are case-insensitive when the site is built: "Save" and "save" would silently become one.</summary>
    [Theory]
    [MemberData(nameof(TranslatedFeatures))]
    public void No_two_texts_differ_only_in_capital_letters(string feature, string language)
    {
        var clashes = Translations(feature, language).Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();
        Assert.True(clashes.Count == 0, "Texts that differ only in capitals (reword one):\n" + string.Join("\n", clashes));
    }

    [Theory]
    [MemberData(nameof(TranslatedFeatures))]
    public void Views_write_no_english_words_outside_the_translated_text(string feature, string language)
    {
        _ = language;
        var bare = Views(feature).SelectMany(view => File.ReadLines(view).Select((line, i) => (view, line, number: i + 1)))
            .Where(l => !l.line.TrimStart().StartsWith("@*", StringComparison.Ordinal))
            .SelectMany(l => BareText().Matches(l.line).Select(m => m.Groups["text"].Value.Trim())
                .Concat(BareAttribute().Matches(l.line).Select(m => m.Groups["text"].Value))
                .Where(text => Words().IsMatch(text))
                .Select(text => $"{Path.GetFileName(l.view)}:{l.number}: {text}"))
            .ToList();
        Assert.True(bare.Count == 0, "Untranslated text in views:\n" + string.Join("\n", bare));
    }

    private static IEnumerable<(string Key, bool Shared)> KeysUsedIn(string feature) =>
        Directory.EnumerateFiles(FeatureFolder(feature), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)))
            .Select(m => (Regex.Unescape(m.Groups["key"].Value), m.Groups["localizer"].Value == "S"));

    private static IEnumerable<string> Views(string feature) =>
        Directory.EnumerateFiles(FeatureFolder(feature), "*.cshtml", SearchOption.AllDirectories);

    public static IReadOnlyDictionary<string, string> Translations(string feature, string language)
    {
        var file = Directory.EnumerateFiles(FeatureFolder(feature), $"*Strings.{language}.resx").SingleOrDefault();
        if (file is null) return new Dictionary<string, string>();
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    private static string FeatureFolder(string feature) => Path.Combine(RepositoryRoot, "src", "LocalOffer.Web", "Features", feature);

    private static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with LocalOffer.sln) was not found above the test folder.");
    }

    /// <summary>The conventional localizer names: <c>L</c> for the feature's text, <c>S</c> for the shared text, <c>text</c> or <c>Text</c> in C# classes.</summary>
    [GeneratedRegex("""(?<![\w.])(?<localizer>L|S|text|Text)\["(?<key>(?:[^"\\]|\\.)*)"(?:\]|,)""")]
    private static partial Regex LocalizerKey();

    /// <summary>Text between tags, up to the next tag or Razor expression.</summary>
    [GeneratedRegex(""">(?<text>[^<>@{}]*[A-Za-z]{2,}[^<>@{}]*)(?=<|@)""")]
    private static partial Regex BareText();

    [GeneratedRegex(""""\b(?:aria-label|title|placeholder|alt)="(?<text>[^"@]*[A-Za-z][^"@]*)"""")]
    private static partial Regex BareAttribute();

    /// <summary>Something a person would read: a word of two letters or more that is not a code or entity.</summary>
    [GeneratedRegex("""(?<![&#\w])[A-Za-z]{2,}(?![\w;])""")]
    private static partial Regex Words();

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
