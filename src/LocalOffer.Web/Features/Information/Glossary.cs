using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace LocalOffer.Web.Features.Information;

/// <summary>One entry of the glossary page: the words, a short form and what it stands for if it has one, and where it is on the page.</summary>
public sealed record GlossaryTerm(string Heading, string? ShortForm, string Meaning, string Anchor)
{
    public string Url => Glossary.PagePath + "#" + Anchor;
}

/// <summary>
/// The glossary page (<c>content/about/glossary.md</c>) read as data, so that short forms families meet
/// (SENCO, EHC plan, CAMHS…) are explained wherever they appear: in information pages (as Markdig
/// abbreviations, which render <c>&lt;abbr title&gt;</c>) and in listings' text (<see cref="Explain"/>).
/// A heading like <c>### SENCO (special educational needs co-ordinator)</c> defines a short form; a heading
/// that is a short form alone (<c>### NEET</c>) takes the first sentence of its text as the meaning.
/// </summary>
public sealed partial class Glossary
{
    public const string PagePath = "/information/about/glossary";
    public const string ContentPath = "about/glossary";

    private readonly Dictionary<string, GlossaryTerm> _byShortForm;
    private readonly Regex? _shortForms;

    public Glossary(IEnumerable<GlossaryTerm> terms)
    {
        Terms = terms.ToList();
        _byShortForm = Terms.Where(t => t.ShortForm is not null)
            .GroupBy(t => t.ShortForm!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _shortForms = _byShortForm.Count == 0 ? null : new Regex(
            @"(?<![\w-])(?:" + string.Join('|', _byShortForm.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![\w-])",
            RegexOptions.CultureInvariant);
        AbbreviationMarkdown = string.Concat(_byShortForm.Values.Select(t => $"\n*[{t.ShortForm}]: {t.Meaning}"));
    }

    public static Glossary Empty { get; } = new([]);

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>Markdig abbreviation definitions (<c>*[SENCO]: special educational needs co-ordinator</c>) to add to a page's Markdown.</summary>
    public string AbbreviationMarkdown { get; }

    public GlossaryTerm? Find(string shortForm) => _byShortForm.GetValueOrDefault(shortForm);

    /// <summary>The short forms a text uses, in the order they first appear.</summary>
    public IReadOnlyList<GlossaryTerm> UsedIn(string text) => _shortForms is null ? [] :
        _shortForms.Matches(text).Select(m => _byShortForm[m.Value]).Distinct().ToList();

    /// <summary>Plain text (a listing's description) made safe for HTML, with each short form in an <c>&lt;abbr&gt;</c> giving its meaning.</summary>
    public IHtmlContent Explain(string text)
    {
        if (_shortForms is null) return new HtmlString(WebUtility.HtmlEncode(text));
        var html = new StringBuilder();
        var at = 0;
        foreach (Match m in _shortForms.Matches(text))
        {
            html.Append(WebUtility.HtmlEncode(text[at..m.Index]));
            html.Append("<abbr title=\"").Append(WebUtility.HtmlEncode(_byShortForm[m.Value].Meaning)).Append("\">")
                .Append(WebUtility.HtmlEncode(m.Value)).Append("</abbr>");
            at = m.Index + m.Length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>Reads the glossary page's level-3 headings and the paragraph under each.</summary>
    public static Glossary Read(MarkdownDocument document)
    {
        var terms = new List<GlossaryTerm>();
        var blocks = document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 3 } heading) continue;
            var title = PlainText(heading.Inline);
            var meaning = i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock p ? PlainText(p.Inline) : "";
            var anchor = heading.GetAttributes().Id ?? "";
            var withMeaning = ShortFormWithMeaning().Match(title);
            if (withMeaning.Success)
                terms.Add(new GlossaryTerm(title, withMeaning.Groups["short"].Value.Trim(), withMeaning.Groups["meaning"].Value.Trim(), anchor));
            else if (ShortFormAlone().IsMatch(title) && meaning.Length > 0)
                terms.Add(new GlossaryTerm(title, title, FirstSentence(meaning), anchor));
            else
                terms.Add(new GlossaryTerm(title, null, FirstSentence(meaning), anchor));
        }
        return new Glossary(terms);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..(end + 1)]).Trim();
    }

    private static string PlainText(ContainerInline? inline) => inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    /// <summary>"SENCO (…)", "EHC plan (…)", "SpLD (…)": words before the brackets that include two capitals in a row.</summary>
    [GeneratedRegex(@"^(?<short>[^()]*[A-Z][a-zA-Z]?[A-Z][^()]*?)\s*\((?<meaning>[^)]+)\)$")]
    private static partial Regex ShortFormWithMeaning();

    [GeneratedRegex(@"^[A-Z][A-Za-z]*[A-Z]$")]
    private static partial Regex ShortFormAlone();
}
