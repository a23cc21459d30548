using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>Script and HTML typed in by a visitor, and the checks that it only ever comes back as text.</summary>
public static class Injection
{
    /// <summary>Breaks out of text, of a double- or single-quoted attribute, and of a tag, each with a script.</summary>
    public const string Payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";

    private static readonly HtmlParser Parser = new();

    /// <summary>The page is not a crash, and whatever it shows of the payload is text, not markup. Returns the parsed page.</summary>
    public static async Task<IDocument?> AssertSafeAsync(HttpResponseMessage response, string where)
    {
        Assert.True((int)response.StatusCode < 500, $"{where}: {(int)response.StatusCode}");
        if (response.Headers.Location is { } location)
            Assert.True(location.IsAbsoluteUri ? location.Host == "localhost" : location.OriginalString.StartsWith('/') && !location.OriginalString.StartsWith("//", StringComparison.Ordinal),
                $"{where} redirects off the site: {location}");
        if (response.Content.Headers.ContentType?.MediaType != "text/html") return null;
        var html = await response.Content.ReadAsStringAsync();
        return AssertSafeHtml(html, where);
    }

    public static IDocument AssertSafeHtml(string html, string where)
    {
        Assert.False(html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase), $"{where}: a raw <script> from the payload");
        var page = Parser.ParseDocument(html);
        Assert.True(page.QuerySelectorAll("[onerror]").Length == 0, $"{where}: an element with onerror");
        Assert.True(page.QuerySelectorAll("img[src=x]").Length == 0, $"{where}: the payload's <img>");
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                // A data block: its JSON must stay whole (a "</script>" inside would have ended it early).
                using var json = JsonDocument.Parse(script.TextContent);
                continue;
            }
            Assert.True(script.HasAttribute("src") && script.TextContent.Trim().Length == 0, $"{where}: an inline script: {script.OuterHtml}");
        }
        Assert.True(page.QuerySelectorAll("a[href]").All(a => !a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)), $"{where}: a javascript: link");
        return page;
    }

    /// <summary>The payload is on the page, as text or as a field's value (so the checks above were not passed by leaving it out).</summary>
    public static void AssertShown(IDocument page, string where, string payload = Payload)
    {
        var shown = (page.Body?.TextContent ?? "").Contains(payload, StringComparison.Ordinal)
            || page.QuerySelectorAll("input[value]").Any(i => i.GetAttribute("value")!.Contains(payload, StringComparison.Ordinal));
        Assert.True(shown, $"{where}: the payload is not shown at all");
    }

    /// <summary>A CSV's cells (RFC 4180: quotes doubled, fields with commas or line breaks quoted).</summary>
    public static List<List<string>> CsvCells(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                row.Add(cell.ToString()); cell.Clear();
                rows.Add(row); row = [];
            }
            else cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }

    /// <summary>No cell a spreadsheet would run as a formula.</summary>
    public static void AssertNoFormulas(string csv, string where)
    {
        foreach (var cell in CsvCells(csv).SelectMany(r => r))
            Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"{where}: a cell a spreadsheet would run: {cell}");
    }
}
