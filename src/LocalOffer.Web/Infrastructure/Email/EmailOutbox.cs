using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Infrastructure.Email;

/// <summary>Writes emails into the outbox; they go out with the caller's next SaveChanges.</summary>
public sealed class Mailer(LocalOfferDb db, IOptions<Hosting.LocalOfferOptions> options, TimeProvider clock, EmailOutbox outbox)
{
    /// <summary>Queues a plain, short email that ends by saying who it is from and why it was sent.</summary>
    public void Queue(string to, string subject, string body, string why)
    {
        var council = options.Value.Council;
        db.OutgoingEmails.Add(new OutgoingEmail
        {
            To = to,
            Subject = subject,
            Body = $"{body.Trim()}\n\n{council.ServiceName} team\n{council.Name}\n\n{why}\n",
            CreatedAt = clock.GetUtcNow(),
        });
        outbox.Wake();
    }
}

/// <summary>
/// Sends what is in the outbox, oldest first, retrying failures with growing gaps. Runs in the
/// background; the outbox is a database table, so nothing waiting is lost when the site restarts.
/// </summary>
public sealed class EmailOutbox(IServiceScopeFactory scopes, IEmailSender sender, TimeProvider clock, IOptions<Hosting.LocalOfferOptions> options, ILogger<EmailOutbox> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>How many emails one server takes at a time, and how long it has to send them.</summary>
    private const int ClaimSize = 20;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    public void Wake()
    {
        if (_signal.CurrentCount == 0) _signal.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await SendDueAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { logger.LogError(e, "The email outbox failed; trying again shortly"); }
            try { await _signal.WaitAsync(TimeSpan.FromSeconds(options.Value.Email.OutboxCheckSeconds), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every email that is due; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await _sending.WaitAsync(ct);
        try
        {
            var total = 0;
            while (true)
            {
                var (sent, claimed) = await SendBatchAsync(ct);
                total += sent;
                if (claimed < ClaimSize) return total;
            }
        }
        finally { _sending.Release(); }
    }

    private async Task<(int Sent, int Claimed)> SendBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var now = clock.GetUtcNow();
        var waiting = await db.OutgoingEmails.AsNoTracking()
            .Where(e => e.SentAt == null && e.Attempts < 10 && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.Id).Take(200).Select(e => new { e.Id, e.NextAttemptAt }).ToListAsync(ct);
        var due = waiting.Where(e => e.NextAttemptAt is null || e.NextAttemptAt <= now).Select(e => e.Id).Take(ClaimSize).ToList();
        if (due.Count == 0) return (0, 0);

        // Claim them in one statement: when two servers read the same emails, the database lets only
        // one update each row while the claim is open, so no email is sent twice. A claim lapses, so
        // emails claimed by a server that stopped go out from another.
        var claim = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        if (claim.Length > 80) claim = claim[^80..];
        var until = now + ClaimFor;
        await db.OutgoingEmails.Where(e => due.Contains(e.Id) && e.SentAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.ClaimedBy, claim).SetProperty(e => e.ClaimedUntil, until), ct);
        var mine = await db.OutgoingEmails.Where(e => e.ClaimedBy == claim).OrderBy(e => e.Id).ToListAsync(ct);

        var sent = 0;
        foreach (var email in mine)
        {
            email.Attempts++;
            email.ClaimedBy = null;
            email.ClaimedUntil = null;
            try
            {
                await sender.SendAsync(email, ct);
                email.SentAt = clock.GetUtcNow();
                email.LastError = null;
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The address is personal data: log the email's number, not who it was for.
                logger.LogWarning("Email {EmailId} could not be sent (attempt {Attempt}): {Error}", email.Id, email.Attempts, e.GetType().Name);
                email.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
                email.NextAttemptAt = now.AddMinutes(Math.Pow(2, email.Attempts));
            }
            await db.SaveChangesAsync(ct);
        }
        return (sent, mine.Count);
    }
}

public static class EmailSetup
{
    public static IServiceCollection AddEmail(this IServiceCollection services, string delivery)
    {
        if (string.Equals(delivery, "smtp", StringComparison.OrdinalIgnoreCase)) services.AddSingleton<IEmailSender, SmtpEmailSender>();
        else services.AddSingleton<IEmailSender, FileDropEmailSender>();
        services.AddSingleton<EmailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<EmailOutbox>());
        services.AddScoped<Mailer>();
        return services;
    }
}
