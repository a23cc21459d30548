using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Providers;

/// <summary>A provider who chose Welsh signs in, writes a listing and gets every message in Welsh.</summary>
public sealed class WelshProviderTests
{
    /// <summary>A browser that chose Welsh with the language link, as a provider would from any page.</summary>
    private static async Task<HttpClient> WelshBrowserAsync(LocalOfferSite site)
    {
        var browser = site.Browser();
        var chosen = await browser.GetAsync("/language/cy?returnUrl=%2Faccount%2Fsign-in");
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Equal("/account/sign-in", chosen.Headers.Location?.OriginalString);
        return browser;
    }

    [Fact]
    public async Task A_welsh_provider_signs_in_and_sees_the_dashboard_and_task_list_in_welsh()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var browser = await WelshBrowserAsync(site);

        var (_, signIn) = await browser.GetPageAsync("/account/sign-in");
        Assert.Equal("cy", signIn.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Mewngofnodi", signIn.Text("h1"));
        Assert.Equal("Cyfeiriad e-bost", signIn.Text("label[for=Email]"));
        Assert.Equal("Cyfrinair", signIn.Text("label[for=Password]"));
        Assert.Contains("Newydd i'r Cynnig Lleol?", signIn.Text("main"));
        Assert.Equal("cofrestrwch eich sefydliad", signIn.QuerySelector("main a[href='/account/register']")?.TextContent);

        var signedIn = await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal("/provider", signedIn.Headers.Location?.OriginalString);

        var (_, dashboard) = await browser.GetPageAsync("/provider");
        Assert.Equal("Eich rhestrau", dashboard.Text("h1"));
        Assert.Contains("Nid oes gennych unrhyw restrau eto.", dashboard.Text("main"));
        Assert.StartsWith("Ychwanegu gwasanaeth", dashboard.Text("main button.govuk-button"));

        var draft = await browser.StartListingAsync(providerId);
        var (_, tasks) = await browser.GetPageAsync($"/provider/drafts/{draft}");
        Assert.Equal("Gwasanaeth heb enw eto", tasks.Text("h1"));
        Assert.Equal("Rhestr newydd", tasks.Text(".govuk-caption-l"));
        Assert.Contains("Rydych wedi gorffen 3 o 11 adran.", tasks.Text("main").Squash());
        Assert.Equal(["Y gwasanaeth", "Ble, pryd a sut i gysylltu", "Cymorth i blant a phobl ifanc gyda SEND", "Gwirio a chyflwyno"],
            tasks.QuerySelectorAll("main h2.govuk-heading-m").Select(h => h.TextContent.Trim()));
        Assert.Equal("Am y gwasanaeth", tasks.Text("a[href$='/about']"));
        Assert.Equal("Heb ddechrau", tasks.Text("#about-status"));
        Assert.Equal("Dewisol", tasks.Text("#languages-status"));
        Assert.Equal("Dileu'r drafft hwn", tasks.Text("form button"));
    }

    [Fact]
    public async Task A_section_saved_with_a_missing_answer_comes_back_with_welsh_errors_and_what_was_typed()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var browser = await WelshBrowserAsync(site);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password })).StatusCode);
        var draft = await browser.StartListingAsync(providerId);

        // A rule written on the model (the summary is required).
        var about = await browser.SaveSectionAsync(draft, "about", [new("Answers.Name", "Dyfrgwn Bach: nofio tawel"), new("Answers.Summary", ""), new("Answers.Description", "Sesiynau bach mewn pwll cynnes.")]);
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        var page = await about.DocumentAsync();
        Assert.StartsWith("Gwall: Am y gwasanaeth - Gwasanaeth heb enw eto", page.Title);
        Assert.Equal("Mae problem", page.Text(".govuk-error-summary__title"));
        var link = Assert.Single(page.QuerySelectorAll(".govuk-error-summary a"));
        Assert.Equal("Rhowch grynodeb byr o'r gwasanaeth", link.TextContent);
        Assert.Equal("#Answers_Summary", link.GetAttribute("href"));
        Assert.Equal("Gwall: Rhowch grynodeb byr o'r gwasanaeth", page.Text("#Answers_Summary-error").Squash());
        Assert.Equal("Dyfrgwn Bach: nofio tawel", page.QuerySelector("#Answers_Name")?.GetAttribute("value"));
        Assert.Equal("Sesiynau bach mewn pwll cynnes.", page.QuerySelector("#Answers_Description")?.TextContent.Trim());
        Assert.Equal("Crynodeb", page.Text("label[for=Answers_Summary]"));
        // Labels and hints with Welsh letters and apostrophes are encoded once, not twice.
        Assert.Equal("Enw'r gwasanaeth", page.Text("label[for=Answers_Name]"));
        Assert.Equal("Rhowch goma rhyngddynt, fel synhwyraidd, chwarae meddal, chwarae blêr", page.Text("#Answers_Keywords-hint"));
        Assert.Equal("Cadw a pharhau", page.Text("button[value=next]"));

        // Rules the form checks itself, and a number that cannot be read, with the field's Welsh name.
        var who = await (await browser.SaveSectionAsync(draft, "who", [new("Answers.MinimumAge", "tri"), new("Answers.MaximumAge", "11")])).DocumentAsync();
        Assert.Equal(new[] { "Dewiswch a oes angen cynllun EHC", "Dewiswch ar gyfer pa lefel o angen y mae'r gwasanaeth", "Rhaid i oedran ieuengaf fod yn rhif cyfan, fel 4" },
            ErrorLinks(who).Order(StringComparer.Ordinal));
        Assert.Equal("tri", who.QuerySelector("#Answers_MinimumAge")?.GetAttribute("value"));

        var where = await (await browser.SaveSectionAsync(draft, "where", [new("Answers.Delivery", "Online"), new("Answers.Reach", "InArea"),
            new("Answers.Opening[0].Day", "Monday"), new("Answers.Opening[0].Opens", "9 y bore"), new("Answers.Opening[0].Closes", "15:00")])).DocumentAsync();
        Assert.Contains("Dydd Llun: rhowch yr amser agor fel oriau a munudau, fel 09:30", ErrorLinks(where));
        Assert.Equal("9 y bore", where.QuerySelector("#Answers_Opening_0__Opens")?.GetAttribute("value"));
        Assert.Equal("Dydd Llun", where.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()).First(t => t.StartsWith("Dydd", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_welsh_provider_checks_and_submits_a_listing_with_welsh_answers_and_dates()
    {
        var (site, provider, providerId) = await TemplateForm.StartProviderSiteAsync();
        await using var _ = site;
        var browser = await WelshBrowserAsync(site);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password })).StatusCode);
        var draft = await browser.StartListingAsync(providerId);
        var answers = TemplateForm.ValidAnswers();
        foreach (var section in TemplateSections.All)
            Assert.Equal(HttpStatusCode.Redirect, (await browser.SaveSectionAsync(draft, section.Key, answers[section.Key])).StatusCode);

        var (_, check) = await browser.GetPageAsync($"/provider/drafts/{draft}/check");
        Assert.Equal("Gwiriwch eich atebion cyn cyflwyno", check.Text("h1"));
        var text = check.Text("main").Squash();
        Assert.Contains("3 i 11 oed", text);
        Assert.Contains("swim@example.org (wedi'i guddio rhag y cyhoedd)", text);
        Assert.Contains("Saesneg, Iaith Arwyddion Prydain, Polish", text);
        Assert.Contains("Dydd Sadwrn 09:00 i 11:30", text);
        Assert.Contains("Gallwch gysylltu â nhw eich hun (hunanatgyfeirio)", text);

        var submitted = await browser.PostFormAsync($"/provider/drafts/{draft}/check", new Dictionary<string, string>());
        Assert.Equal($"/provider/drafts/{draft}/submitted", submitted.Headers.Location?.OriginalString);
        var (_, done) = await browser.GetPageAsync(submitted.Headers.Location!.OriginalString);
        Assert.Equal("Wedi'i gyflwyno i'w gymeradwyo", done.Text("h1"));

        var (_, tasks) = await browser.GetPageAsync($"/provider/drafts/{draft}");
        DateTimeOffset submittedAt;
        await using (var scope = site.Services.CreateAsyncScope())
            submittedAt = (await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Submissions.SingleAsync(s => s.Id == draft)).SubmittedAt!.Value;
        // The month in Welsh, as the culture writes it (Rhagfyr, not December).
        var on = submittedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("cy"));
        Assert.NotEqual(submittedAt.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), on);
        Assert.Contains($"Fe wnaethoch gyflwyno hwn ar {on}.", tasks.Text(".govuk-inset-text"));
        var (_, dashboard) = await browser.GetPageAsync("/provider");
        Assert.Equal("Wedi'i gyflwyno", dashboard.Text(".govuk-summary-card .govuk-tag"));
    }

    [Fact]
    public async Task A_wrong_password_on_the_welsh_sign_in_page_is_refused_in_welsh()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var browser = await WelshBrowserAsync(site);

        var wrong = await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = "nid dyma'r cyfrinair" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await wrong.DocumentAsync();
        Assert.StartsWith("Gwall: Mewngofnodi", page.Title);
        Assert.Equal("Mae problem", page.Text(".govuk-error-summary__title"));
        const string message = "Rhowch gyfeiriad e-bost a chyfrinair eich cyfrif. Gwiriwch nhw a rhowch gynnig arall arni";
        Assert.Equal(message, page.Text(".govuk-error-summary a[href='#Email']"));
        Assert.Equal($"Gwall: {message}", page.Text("#Email-error").Squash());
        Assert.Equal(provider.Email, page.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Password")?.GetAttribute("value"));

        var empty = await (await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = "", ["Password"] = "" })).DocumentAsync();
        Assert.Equal(["Rhowch eich cyfeiriad e-bost", "Rhowch eich cyfrinair"], ErrorLinks(empty));
    }

    private static List<string> ErrorLinks(IDocument page) => page.QuerySelectorAll(".govuk-error-summary a").Select(a => a.TextContent.Trim()).ToList();
}
