using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// A translated sentence with links (or other markup) inside it: <c>L["Did you mean {0}?"]</c> with the link
/// as <c>{0}</c>. The sentence's own words and any plain argument are encoded; arguments that are already
/// HTML (a Razor template, <see cref="IHtmlContent"/>) are written as they are. Word order stays the
/// translator's, which building a sentence from fragments would not allow.
/// </summary>
public static partial class HtmlSentence
{
    public static IHtmlContent Format(LocalizedString sentence, params object?[] arguments)
    {
        var html = new HtmlContentBuilder();
        var text = sentence.Value;
        var at = 0;
        foreach (Match m in Placeholder().Matches(text))
        {
            html.Append(text[at..m.Index]);
            var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var argument = index < arguments.Length ? arguments[index] : null;
            if (argument is IHtmlContent content) html.AppendHtml(content);
            else html.Append(Convert.ToString(argument, System.Globalization.CultureInfo.CurrentCulture) ?? "");
            at = m.Index + m.Length;
        }
        html.Append(text[at..]);
        return html;
    }

    /// <summary>
    /// The start and end of words only screen readers read (<c>govuk-visually-hidden</c>), as placeholders in a
    /// sentence, so the translator chooses which words are seen: "Visit the website{0} for {1}{2}".
    /// </summary>
    public static readonly IHtmlContent HiddenStart = new HtmlString("<span class=\"govuk-visually-hidden\">"), HiddenEnd = new HtmlString("</span>");

    /// <summary>A link to put in a sentence, its text and address encoded.</summary>
    public static IHtmlContent Link(string href, string text, string cssClass = "govuk-link") =>
        Element("a", text, ("class", cssClass), ("href", href));

    /// <summary>An element with plain text inside (such as a <c>&lt;time&gt;</c>), its text and attributes encoded.</summary>
    public static IHtmlContent Element(string name, string text, params (string Name, string Value)[] attributes)
    {
        var tag = new TagBuilder(name);
        foreach (var (attribute, value) in attributes) tag.Attributes[attribute] = value;
        tag.InnerHtml.Append(text);
        return tag;
    }

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
