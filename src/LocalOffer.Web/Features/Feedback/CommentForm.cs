using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// What the comment form sends. Choices are bound as text so an odd value is a plain error message
/// rather than a binding failure, and everything typed goes back into the form on any error.
/// </summary>
public sealed class CommentForm
{
    public const int MaxText = 2000, MaxEmail = 200;

    public string? Topic { get; set; }
    public string? GivenBy { get; set; }
    public string? Text { get; set; }
    public string? ReplyEmail { get; set; }
    public bool AgreeToReply { get; set; }
    /// <summary>The honeypot: hidden from sight, and people are told to leave it blank.</summary>
    public string? Website { get; set; }

    public static IReadOnlyList<CommentTopic> TopicsOffered(bool aboutService) =>
        aboutService ? [CommentTopic.Service] : Enum.GetValues<CommentTopic>().Where(t => t != CommentTopic.Service).ToList();

    /// <summary>Adds an error, in the version's words, for each field that is not right.</summary>
    public void Validate(ModelStateDictionary errors, string prefix, FeedbackWording words, bool aboutService)
    {
        if (!aboutService && !(Choice<CommentTopic>(Topic) is { } topic && TopicsOffered(false).Contains(topic)))
            errors.AddModelError(prefix + nameof(Topic), words.ChooseTopic);
        if (Choice<CommentGiver>(GivenBy) is null)
            errors.AddModelError(prefix + nameof(GivenBy), words.ChooseGiver);
        if (string.IsNullOrWhiteSpace(Text)) errors.AddModelError(prefix + nameof(Text), words.EnterText);
        else if (Text.Trim().Length > MaxText) errors.AddModelError(prefix + nameof(Text), words.TextTooLong);
        var email = ReplyEmail?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            if (email.Length > MaxEmail) errors.AddModelError(prefix + nameof(ReplyEmail), words.EmailTooLong);
            else if (!new EmailAddressAttribute().IsValid(email) || email.Contains(' ')) errors.AddModelError(prefix + nameof(ReplyEmail), words.EmailInvalid);
            else if (!AgreeToReply) errors.AddModelError(prefix + nameof(AgreeToReply), words.ConsentMissing);
        }
    }

    /// <summary>A choice by its name only (Enum.TryParse would also take "3").</summary>
    private static T? Choice<T>(string? value) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => v.ToString() == value);

    public bool IsHoneypotFilled => !string.IsNullOrEmpty(Website);

    /// <summary>The comment to store; call only once <see cref="Validate"/> found nothing wrong.</summary>
    public Comment ToComment(DateTimeOffset now, Guid? listingId) => new()
    {
        Id = Guid.NewGuid(),
        ReceivedAt = now,
        Topic = listingId is null ? Choice<CommentTopic>(Topic)!.Value : CommentTopic.Service,
        GivenBy = Choice<CommentGiver>(GivenBy)!.Value,
        Text = Text!.Trim(),
        ListingId = listingId,
        // Kept only with the person's agreement to be emailed.
        ReplyEmail = AgreeToReply && !string.IsNullOrWhiteSpace(ReplyEmail) ? ReplyEmail.Trim() : null,
    };
}

/// <summary>
/// At most <see cref="FeedbackOptions.CommentsPerHour"/> comments an hour from one internet address.
/// The address is only a key in memory: it is never stored or logged.
/// </summary>
public sealed class CommentRateLimit : IDisposable
{
    /// <summary>The window the allowance is counted over; a refusal tells the browser to wait this long (Retry-After).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PartitionedRateLimiter<string> _limiter;

    public CommentRateLimit(IOptions<LocalOfferOptions> options)
    {
        var perHour = Math.Max(1, options.Value.Feedback.CommentsPerHour);
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perHour, Window = Window, QueueLimit = 0, AutoReplenishment = true }));
    }

    /// <summary>Takes one comment from the address's allowance for this hour; false when it is used up.</summary>
    public bool TryTake(System.Net.IPAddress? address)
    {
        using var lease = _limiter.AttemptAcquire(address?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Takes in a comment from the public form: anti-abuse checks, then stores it as new for officers to read.</summary>
public sealed class CommentInbox(LocalOfferDb db, CommentRateLimit limit, TimeProvider clock)
{
    public enum Outcome { Saved, Honeypot, TooMany }

    public async Task<Outcome> TakeAsync(CommentForm form, Guid? listingId, System.Net.IPAddress? from, CancellationToken ct)
    {
        if (form.IsHoneypotFilled) return Outcome.Honeypot;
        if (!limit.TryTake(from)) return Outcome.TooMany;
        db.Comments.Add(form.ToComment(clock.GetUtcNow(), listingId));
        await db.SaveChangesAsync(ct);
        return Outcome.Saved;
    }
}
