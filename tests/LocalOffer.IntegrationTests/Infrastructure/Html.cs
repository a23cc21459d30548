using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LocalOffer.IntegrationTests.Infrastructure;

public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var document = await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (response, document);
    }

    public static string Text(this IDocument document, string selector) =>
        document.QuerySelector(selector)?.TextContent.Trim() ?? throw new Xunit.Sdk.XunitException($"No element matches '{selector}'");

    public static string Squash(this string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();
}
