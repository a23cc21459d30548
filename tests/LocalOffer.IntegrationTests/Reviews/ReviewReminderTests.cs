using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Reviews;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Reviews;

public sealed class ReviewReminderTests
{
    [Fact]
    public async Task A_listing_due_in_ten_days_gets_one_due_soon_email_per_member_and_one_due_in_a_year_gets_none()
    {
        await using var site = new ReviewSite();
        var dueSoon = await site.AddListingAsync("Sensory play mornings", ReviewFixture.Today.AddDays(10), members: 2);
        var notDue = await site.AddListingAsync("Chess club", ReviewFixture.Today.AddYears(1), members: 1);

        var run = await site.RunRemindersAsync();

        Assert.Equal(1, run.Queued);
        var emails = await site.EmailsAsync();
        Assert.Equal(2, emails.Count);
        Assert.Equal(dueSoon.Members.Select(m => m.Email).Order(), emails.Select(e => ReviewFixture.Header(e, "To")).Order());
        Assert.DoesNotContain(emails, e => e.Contains(notDue.Members[0].Email));
        foreach (var email in emails)
        {
            Assert.Equal($"Check Sensory play mornings is still accurate by {ReviewFixture.Describe(dueSoon.ReviewBy)}", ReviewFixture.Header(email, "Subject"));
            Assert.Contains($"Sensory play mornings is due to be checked by {ReviewFixture.Describe(ReviewFixture.Today.AddDays(10))}.", email);
            Assert.Contains("/listings/confirm?token=", email);
            Assert.Contains("sign in and update it:\nhttp://localhost:5000/provider\n", email.ReplaceLineEndings("\n"));
            Assert.Contains("SEND Local Offer team", email);
        }
        var reminder = Assert.Single(await site.RemindersAsync());
        Assert.Equal((dueSoon.Id, ReviewFixture.Today.AddDays(10), ReviewReminders.DueSoon), (reminder.ListingId, reminder.ReviewBy, reminder.Kind));

        // Counts and listing ids only: no one's email address reaches the logs.
        var logs = site.Logs.Lines;
        Assert.Contains(logs, l => l.Contains(dueSoon.Id.ToString()) && l.Contains("due-soon"));
        Assert.DoesNotContain(logs, l => dueSoon.Members.Concat(notDue.Members).Any(m => l.Contains(m.Email, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Running_the_job_again_and_on_a_restarted_site_sends_nothing_new()
    {
        string folder;
        await using (var first = new ReviewSite { KeepData = true })
        {
            folder = first.DataDirectory;
            await first.AddListingAsync("Sensory play mornings", ReviewFixture.Today.AddDays(10), members: 2);
            Assert.Equal(1, (await first.RunRemindersAsync()).Queued);
            Assert.Equal(0, (await first.RunRemindersAsync()).Queued);
            Assert.Equal(2, (await first.EmailsAsync()).Count);
        }

        await using var restarted = new ReviewSite(folder);
        var run = await restarted.RunRemindersAsync();

        Assert.Equal(new ReminderRun(0, 0, 0), run);
        Assert.Equal(2, (await restarted.EmailsAsync()).Count);
        Assert.Single(await restarted.RemindersAsync());
    }

    [Fact]
    public async Task Two_sites_that_both_find_the_same_listings_due_record_and_email_each_once()
    {
        await using var one = new ReviewSite { KeepData = true };
        var listings = await one.AddListingsAsync([.. Enumerable.Range(1, 5).Select(n => ($"Shared service {n}", ReviewFixture.Today.AddDays(n)))], members: 1);
        await using var two = new ReviewSite(one.DataDirectory);
        _ = two.Server;

        // Hold the database's write lock so both runs read "not sent yet" before either can write:
        // then for every listing one run records it and the other meets the unique index.
        // On PostgreSQL, a lock on the reminders table that lets reads through and holds every insert.
        Task<ReminderRun[]> runs;
        await using (System.Data.Common.DbConnection writer = TestDatabase.IsPostgreSql
            ? new Npgsql.NpgsqlConnection(TestDatabase.ConnectionString(TestDatabase.DatabaseName(one.DataDirectory)))
            : new SqliteConnection(DatabaseSetup.SqliteConnectionString(one.DataDirectory)))
        {
            await writer.OpenAsync();
            await using (var begin = writer.CreateCommand())
            {
                begin.CommandText = TestDatabase.IsPostgreSql ? """BEGIN; LOCK TABLE "review_reminders" IN EXCLUSIVE MODE;""" : "BEGIN IMMEDIATE";
                await begin.ExecuteNonQueryAsync();
            }
            runs = Task.WhenAll(Task.Run(() => one.RunRemindersAsync()), Task.Run(() => two.RunRemindersAsync()));
            await Task.Delay(TimeSpan.FromSeconds(2));
            await using (var end = writer.CreateCommand()) { end.CommandText = "ROLLBACK"; await end.ExecuteNonQueryAsync(); }
        }
        var results = await runs;

        Assert.Equal((5, 5), (results.Sum(r => r.Queued), results.Sum(r => r.AlreadySent)));
        Assert.Equal(5, (await one.RemindersAsync()).Count);
        var emails = await one.EmailsAsync();
        Assert.Equal(listings.Select(l => l.Members[0].Email).Order(), emails.Select(e => ReviewFixture.Header(e, "To")).Order());
    }

    [Fact]
    public async Task An_overdue_listing_gets_an_overdue_reminder_even_after_its_due_soon_one()
    {
        await using var site = new ReviewSite();
        var reviewBy = ReviewFixture.Today.AddDays(-5);
        var listing = await site.AddListingAsync("Messy play", reviewBy, members: 1);
        var forgotten = await site.AddListingAsync("Nobody's group", reviewBy, members: 0);
        await site.AddListingAsync("Long gone group", ReviewFixture.Today.AddDays(-120), members: 1);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
            db.ReviewReminders.Add(new ReviewReminder { ListingId = listing.Id, ReviewBy = reviewBy, Kind = ReviewReminders.DueSoon, QueuedAt = DateTimeOffset.UtcNow.AddDays(-35) });
            await db.SaveChangesAsync();
        }

        var run = await site.RunRemindersAsync();

        Assert.Equal(new ReminderRun(2, 0, 1), run);
        var emails = await site.EmailsAsync();
        Assert.Equal(2, emails.Count);
        var email = Assert.Single(emails, e => ReviewFixture.Header(e, "To") == listing.Members[0].Email);
        Assert.Equal("Messy play is overdue for its check", ReviewFixture.Header(email, "Subject"));
        Assert.Contains($"Messy play was due to be checked on {ReviewFixture.Describe(reviewBy)}.", email);
        Assert.Contains($"From {ReviewFixture.Describe(reviewBy.AddDays(91))}, we will tell families that it may be out of date.", email);
        Assert.Contains("Long gone group was due to be checked on", Assert.Single(emails, e => e != email));
        Assert.Contains("Families are being told that it may be out of date.", Assert.Single(emails, e => e != email));
        var reminders = await site.RemindersAsync();
        Assert.Equal([ReviewReminders.DueSoon, ReviewReminders.Overdue], reminders.Where(r => r.ListingId == listing.Id).Select(r => r.Kind).Order());
        // No one to tell, so nothing is recorded as sent: the officers' list shows it is unreminded.
        Assert.DoesNotContain(reminders, r => r.ListingId == forgotten.Id);
    }

    [Fact]
    public async Task The_job_runs_by_itself_shortly_after_start_up()
    {
        // A check every 0.01 minutes (0.6 seconds) so the test need not wait the real minute.
        await using var site = new ReviewSite(reminderCheckMinutes: 0.01);
        await site.AddListingAsync("Sensory play mornings", ReviewFixture.Today.AddDays(3), members: 1);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await site.RemindersAsync()).Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(200);

        Assert.Single(await site.RemindersAsync());
        Assert.Single(await site.EmailsAsync());
    }
}
