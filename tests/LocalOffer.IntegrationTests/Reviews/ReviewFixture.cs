using System.Globalization;
using System.Text.RegularExpressions;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Features.Reviews;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Reviews;

/// <summary>
/// The site with the hourly reminder schedule off (unless asked for), so each test decides when the
/// job runs. The job is also safe to run alongside the schedule; this just keeps the counts exact.
/// </summary>
public sealed class ReviewSite(string? dataDirectory = null, double reminderCheckMinutes = 0) : LocalOfferSite(dataDirectory)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:ReminderCheckMinutes", reminderCheckMinutes.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed record TestListing(Guid Id, string Slug, string Name, string Summary, DateOnly ReviewBy, Guid ProviderId, List<Account> Members);

/// <summary>A site clock moved on (or back) from the real one.</summary>
public sealed class ShiftedClock(TimeSpan by) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
}

public static partial class ReviewFixture
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static string Describe(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>A published listing of its own organisation, due for review on <paramref name="reviewBy"/>, with that many provider accounts.</summary>
    public static async Task<TestListing> AddListingAsync(this LocalOfferSite site, string name, DateOnly reviewBy, int members = 0) =>
        (await site.AddListingsAsync([(name, reviewBy)], members))[0];

    public static async Task<List<TestListing>> AddListingsAsync(this LocalOfferSite site, IReadOnlyList<(string Name, DateOnly ReviewBy)> wanted, int members = 0)
    {
        var entries = wanted.Select(w => new ListingFileEntry
        {
            Id = Guid.NewGuid(),
            Slug = Regex.Replace(w.Name.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-'),
            Name = w.Name,
            Organization = new($"{w.Name} organisation", null, null, null, null),
            Summary = $"A summary of {w.Name}.",
            Description = "What happens at the service.",
            Categories = ["therapies"],
            Eligibility = "Anyone.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Ring.",
            Cost = new(true, null, null),
            Delivery = ["online"],
            AreaWide = true,
            LastChecked = w.ReviewBy.AddMonths(-12),
        }).ToList();
        _ = site.Server; // start the site: it makes its data directory, which the import file goes in
        var result = await site.ImportAsync(entries);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Problems));

        var listings = new List<TestListing>();
        foreach (var (entry, (_, reviewBy)) in entries.Zip(wanted))
        {
            Guid providerId;
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
                // Set exactly: LastChecked + 12 months is a day short when it lands on 29 February.
                await db.Listings.Where(l => l.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(l => l.ReviewBy, reviewBy));
                providerId = await db.Listings.Where(l => l.Id == entry.Id).Select(l => l.ProviderId).FirstAsync();
            }
            var accounts = new List<Account>();
            for (var i = 0; i < members; i++) accounts.Add(await site.CreateAccountAsync(Role.Provider, providerId: providerId));
            listings.Add(new TestListing(entry.Id, entry.Slug, entry.Name, entry.Summary, reviewBy, providerId, accounts));
        }
        return listings;
    }

    public static Task<ReminderRun> RunRemindersAsync(this LocalOfferSite site) =>
        site.Services.GetRequiredService<ReviewReminderSchedule>().RunNowAsync();

    public static async Task<Listing> ListingAsync(this LocalOfferSite site, Guid id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Listings.AsNoTracking().FirstAsync(l => l.Id == id);
    }

    public static async Task<List<ReviewReminder>> RemindersAsync(this LocalOfferSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().ReviewReminders.AsNoTracking().ToListAsync();
    }

    public static async Task<List<LocalOffer.Web.Features.Submissions.ListingEvent>> EventsAsync(this LocalOfferSite site, Guid listingId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().ListingEvents.AsNoTracking().Where(e => e.ListingId == listingId).ToListAsync();
    }

    public static async Task UpdateListingAsync(this LocalOfferSite site, Guid id, ListingStatus status)
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Listings.Where(l => l.Id == id).ExecuteUpdateAsync(s => s.SetProperty(l => l.Status, status));
    }

    public static string Header(string email, string name) =>
        Regex.Match(email, $"^{name}: (.*)$", RegexOptions.Multiline).Groups[1].Value.Trim();

    /// <summary>The path and query of the one-step confirm link in an email.</summary>
    public static string ConfirmLink(string email) =>
        ConfirmLinkPattern().Match(email) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("The email has no confirm link:\n" + email);

    public static string TokenOf(string link) => Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);

    [GeneratedRegex(@"https?://[^/\s]+(/listings/confirm\?token=\S+)")]
    private static partial Regex ConfirmLinkPattern();
}
