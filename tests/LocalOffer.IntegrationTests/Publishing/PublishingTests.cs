using System.Net;
using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LocalOffer.IntegrationTests.Publishing.FixtureYear;

namespace LocalOffer.IntegrationTests.Publishing;

/// <summary>The public comments page and "You said, we did", from a fixture year of comments. Each test has a site of its own.</summary>
public sealed class PublishingTests
{
    private static List<string> CommentTexts(IDocument page) =>
        page.QuerySelectorAll("#comments > li > p.govuk-body").Select(p => p.TextContent.Trim()).ToList();

    [Fact]
    public async Task Comments_page_shows_only_published_words_never_the_words_as_sent_withheld_comments_or_emails()
    {
        await using var site = await SiteAsync();
        var response = await site.CreateClient().GetAsync("/comments");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.DocumentAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, CommentTexts(page).Count);
        Assert.Contains(EditedPublishedText, CommentTexts(page));
        Assert.DoesNotContain(EditedText, html);
        Assert.DoesNotContain("07700", html);
        Assert.DoesNotContain(Email, html);
        Assert.DoesNotContain(AbusiveText, html);
        Assert.DoesNotContain(DuplicateText, html);
        Assert.DoesNotContain(WaitingText, html);
        // Newest decision first: decided 2 September 2024, then 31 August 2024.
        Assert.Equal("Received in August, dealt with in September.", CommentTexts(page)[0]);
        Assert.Equal("The search box is too small.", CommentTexts(page)[1]);

        var answered = page.QuerySelectorAll("#comments > li")[1].TextContent.Squash();
        Assert.Contains("A parent or carer", answered);
        Assert.Contains("31 August 2024", answered);
        Assert.Contains(SearchWeDid, answered);
        Assert.Contains("In progress", answered);
        var edited = page.QuerySelectorAll("#comments > li").Single(li => li.TextContent.Contains(EditedPublishedText)).TextContent.Squash();
        Assert.Contains("Transport", edited);
        Assert.Contains(TransportWeDid, edited);
        Assert.Contains("Done, 1 May 2024", edited);
        Assert.Contains("The information in the Local Offer", edited);
    }

    [Fact]
    public async Task Comments_page_filters_by_year_topic_and_theme_and_pages_twenty_at_a_time()
    {
        await using var site = await SiteAsync();
        var visitor = site.CreateClient();

        var year = await visitor.PageAsync($"/comments?year={StartYear}");
        Assert.Equal(4, CommentTexts(year).Count);
        Assert.DoesNotContain("Received in August, dealt with in September.", CommentTexts(year));
        Assert.Equal("selected", year.QuerySelector($"#year option[value='{StartYear}']")?.GetAttribute("selected"));
        var next = await visitor.PageAsync($"/comments?year={StartYear + 1}");
        Assert.Equal(["Received in August, dealt with in September."], CommentTexts(next));

        var topic = await visitor.PageAsync("/comments?topic=Missing");
        Assert.Equal(["There is nothing about short breaks in the holidays."], CommentTexts(topic));

        var themeId = topic.QuerySelectorAll("#theme option").Single(o => o.TextContent.Trim() == "Transport").GetAttribute("value");
        var theme = await visitor.PageAsync($"/comments?theme={themeId}");
        Assert.Equal(2, CommentTexts(theme).Count);
        Assert.Empty(CommentTexts(await visitor.PageAsync($"/comments?theme={themeId}&topic=EaseOfUse")));

        await AddAsync(site, Enumerable.Range(1, 25).Select(i => Published(CommentTopic.Other, CommentGiver.Other, At(2025, 1, 1), At(2025, 1, 1).AddMinutes(i), $"Extra comment {i}", null)).ToArray());
        var first = await visitor.PageAsync("/comments?topic=Other");
        Assert.Equal(20, CommentTexts(first).Count);
        Assert.Equal("Extra comment 25", CommentTexts(first)[0]);
        Assert.Equal("/comments?topic=Other&page=2", first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href"));
        var second = await visitor.PageAsync("/comments?topic=Other&page=2");
        Assert.Equal(["Extra comment 5", "Extra comment 4", "Extra comment 3", "Extra comment 2", "Extra comment 1"], CommentTexts(second));
    }

    [Fact]
    public async Task Year_summary_counts_comments_by_topic_giver_and_reason_in_the_year_they_were_decided()
    {
        await using var site = await SiteAsync();
        await PublishAsync(site, StartYear, "The feedback form on every page.");
        await PublishAsync(site, StartYear + 1, "A survey.");
        var visitor = site.CreateClient();

        var page = await visitor.PageAsync($"/you-said-we-did/{StartYear}");
        var topics = Table(page, "by-topic");
        Assert.Equal(new Dictionary<string, int>
        {
            ["The information in the Local Offer"] = 2, ["Something missing from the Local Offer"] = 1, ["How easy the information is to find and use"] = 1,
            ["How the Local Offer is developed and reviewed"] = 1, ["A particular service"] = 1, ["Something else"] = 0,
        }, topics);
        Assert.Equal(topics, Chart(page, "by-topic"));
        var givers = Table(page, "by-giver");
        Assert.Equal(new Dictionary<string, int>
        {
            ["A child or young person"] = 1, ["A parent or carer"] = 2, ["Someone on behalf of a child or young person"] = 1, ["A professional"] = 1, ["Someone else"] = 1,
        }, givers);
        Assert.Equal(givers, Chart(page, "by-giver"));
        var withheld = Table(page, "withheld");
        Assert.Equal(1, withheld["Abusive"]);
        Assert.Equal(1, withheld["A duplicate of another comment"]);
        Assert.Equal(2, withheld.Values.Sum());
        Assert.Equal(withheld, Chart(page, "withheld"));
        Assert.All(page.QuerySelectorAll(".lo-bar-chart__track"), t => Assert.Equal("true", t.GetAttribute("aria-hidden")));
        Assert.Contains("Comments count in the year an officer dealt with them.", page.Text("#year-rule"));
        Assert.Contains("Comments dealt with later count in the following year.", page.Text("#year-rule"));
        Assert.Equal("The feedback form on every page.", page.Text("#how-sought"));
        var themes = page.Text("#themes").Squash();
        Assert.Contains("Transport 2 published comments", themes);
        Assert.Contains($"You said {TransportYouSaid}", themes);
        Assert.Contains($"We did {TransportWeDid}", themes);
        Assert.Contains("Done, 1 May 2024", themes);
        Assert.Contains("Short breaks 1 published comment", themes);

        // Received in August 2024 but decided in September 2024: it counts in 2024 to 2025.
        var next = await visitor.PageAsync($"/you-said-we-did/{StartYear + 1}");
        Assert.Equal(1, Table(next, "by-topic")["A particular service"]);
        Assert.Equal(1, Table(next, "by-topic").Values.Sum());
        Assert.Equal($"/you-said-we-did/{StartYear}", next.QuerySelector("#earlier-years a")?.GetAttribute("href"));

        var years = await visitor.PageAsync("/you-said-we-did");
        Assert.Equal(["2024 to 2025", "2023 to 2024"], years.QuerySelectorAll("#years a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task A_published_year_and_its_csv_do_not_change_when_more_comments_are_decided_later()
    {
        await using var site = await SiteAsync();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var published = await officer.PostFormAsync($"/officer/you-said-we-did/{StartYear}", new() { ["HowCommentsWereSought"] = "Our feedback form and two parent carer forum meetings." }, handler: "Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var visitor = site.CreateClient();
        var before = await visitor.GetStringAsync($"/you-said-we-did/{StartYear}");
        var csvBefore = await visitor.GetStringAsync($"/you-said-we-did/{StartYear}?handler=csv");

        await AddAsync(site,
            Published(CommentTopic.Other, CommentGiver.Other, At(2024, 3, 1), At(2024, 3, 2), "Late to be dealt with", null, new CommentTheme { Name = "Transport" }),
            Withheld(CommentTopic.Information, CommentGiver.ParentOrCarer, At(2024, 3, 1), At(2024, 3, 2), "Late and withheld", WithholdReason.Vexatious));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
            var waiting = await db.Comments.SingleAsync(c => c.Text == WaitingText);
            waiting.State = CommentState.Published;
            waiting.PublishedText = WaitingText;
            waiting.DecidedAt = At(2024, 4, 1);
            var transport = await db.CommentThemes.SingleAsync(t => t.Name == "Transport");
            (await db.CouncilResponses.SingleAsync(r => r.ThemeId == transport.Id)).WeDid = "Rewritten after publishing";
            await db.SaveChangesAsync();
        }

        var after = await visitor.PageAsync($"/you-said-we-did/{StartYear}");
        Assert.Equal(before, await visitor.GetStringAsync($"/you-said-we-did/{StartYear}"));
        Assert.Equal(csvBefore, await visitor.GetStringAsync($"/you-said-we-did/{StartYear}?handler=csv"));
        Assert.Equal(6, Table(after, "by-topic").Values.Sum());
        Assert.Contains(TransportWeDid, after.Text("#themes"));
        Assert.Matches(@"Figures as published on \d+ \w+ \d{4}\. Comments dealt with later count in the following year\.", after.Text("#year-rule").Squash());

        // The officer's preview of an unpublished year shows the figures as they are now.
        var preview = await officer.PageAsync($"/officer/you-said-we-did/{StartYear + 1}");
        Assert.Equal(1, Table(preview, "by-topic").Values.Sum());
        Assert.Contains("Draft", preview.Text("#draft-banner-title"));
    }

    [Fact]
    public async Task The_csv_has_the_same_numbers_as_the_page()
    {
        await using var site = await SiteAsync();
        await PublishAsync(site, StartYear, "The feedback form.");
        var visitor = site.CreateClient();
        var page = await visitor.PageAsync($"/you-said-we-did/{StartYear}");
        var response = await visitor.GetAsync(page.QuerySelector("#csv")!.GetAttribute("href")!);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("section,item,number", lines[0]);
        var figures = lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Dictionary<string, int> Section(string name) => figures.Where(f => f[0] == name).ToDictionary(f => f[1].Trim('"'), f => int.Parse(f[2]));

        Assert.Equal(Table(page, "by-topic"), Section("By topic"));
        Assert.Equal(Table(page, "by-giver"), Section("By who gave them"));
        Assert.Equal(Table(page, "withheld"), Section("Not published by reason"));
        Assert.Equal(6, Section("Total")["Comments dealt with"]);
        var comments = lines.SkipWhile(l => !l.StartsWith("decided_on,")).Skip(1).Where(l => l.Length > 0).ToList();
        Assert.Equal(4, comments.Count);
        var all = string.Join("\n", lines);
        Assert.Contains(EditedPublishedText, all);
        Assert.DoesNotContain(EditedText, all);
        Assert.DoesNotContain(AbusiveText, all);
    }

    [Fact]
    public async Task Unpublished_years_are_not_public()
    {
        await using var site = await SiteAsync();
        var visitor = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/you-said-we-did/{StartYear}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/you-said-we-did/{StartYear}?handler=csv")).StatusCode);

        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var saved = await officer.PostFormAsync($"/officer/you-said-we-did/{StartYear}", new() { ["HowCommentsWereSought"] = "A draft" }, handler: "Save");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/you-said-we-did/{StartYear}")).StatusCode);
        Assert.Empty((await visitor.PageAsync("/you-said-we-did")).QuerySelectorAll("#years a"));
        var list = await officer.PageAsync("/officer/you-said-we-did");
        Assert.Contains("Draft", list.QuerySelectorAll("#years tr").Single(r => r.TextContent.Contains("2023 to 2024")).TextContent);
    }

    [Fact]
    public async Task Officer_page_previews_the_year_with_page_usefulness_and_refuses_to_publish_without_how_comments_were_sought()
    {
        await using var site = await SiteAsync();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var page = await officer.PageAsync($"/officer/you-said-we-did/{StartYear}");
        Assert.Equal(6, Table(page, "by-topic").Values.Sum());
        Assert.Equal(["/services 30 4", "/information/about 2 7"], page.QuerySelectorAll("#usefulness tbody tr").Select(r => r.TextContent.Squash()));

        var refused = await officer.PostFormAsync($"/officer/you-said-we-did/{StartYear}", new() { ["HowCommentsWereSought"] = " " }, handler: "Publish");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Enter how we asked for comments", (await refused.DocumentAsync()).Text(".govuk-error-summary"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/you-said-we-did/{StartYear}")).StatusCode);

        // The public page does not show usefulness counts.
        await PublishAsync(site, StartYear, "Forms.");
        Assert.DoesNotContain("/information/about 2 7", (await site.CreateClient().GetStringAsync($"/you-said-we-did/{StartYear}")).Squash());
    }

    [Fact]
    public async Task Officer_year_pages_are_refused_to_visitors_and_providers_and_posts_need_the_anti_forgery_token()
    {
        await using var site = await SiteAsync();
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var visitor = site.Browser();
        foreach (var url in new[] { "/officer/you-said-we-did", $"/officer/you-said-we-did/{StartYear}" })
        {
            var anonymous = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/sign-in", anonymous.Headers.Location?.OriginalString.Replace("http://localhost", ""));
            var asProvider = await provider.GetAsync(url);
            Assert.True(asProvider.StatusCode is HttpStatusCode.Forbidden || asProvider.Headers.Location?.OriginalString.Contains("/account/access-denied") == true, $"{url}: {asProvider.StatusCode}");
        }
        foreach (var handler in new[] { "Save", "Publish" })
        {
            var url = $"/officer/you-said-we-did/{StartYear}?handler={handler}";
            var fields = new FormUrlEncodedContent([new("HowCommentsWereSought", "Sneaky")]);
            Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostAsync(url, fields)).StatusCode);
            var asProvider = await provider.PostAsync(url, fields);
            Assert.True(asProvider.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest || asProvider.Headers.Location?.OriginalString.Contains("/account/access-denied") == true, $"{url}: {asProvider.StatusCode}");
        }

        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var noToken = await officer.PostAsync($"/officer/you-said-we-did/{StartYear}?handler=Publish", new FormUrlEncodedContent([new("HowCommentsWereSought", "No token")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/you-said-we-did/{StartYear}")).StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().YearSummaries.AnyAsync(s => s.Figures != null));
    }
}
