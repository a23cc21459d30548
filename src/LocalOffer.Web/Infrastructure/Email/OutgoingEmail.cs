namespace LocalOffer.Web.Infrastructure.Email;

/// <summary>
/// An email waiting to be sent, or sent. Emails are written here in the same transaction as the change
/// that causes them and sent by <see cref="EmailOutbox"/>, so none is lost to a restart or a mail server
/// that is down for a while.
/// </summary>
public sealed class OutgoingEmail
{
    public long Id { get; set; }
    public required string To { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The server sending it now, so two servers sharing the database never both send it.</summary>
    public string? ClaimedBy { get; set; }
    /// <summary>When the claim lapses, so another server picks it up if the one that claimed it stopped.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
}
