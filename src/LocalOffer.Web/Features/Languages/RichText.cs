using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Languages;

/// <summary>
/// A translated sentence with a link or bold words inside it, kept whole so each language can put them
/// where its word order needs. A link's words stay in the sentence between two placeholders:
/// <c>@RichText.Format(L["If you run a service, {0}register{1}."], RichText.LinkStart("/account/register"), RichText.LinkEnd)</c>;
/// a value to show in bold is one placeholder: <c>RichText.Strong(email)</c>.
/// The sentence and every value are encoded when the page is written; only the markup is not.
/// </summary>
public static partial class RichText
{
    public static IHtmlContent Format(LocalizedString sentence, params IHtmlContent[] parts) => new Sentence(sentence.Value, parts);

    public static IHtmlContent LinkStart(string href, string css = "govuk-link") =>
        new HtmlContentBuilder().AppendHtml($"<a class=\"{css}\" href=\"").Append(href).AppendHtml("\">");

    public static readonly IHtmlContent LinkEnd = new HtmlString("</a>");

    public static IHtmlContent Strong(string? text) => new HtmlContentBuilder().AppendHtml("<strong>").Append(text ?? "").AppendHtml("</strong>");

    private sealed class Sentence(string template, IHtmlContent[] parts) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var at = 0;
            foreach (Match m in Placeholder().Matches(template))
            {
                writer.Write(encoder.Encode(template[at..m.Index]));
                var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (n < parts.Length) parts[n].WriteTo(writer, encoder);
                at = m.Index + m.Length;
            }
            writer.Write(encoder.Encode(template[at..]));
        }
    }

    [GeneratedRegex(@"\{(?<n>\d+)\}")]
    private static partial Regex Placeholder();
}
