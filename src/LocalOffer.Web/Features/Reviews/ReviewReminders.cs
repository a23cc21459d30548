using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Reviews;

/// <summary>What one run of the reminder job did, in counts only.</summary>
public sealed record ReminderRun(int Queued, int AlreadySent, int NoAccounts);

/// <summary>
/// Emails each published listing's organisation when its review date is near ("due-soon") and again
/// when it has passed ("overdue"). Each reminder is a row in review_reminders, written in the same
/// SaveChanges as its emails; the table's unique index on (listing, review date, kind) means a reminder
/// goes once, however many times the job runs and on however many servers.
/// </summary>
public sealed class ReviewReminders(LocalOfferDb db, Mailer mail, ConfirmLinks links, ListingFreshness freshness,
    TimeProvider clock, IOptions<LocalOfferOptions> options, ILogger<ReviewReminders> logger)
{
    public const string DueSoon = "due-soon", Overdue = "overdue";

    private sealed record Due(Guid Id, string Slug, string Name, DateOnly ReviewBy, List<string> Members);

    public async Task<ReminderRun> SendAsync(CancellationToken ct)
    {
        var today = freshness.Today;
        var until = freshness.DueSoonUntil;
        var due = await db.PublishedListings.AsNoTracking()
            .Where(l => l.ReviewBy <= until)
            .Select(l => new Due(l.Id, l.Slug, l.Name, l.ReviewBy, l.Provider.Members.Select(m => m.Email).ToList()))
            .ToListAsync(ct);
        var ids = due.Select(d => d.Id).ToList();
        var sent = (await db.ReviewReminders.AsNoTracking().Where(r => ids.Contains(r.ListingId))
            .Select(r => new { r.ListingId, r.ReviewBy, r.Kind }).ToListAsync(ct))
            .Select(r => (r.ListingId, r.ReviewBy, r.Kind)).ToHashSet();

        int queued = 0, alreadySent = 0, noAccounts = 0;
        foreach (var listing in due)
        {
            var kind = listing.ReviewBy < today ? Overdue : DueSoon;
            if (sent.Contains((listing.Id, listing.ReviewBy, kind))) continue;
            // Officers chase these from the overdue list; a reminder is recorded only once someone is told.
            if (listing.Members.Count == 0) { noAccounts++; continue; }

            db.ReviewReminders.Add(new ReviewReminder { ListingId = listing.Id, ReviewBy = listing.ReviewBy, Kind = kind, QueuedAt = clock.GetUtcNow() });
            var (subject, body) = Email(listing, kind);
            foreach (var to in listing.Members)
                mail.Queue(to, subject, body, "You are getting this email because you look after this listing on the Local Offer.");
            try
            {
                await db.SaveChangesAsync(ct);
                queued++;
                logger.LogInformation("Queued the {Kind} review reminder for listing {ListingId} to {Recipients} accounts", kind, listing.Id, listing.Members.Count);
            }
            catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 }
                                                  or Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
            {
                // A unique violation (SQLite's 2067, PostgreSQL's 23505): another run (another server) recorded this reminder first, and
                // its emails with it. Ours were in the same failed SaveChanges, so none is sent twice.
                alreadySent++;
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
        logger.Log(queued + alreadySent > 0 ? LogLevel.Information : LogLevel.Debug,
            "Review reminders: {Queued} queued, {AlreadySent} already sent by another run, {NoAccounts} listings due with no accounts to tell",
            queued, alreadySent, noAccounts);
        return new ReminderRun(queued, alreadySent, noAccounts);
    }

    private (string Subject, string Body) Email(Due listing, string kind)
    {
        var site = options.Value.PublicUrl.TrimEnd('/');
        var date = ListingFreshness.Describe(listing.ReviewBy);
        var warnedFrom = freshness.WarnedFrom(listing.ReviewBy);
        var opening = kind == DueSoon ? $"{listing.Name} is due to be checked by {date}."
            : warnedFrom > freshness.Today ? $"{listing.Name} was due to be checked on {date}. Please check it now. From {ListingFreshness.Describe(warnedFrom)}, we will tell families that it may be out of date."
            : $"{listing.Name} was due to be checked on {date}. Please check it now. Families are being told that it may be out of date.";
        var body = $"""
            {opening}

            Families use the Local Offer to choose services, so it needs to be up to date. This is the listing:
            {site}/services/{listing.Slug}

            If everything is still right, tell us in one step (you do not need to sign in):
            {links.UrlFor(listing.Id, listing.ReviewBy)}

            If something has changed, sign in and update it:
            {site}/provider

            The link to confirm works for {ConfirmLinks.Lifetime.TotalDays:0} days.
            """;
        var subject = kind == Overdue ? $"{listing.Name} is overdue for its check" : $"Check {listing.Name} is still accurate by {date}";
        return (subject, body);
    }
}

/// <summary>Runs the reminder job shortly after start-up and then every <see cref="LocalOfferOptions.ReminderCheckMinutes"/>.</summary>
public sealed class ReviewReminderSchedule(IServiceScopeFactory scopes, IOptions<LocalOfferOptions> options, TimeProvider clock, ILogger<ReviewReminderSchedule> logger) : BackgroundService
{
    /// <summary>Lets start-up (migrations, the search index) finish first.</summary>
    private static readonly TimeSpan FirstCheckAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _running = new(1, 1);

    /// <summary>Runs the job now (one run at a time in this process).</summary>
    public async Task<ReminderRun> RunNowAsync(CancellationToken ct = default)
    {
        await _running.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ReviewReminders>().SendAsync(ct);
        }
        finally { _running.Release(); }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromMinutes(options.Value.ReminderCheckMinutes);
        if (every <= TimeSpan.Zero) return;
        try
        {
            await Task.Delay(every < FirstCheckAfter ? every : FirstCheckAfter, clock, stoppingToken);
            while (true)
            {
                try { await RunNowAsync(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "The review reminder job failed; it will run again at the next check"); }
                await Task.Delay(every, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }
}

public static class ReviewsSetup
{
    public static IServiceCollection AddReviews(this IServiceCollection services)
    {
        services.AddSingleton<ListingFreshness>();
        services.AddSingleton<ConfirmLinks>();
        services.AddScoped<ReviewReminders>();
        services.AddScoped<ListingConfirmation>();
        services.AddScoped<OverdueListings>();
        services.AddSingleton<ReviewReminderSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<ReviewReminderSchedule>());
        return services;
    }
}
