using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.IntegrationTests.Publishing;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Submissions;

namespace LocalOffer.IntegrationTests.Pages;

/// <summary>The fixture catalogue, the postcode table and a fixture year of comments, on a site of its own.</summary>
public sealed class HtmlValidationSite : LocalOfferSite, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await this.LoadPostcodesAsync();
        var published = await ImportAsync(FixtureCatalogue.Published());
        if (!published.Succeeded) throw new InvalidOperationException(string.Join('\n', published.Problems));
        await FixtureYear.SeedAsync(this);
        await FixtureYear.PublishAsync(this, FixtureYear.StartYear, "The feedback form on every page.\nTwo parent carer forum meetings.");
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}

/// <summary>
/// Every page type, fetched over HTTP as English, Welsh and Urdu readers, provider, officer and admin see it
/// (empty and with errors), is valid HTML to the Nu HTML Checker (vnu, the W3C's validator, from npm; it
/// needs Java). The checker starts once for all the pages: it is slow to start.
/// </summary>
public sealed class HtmlValidationTests(HtmlValidationSite site) : IClassFixture<HtmlValidationSite>
{
    private readonly Dictionary<string, string> _pages = [];

    private async Task AddAsync(string name, HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{name}: {response.StatusCode}, expected {expected}");
        Assert.False(_pages.ContainsKey(name), $"{name} twice");
        _pages[name] = await response.Content.ReadAsStringAsync();
    }

    private async Task GetAsync(HttpClient client, string name, string url, HttpStatusCode expected = HttpStatusCode.OK) =>
        await AddAsync(name, await client.GetAsync(url), expected);

    private static string WithLanguage(string url, string? language) =>
        language is null ? url : url + (url.Contains('?') ? "&" : "?") + "lang=" + language;

    private static List<KeyValuePair<string, string>> Fields(params (string Key, string Value)[] fields) =>
        fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        // Public pages, in each language.
        var publicPages = new (string Name, string Url)[]
        {
            ("home", "/"),
            ("category", "/categories/health"),
            ("search-empty", "/services"),
            ("search-filters", "/services?q=speech&category=health&age=0-2&free=true&delivery=in-person&day=weekday&level=targeted&sort=a-z"),
            ("search-postcode", "/services?postcode=BA2+3EP&radius=10"),
            ("search-postcode-error", "/services?q=autism&postcode=NOT+A+POSTCODE"),
            ("search-nothing-found", "/services?q=zebra"),
            ("search-did-you-mean", "/services?q=chatterbocks"),
            ("search-page-2", "/services?page=2"),
            ("service", "/services/chatterbox-speech-group"),
            ("service-childminder", "/services/little-acorns-childminding"),
            ("service-school", "/services/oldfield-park-primary"),
            ("service-useful-thanks", "/services/chatterbox-speech-group?" + PageUsefulCounter.ThanksQuery),
            ("service-report-a-problem", "/services/chatterbox-speech-group/report-a-problem"),
            ("information", "/information"),
            ("information-section", "/information/ehc-plans"),
            ("information-page", "/information/ehc-plans/asking-for-an-assessment"),
            ("information-easy-read", "/information/ehc-plans/asking-for-an-assessment/easy-read"),
            ("glossary", "/information/about/glossary"),
            ("feedback", "/feedback"),
            ("feedback-young-people", "/feedback?version=young-people"),
            ("feedback-easy-read", "/feedback?version=easy-read"),
            ("feedback-sent", "/feedback/sent"),
            ("comments", "/comments"),
            ("comments-filtered", $"/comments?year={FixtureYear.StartYear}&topic=Information"),
            ("you-said-we-did", "/you-said-we-did"),
            ("you-said-we-did-year", $"/you-said-we-did/{FixtureYear.StartYear}"),
            ("information-translated", "/information/about/what-is-the-local-offer"),
            ("search-category-with-information", "/services?category=therapies"),
            ("shortlist-empty", "/shortlist"),
        };
        foreach (var language in new string?[] { null, "cy", "ur" })
        {
            var suffix = language is null ? "" : "." + language;
            var visitor = site.Browser();
            foreach (var (name, url) in publicPages) await GetAsync(visitor, name + suffix, WithLanguage(url, language));
            await GetAsync(visitor, "not-found" + suffix, WithLanguage("/no-such-page", language), HttpStatusCode.NotFound);
            await AddAsync("feedback-errors" + suffix, await visitor.PostFormAsync(WithLanguage("/feedback", language), Fields(("Form.Text", ""))));
            await AddAsync("feedback-easy-read-errors" + suffix, await visitor.PostFormAsync(WithLanguage("/feedback?version=easy-read", language), Fields(("Form.Text", ""))));
            if (language is not null) Assert.Contains($"<html lang=\"{language}\"", _pages["home" + suffix]);
            await AddAsync("service-report-a-problem-errors" + suffix, await visitor.PostFormAsync(WithLanguage("/services/chatterbox-speech-group/report-a-problem", language), Fields(("Form.Text", ""))));
            await visitor.PostFormAsync("/shortlist/save", Fields(("service", "chatterbox-speech-group"), ("returnUrl", "/shortlist")), formPage: "/services/chatterbox-speech-group");
            await GetAsync(visitor, "shortlist" + suffix, WithLanguage("/shortlist", language));
            await GetAsync(visitor, "shortlist-print" + suffix, WithLanguage("/shortlist/print", language));
            Assert.Contains("Chatterbox speech group", _pages["shortlist" + suffix]);
        }

        // Account pages.
        var anyone = site.Browser();
        await GetAsync(anyone, "sign-in", "/account/sign-in");
        await AddAsync("sign-in-errors", await anyone.PostFormAsync("/account/sign-in", Fields(("Email", ""), ("Password", ""))));
        await GetAsync(anyone, "register", "/account/register");
        await AddAsync("register-errors", await anyone.PostFormAsync("/account/register", Fields(("Email", "not an email"), ("Password", "short"), ("ConfirmPassword", "other"))));
        await GetAsync(anyone, "forgot-password", "/account/forgot-password");
        await AddAsync("forgot-password-errors", await anyone.PostFormAsync("/account/forgot-password", Fields(("Email", ""))));
        await GetAsync(anyone, "reset-password-bad-link", "/account/reset-password?token=not-a-token");
        await GetAsync(anyone, "invitation-bad-link", "/account/invitation?token=not-a-token");
        await GetAsync(anyone, "confirm-listing-bad-link", "/listings/confirm?token=not-a-token");

        // Provider pages: a dashboard with a live listing, a draft, and every template section empty and with errors.
        var officerAccount = await site.CreateAccountAsync(Role.Officer);
        var providerAccount = await site.CreateAccountAsync(Role.Provider);
        var live = await site.PublishAsync(providerAccount, officerAccount, OfficerTestData.CompleteForm("Valid markup music group"));
        var provider = await site.SignedInClientAsync(providerAccount);
        await GetAsync(provider, "provider-dashboard-empty-of-drafts", "/provider");
        var empty = await provider.StartListingAsync(providerAccount.ProviderId());
        foreach (var section in TemplateSections.All)
        {
            await GetAsync(provider, $"section-{section.Key}-empty", $"/provider/drafts/{empty}/{section.Key}");
            var saved = await provider.SaveSectionAsync(empty, section.Key, []);
            if (saved.StatusCode == HttpStatusCode.OK) await AddAsync($"section-{section.Key}-errors", saved);
        }
        var wrong = new Dictionary<string, List<KeyValuePair<string, string>>>
        {
            ["who"] = Fields(("Answers.MinimumAge", "30"), ("Answers.MaximumAge", "two")),
            ["cost"] = Fields(("Answers.IsFree", "false"), ("Answers.Fees", "")),
            ["where"] = Fields(("Answers.Delivery", "InPerson"), ("Answers.Venues[0].Name", "Hall"), ("Answers.Venues[0].Postcode", "ZZ99 9ZZ"),
                ("Answers.Opening[0].Day", "Monday"), ("Answers.Opening[0].Opens", "25:00"), ("Answers.Opening[0].Closes", "09:00")),
            ["contact"] = Fields(("Answers.Email", "not an email"), ("Answers.Website", "not a website")),
            ["school"] = Fields(("Answers.IsSchoolOrCollege", "true"), ("Answers.SenInformationReportUrl", "not a website")),
        };
        foreach (var (key, fields) in wrong)
        {
            var saved = await provider.SaveSectionAsync(empty, key, fields);
            await AddAsync($"section-{key}-wrong", saved);
        }
        await GetAsync(provider, "task-list-empty", $"/provider/drafts/{empty}");
        await GetAsync(provider, "check-with-problems", $"/provider/drafts/{empty}/check");
        await AddAsync("check-refused", await provider.PostFormAsync($"/provider/drafts/{empty}/check", new Dictionary<string, string>()));

        var full = await provider.StartListingAsync(providerAccount.ProviderId());
        foreach (var (key, fields) in TemplateForm.ValidAnswers())
        {
            var saved = await provider.SaveSectionAsync(full, key, fields);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{key} was not saved: {saved.StatusCode}");
            await GetAsync(provider, $"section-{key}-filled", $"/provider/drafts/{full}/{key}");
        }
        await GetAsync(provider, "task-list-complete", $"/provider/drafts/{full}");
        await GetAsync(provider, "check-complete", $"/provider/drafts/{full}/check");
        var submitted = await provider.PostFormAsync($"/provider/drafts/{full}/check", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        await GetAsync(provider, "submitted", submitted.Headers.Location!.OriginalString);
        await GetAsync(provider, "provider-dashboard", "/provider");
        await GetAsync(provider, "withdraw", $"/provider/listings/{live.Id}/withdraw");
        await AddAsync("withdraw-errors", await provider.PostFormAsync($"/provider/listings/{live.Id}/withdraw", Fields(("Reason", ""))));
        await GetAsync(provider, "colleagues", "/provider/colleagues");
        await AddAsync("colleagues-errors", await provider.PostFormAsync("/provider/colleagues", Fields(("Email", ""))));
        await GetAsync(provider, "access-denied", "/account/access-denied", HttpStatusCode.Forbidden);

        // Officer pages, with something waiting in each queue.
        var pendingProvider = await site.CreateAccountAsync(Role.Provider, organisation: OrganisationStatus.Pending);
        var newListing = await site.SubmitNewAsync(pendingProvider, OfficerTestData.CompleteForm("Valid markup sensory play"));
        var change = await site.SubmitChangeAsync(providerAccount, live.Id, f => f.About.Description = "A longer description.\n\nWith a second paragraph.");
        var withdrawn = await site.PublishAsync(providerAccount, officerAccount, OfficerTestData.CompleteForm("Valid markup holiday club"));
        var withdrawal = await site.RequestWithdrawalAsync(providerAccount, withdrawn.Id, "We have closed.");
        var highlighted = await site.AddCommentAsync("My son Oliver waited a year. Ring me on 07700 900123 or email olivers.mum@example.org, we live at BA2 3EP.",
            CommentTopic.Service, live.Id, replyEmail: "parent@example.net");
        var plain = await site.AddCommentAsync("The transport page never says who to ring.", CommentTopic.EaseOfUse);
        var theme = new CommentTheme { Name = "Clubs for teenagers" };
        await site.QueryAsync(db => { db.CommentThemes.Add(theme); return db.SaveChangesAsync(); });

        var officer = await site.SignedInClientAsync(officerAccount);
        foreach (var (name, url) in new[]
        {
            ("officer-home", "/officer"), ("officer-queue", "/officer/queue"),
            ("officer-review-new", $"/officer/submissions/{newListing.Id}"), ("officer-review-change", $"/officer/submissions/{change.Id}"),
            ("officer-review-withdrawal", $"/officer/submissions/{withdrawal.Id}"),
            ("officer-organisations", "/officer/organisations"), ("officer-history", $"/officer/listings/{live.Id}/history"),
            ("officer-listings", "/officer/listings?q=valid"), ("officer-listing-new", "/officer/listings/new"), ("officer-listing-edit", $"/officer/listings/{live.Id}/edit"),
            ("officer-questions", "/officer/questions"), ("officer-question-new", "/officer/questions/new"), ("officer-question", "/officer/questions/1"),
            ("officer-unmet-searches", "/officer/unmet-searches"), ("officer-unmet-searches-bad-date", "/officer/unmet-searches?day=31&month=2&year=2026"),
            ("officer-overdue", "/officer/overdue"), ("officer-information-pages", "/officer/information-pages"),
            ("officer-comments", "/officer/comments"), ("officer-comment-highlighted", $"/officer/comments/{highlighted.Id}"),
            ("officer-themes", "/officer/themes"), ("officer-theme", $"/officer/themes/{theme.Id}"),
            ("officer-year-summaries", "/officer/you-said-we-did"),
            ("officer-year-summary-edit", $"/officer/you-said-we-did/{FixtureYear.StartYear + 1}"),
            ("officer-year-summary-published", $"/officer/you-said-we-did/{FixtureYear.StartYear}"),
        })
            await GetAsync(officer, name, url);
        await AddAsync("officer-review-return-errors", await officer.DecideAsync(newListing.Id, "Return", Fields(("Reason", ""))));
        await AddAsync("officer-review-approve-errors", await officer.DecideAsync(change.Id, "Approve", []));
        await AddAsync("officer-year-summary-errors", await officer.PostFormAsync($"/officer/you-said-we-did/{FixtureYear.StartYear + 1}?handler=Publish",
            Fields(("HowCommentsWereSought", "")), formPage: $"/officer/you-said-we-did/{FixtureYear.StartYear + 1}"));
        await AddAsync("officer-question-errors", await officer.PostFormAsync("/officer/questions/new", Fields(("Text", " "), ("Hint", ""))));
        await AddAsync("officer-comment-withhold-errors", await officer.ModerateAsync(plain.Id, "Withhold", Fields(("Reason", "PersonalInformation"))));
        await AddAsync("officer-comment-edit-errors", await officer.ModerateAsync(plain.Id, "PublishEdited", Fields(("EditedText", ""))));
        await AddAsync("officer-themes-errors", await officer.PostFormAsync("/officer/themes?handler=Add", Fields(("Name", "")), formPage: "/officer/themes"));
        await AddAsync("officer-theme-errors", await officer.PostFormAsync($"/officer/themes/{theme.Id}?handler=Respond",
            Fields(("YouSaid", ""), ("WeDid", ""), ("ActionDay", "31"), ("ActionMonth", "2"), ("ActionYear", "2026")), formPage: $"/officer/themes/{theme.Id}"));
        var publishedComment = await officer.ModerateAsync(highlighted.Id, "Publish", []);
        Assert.Equal(HttpStatusCode.Redirect, publishedComment.StatusCode);
        await GetAsync(officer, "officer-comment-published", $"/officer/comments/{highlighted.Id}");
        await AddAsync("officer-comment-respond-errors", await officer.ModerateAsync(highlighted.Id, "Respond", Fields(("WeDid", ""))));

        // Admin.
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        await GetAsync(admin, "admin-officers", "/admin/officers");
        await AddAsync("admin-officers-errors", await admin.PostFormAsync("/admin/officers", Fields(("Email", ""))));
        await GetAsync(admin, "sign-out", "/account/sign-out");

        var errors = await ValidateAsync(_pages);
        Assert.True(errors.Count == 0, $"{errors.Count} HTML validation errors in {_pages.Count} pages:\n" + string.Join("\n", errors));
    }

    /// <summary>Writes the pages to a folder and runs the Nu HTML Checker over all of them at once.</summary>
    private static async Task<List<string>> ValidateAsync(Dictionary<string, string> pages)
    {
        var root = RepositoryRoot();
        var jar = Path.Combine(root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"The Nu HTML Checker is missing ({jar}): run npm ci");
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-vnu", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var (name, html) in pages)
            {
                var file = Path.Combine(folder, name + ".html");
                await File.WriteAllTextAsync(file, html, new UTF8Encoding(false));
                files[name + ".html"] = name;
            }
            var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-jar", jar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(argument);
            foreach (var file in files.Keys) start.ArgumentList.Add(Path.Combine(folder, file));
            Process process;
            try { process = Process.Start(start)!; }
            catch (System.ComponentModel.Win32Exception e) { throw new Xunit.Sdk.XunitException($"The Nu HTML Checker needs Java (apt-get install default-jre-headless): {e.Message}"); }
            var output = process.StandardOutput.ReadToEndAsync();
            var report = process.StandardError.ReadToEndAsync(); // vnu writes its report to standard error
            await process.WaitForExitAsync();
            var json = (await report).Trim();
            if (!json.StartsWith('{')) json = (await output).Trim();
            if (!json.StartsWith('{')) throw new Xunit.Sdk.XunitException($"The Nu HTML Checker gave no report (exit {process.ExitCode}): {await report} {await output}");

            var errors = new List<string>();
            foreach (var message in JsonDocument.Parse(json).RootElement.GetProperty("messages").EnumerateArray())
            {
                var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
                var page = files.TryGetValue(url.Split('/').Last(), out var n) ? n : url;
                var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString() : "?";
                var text = message.GetProperty("message").GetString();
                var extract = message.TryGetProperty("extract", out var x) ? x.GetString()?.ReplaceLineEndings(" ").Trim() : null;
                errors.Add($"{page} line {line}: {text}{(extract is null ? "" : $"  [{extract}]")}");
            }
            return errors;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "LocalOffer.sln"))) return directory.FullName;
        throw new InvalidOperationException("The repository root (with LocalOffer.sln) was not found");
    }
}
