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
public sealed class EmailOutbox(IServiceScopeFactory scopes, IEmailSender sender, TimeProvider clock, ILogger<EmailOutbox> logger) : BackgroundService
{
    private readonly SemaphoreSlim _signal = new(0);
    private readonly SemaphoreSlim _sending = new(1, 1);

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
            try { await _signal.WaitAsync(TimeSpan.FromSeconds(10), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Sends every email that is due; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await _sending.WaitAsync(ct);
        try { return await SendDueOnceAsync(ct); }
        finally { _sending.Release(); }
    }

    private async Task<int> SendDueOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var now = clock.GetUtcNow();
        var due = (await db.OutgoingEmails.Where(e => e.SentAt == null && e.Attempts < 10).OrderBy(e => e.Id).Take(50).ToListAsync(ct))
            .Where(e => e.NextAttemptAt is null || e.NextAttemptAt <= now).ToList();
        var sent = 0;
        foreach (var email in due)
        {
            email.Attempts++;
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
        return sent;
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
