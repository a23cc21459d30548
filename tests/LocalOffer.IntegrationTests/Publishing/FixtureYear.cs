using AngleSharp.Dom;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Publishing;

/// <summary>
/// Comments, themes and responses written straight to the database, as the feedback form and moderation
/// (built elsewhere) would leave them. The fixture year is September 2023 to August 2024.
/// </summary>
public static class FixtureYear
{
    public const int StartYear = 2023;

    /// <summary>A site of its own with the fixture year's comments in it.</summary>
    public static async Task<OfficerSite> SiteAsync()
    {
        var site = new OfficerSite();
        await site.InitializeAsync();
        await SeedAsync(site);
        return site;
    }

    /// <summary>A "You said, we did" table's rows: label and number.</summary>
    public static Dictionary<string, int> Table(IDocument page, string id) =>
        page.QuerySelectorAll($"#{id} tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => int.Parse(r.QuerySelector("td")!.TextContent.Trim()));

    /// <summary>The bar chart beside a table: label and the number it shows.</summary>
    public static Dictionary<string, int> Chart(IDocument page, string id) =>
        page.QuerySelectorAll($"#{id}-chart .lo-bar-chart__row").ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => int.Parse(r.QuerySelector(".lo-bar-chart__number")!.TextContent.Trim()));
    public const string EditedText = "Bus pass details are hidden. Ring me on 07700 900123, Jo Bloggs, jo@example.org";
    public const string EditedPublishedText = "Bus pass details are hidden. [Personal details removed]";
    public const string Email = "jo@example.org";
    public const string AbusiveText = "Withheld abusive words";
    public const string DuplicateText = "Withheld duplicate words";
    public const string WaitingText = "Still waiting for an officer";
    public const string TransportWeDid = "We added a page about school transport and bus passes.";
    public const string TransportYouSaid = "Information about transport was hard to find.";
    public const string SearchWeDid = "We are making the search box easier to find.";

    public static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// In 2023 to 2024: published Information/ParentOrCarer (edited, Transport), Missing/Child (Transport, Short breaks),
    /// EaseOfUse/ParentOrCarer (answered), Development/OnBehalf (received August 2023, decided September 2023);
    /// withheld Information/Other (abusive), Service/Professional (duplicate); one still new.
    /// In 2024 to 2025: Service/Professional received August 2024, decided September 2024.
    /// </summary>
    public static async Task SeedAsync(LocalOfferSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var transport = new CommentTheme { Name = "Transport" };
        var shortBreaks = new CommentTheme { Name = "Short breaks" };
        db.CommentThemes.AddRange(transport, shortBreaks);

        var edited = Published(CommentTopic.Information, CommentGiver.ParentOrCarer, At(2023, 9, 20), At(2023, 10, 5), EditedText, EditedPublishedText, transport);
        edited.ReplyEmail = Email;
        var answered = Published(CommentTopic.EaseOfUse, CommentGiver.ParentOrCarer, At(2024, 8, 1), At(2024, 8, 31), "The search box is too small.", null);
        db.Comments.AddRange(
            edited,
            Published(CommentTopic.Missing, CommentGiver.ChildOrYoungPerson, At(2024, 2, 20), At(2024, 3, 1), "There is nothing about short breaks in the holidays.", null, transport, shortBreaks),
            answered,
            Published(CommentTopic.Development, CommentGiver.OnBehalfOfChild, At(2023, 8, 25), At(2023, 9, 3), "Ask young people what they need.", null),
            Withheld(CommentTopic.Information, CommentGiver.Other, At(2024, 1, 9), At(2024, 1, 10), AbusiveText, WithholdReason.Abusive),
            Withheld(CommentTopic.Service, CommentGiver.Professional, At(2023, 8, 30), At(2023, 9, 1), DuplicateText, WithholdReason.Duplicate),
            new Comment { Id = Guid.NewGuid(), Topic = CommentTopic.Information, GivenBy = CommentGiver.ParentOrCarer, ReceivedAt = At(2024, 2, 1), Text = WaitingText },
            Published(CommentTopic.Service, CommentGiver.Professional, At(2024, 8, 20), At(2024, 9, 2), "Received in August, dealt with in September.", null));
        await db.SaveChangesAsync();

        db.CouncilResponses.AddRange(
            new CouncilResponse { ThemeId = transport.Id, YouSaid = TransportYouSaid, WeDid = TransportWeDid, Status = ActionStatus.Done, ActionDate = new DateOnly(2024, 5, 1), PublishedAt = At(2024, 5, 1) },
            new CouncilResponse { CommentId = answered.Id, WeDid = SearchWeDid, Status = ActionStatus.InProgress, PublishedAt = At(2024, 8, 31) });
        db.PageUsefulness.AddRange(
            new PageUsefulness { Path = "/services", StartYear = StartYear, Yes = 30, No = 4 },
            new PageUsefulness { Path = "/information/about", StartYear = StartYear, Yes = 2, No = 7 },
            new PageUsefulness { Path = "/elsewhere", StartYear = StartYear + 1, Yes = 99, No = 99 });
        await db.SaveChangesAsync();
    }

    public static Comment Published(CommentTopic topic, CommentGiver giver, DateTimeOffset received, DateTimeOffset decided, string text, string? publishedText, params CommentTheme[] themes) => new()
    {
        Id = Guid.NewGuid(), Topic = topic, GivenBy = giver, ReceivedAt = received, Text = text, State = CommentState.Published,
        PublishedText = publishedText ?? text, WasEdited = publishedText is not null, DecidedAt = decided, Themes = [.. themes],
    };

    public static Comment Withheld(CommentTopic topic, CommentGiver giver, DateTimeOffset received, DateTimeOffset decided, string text, WithholdReason reason) => new()
    {
        Id = Guid.NewGuid(), Topic = topic, GivenBy = giver, ReceivedAt = received, Text = text, State = CommentState.Withheld,
        WithheldBecause = reason, DecidedAt = decided,
    };

    public static async Task AddAsync(LocalOfferSite site, params Comment[] comments)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        foreach (var c in comments)
        {
            var names = c.Themes.Select(x => x.Name).ToList();
            c.Themes = await db.CommentThemes.Where(t => names.Contains(t.Name)).ToListAsync();
        }
        db.Comments.AddRange(comments);
        await db.SaveChangesAsync();
    }

    /// <summary>Publishes a year through the site's own service, as the officer page does.</summary>
    public static async Task PublishAsync(LocalOfferSite site, int startYear, string howSought)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<YearSummaries>().PublishAsync(startYear, howSought);
    }
}
