using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Languages;

/// <summary>
/// A translated sentence with a link or bold words inside it, kept whole so each language can put them
/// where its word order needs: <c>@RichText.Format(L["If you run a service, {0}."], RichText.Link("/account/register", L["register"]))</c>.
/// The sentence and every piece of text are encoded when the page is written; only the markup around the pieces is not.
/// </summary>
public static partial class RichText
{
    public static IHtmlContent Format(LocalizedString sentence, params IHtmlContent[] parts) => new Sentence(sentence.Value, parts);

    public static IHtmlContent Link(string href, string text, string css = "govuk-link") =>
        new HtmlContentBuilder().AppendHtml($"<a class=\"{css}\" href=\"").Append(href).AppendHtml("\">").Append(text).AppendHtml("</a>");

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
