using System.Net;
using AngleSharp.Html.Parser;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>Fills and sends every form a visitor can reach without signing in, every field given the same value.</summary>
public static class PublicForms
{
    /// <summary>
    /// Each public page that takes posts (found from the site's endpoints), plus a service page and an
    /// information page (their "Save to your list" and "Was this page useful?" forms): every text field and
    /// textarea gets <paramref name="value"/>, a choice its first option, a hidden field <paramref name="value"/>
    /// (except the anti-forgery token). Returns how many forms were sent.
    /// </summary>
    public static async Task<int> SendEveryFormAsync(SecuritySite site, string value, Func<HttpResponseMessage, string, HttpClient, Task> check)
    {
        var forms = 0;
        var parser = new HtmlParser();
        var pages = (await SitePage.AllAsync(site.Services)).Where(p => p.AllowedRoles is null && p.PostHandlers.Count > 0 && !p.IgnoresAntiforgery)
            .Select(p => p.Url()).Append("/services/chatterbox-speech-group").Append("/information/ehc-plans").Distinct().ToList();
        foreach (var url in pages)
        {
            var client = site.BrowserFrom();
            var got = await client.GetAsync(url);
            if (got.StatusCode != HttpStatusCode.OK) continue; // a page that only takes posts ("Was this page useful?")
            var document = await parser.ParseDocumentAsync(await got.Content.ReadAsStringAsync());
            foreach (var form in document.QuerySelectorAll("form[method=post]"))
            {
                var fields = new List<KeyValuePair<string, string>>();
                foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
                {
                    var name = input.GetAttribute("name")!;
                    var type = input.GetAttribute("type") ?? "text";
                    if (input.LocalName == "select") fields.Add(new(name, input.QuerySelector("option[value]:not([value=''])")?.GetAttribute("value") ?? value));
                    else if (type is "hidden") fields.Add(new(name, name == "__RequestVerificationToken" ? input.GetAttribute("value")! : value));
                    else if (type is "radio") { if (!fields.Any(f => f.Key == name)) fields.Add(new(name, input.GetAttribute("value")!)); }
                    else if (type is "checkbox") fields.Add(new(name, input.GetAttribute("value") ?? "true"));
                    else if (type is not ("submit" or "button")) fields.Add(new(name, value));
                }
                var button = form.QuerySelector("button[type=submit][name], button:not([type])[name]");
                if (button is not null) fields.Add(new(button.GetAttribute("name")!, button.GetAttribute("value") ?? ""));
                var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                await check(await client.PostAsync(action, new FormUrlEncodedContent(fields)), $"form on {url} posting to {action}", client);
                forms++;
            }
        }
        return forms;
    }
}
