using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>One new comment in the officers' queue.</summary>
public sealed record CommentQueueItem(Guid Id, DateTimeOffset ReceivedAt, CommentTopic Topic, CommentGiver GivenBy, string FirstWords, string? ServiceName);

/// <summary>Everything the decide page shows about one comment.</summary>
public sealed record CommentCase(
    Comment Comment, string? ServiceName, IReadOnlyList<CommentEvent> History, IReadOnlyList<CouncilResponse> Responses,
    IReadOnlyList<CommentTheme> Themes)
{
    public bool IsNew => Comment.State == CommentState.New;
    /// <summary>The reasons this comment may be withheld for: the law allows fewer for comments on the Local Offer itself.</summary>
    public IReadOnlyList<WithholdReason> AllowedReasons => CommentModeration.ReasonsFor(Comment.Topic);
}

/// <summary>A comment about one of a provider's services, as the provider sees it: never who sent it.</summary>
public sealed record ProviderComment(DateTimeOffset ReceivedAt, Guid ProviderId, string ServiceName, string? Text, string Status);

/// <summary>
/// Officers' decisions on comments: publish as sent, publish with personal details taken out, or
/// withhold for a reason the law allows. Every decision is recorded, and a comment about a service is
/// passed to its provider once, at the first decision.
/// </summary>
public sealed class CommentModeration(LocalOfferDb db, Mailer mail, TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    public const int MaxNote = 2000;
    public const int MaxText = 5000;

    public static IReadOnlyList<WithholdReason> ReasonsFor(CommentTopic topic) =>
        Enum.GetValues<WithholdReason>().Where(r => FeedbackText.MayWithhold(topic, r)).ToList();

    /// <summary>Why a reason is refused, in plain words.</summary>
    public static string Refusal(CommentTopic topic, WithholdReason reason) =>
        $"You cannot withhold this comment as \u201c{FeedbackText.Describe(reason)}\u201d. The law says comments about {FeedbackText.Describe(topic).ToLowerInvariant()} must be published, "
        + "unless they are abusive, vexatious or a duplicate. Take out any personal details and publish it with edits instead.";

    public Task<int> CountWaitingAsync(CancellationToken ct) => db.Comments.CountAsync(c => c.State == CommentState.New, ct);

    public async Task<IReadOnlyList<CommentQueueItem>> WaitingAsync(CancellationToken ct)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.State == CommentState.New).OrderBy(c => c.ReceivedAt)
            .Select(c => new { c.Id, c.ReceivedAt, c.Topic, c.GivenBy, c.Text, c.ListingId }).ToListAsync(ct);
        var names = await ServiceNamesAsync(rows.Select(r => r.ListingId), ct);
        return rows.Select(r => new CommentQueueItem(r.Id, r.ReceivedAt, r.Topic, r.GivenBy, FirstWords(r.Text),
            r.ListingId is { } l && names.TryGetValue(l, out var n) ? n : null)).ToList();
    }

    /// <summary>The first dozen words, for the queue.</summary>
    public static string FirstWords(string text, int words = 12)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + "…";
    }

    /// <summary>A short reference officers can read out or type: the first 8 characters of the id.</summary>
    public static string Reference(Guid id) => id.ToString("N")[..8].ToUpperInvariant();

    public async Task<CommentCase?> LoadAsync(Guid id, CancellationToken ct)
    {
        var comment = await db.Comments.Include(c => c.Themes).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (comment is null) return null;
        var names = await ServiceNamesAsync([comment.ListingId], ct);
        var history = await db.CommentEvents.AsNoTracking().Where(e => e.CommentId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var themeIds = comment.Themes.Select(t => t.Id).ToList();
        var responses = await db.CouncilResponses.AsNoTracking()
            .Where(r => r.CommentId == id || (r.ThemeId != null && themeIds.Contains(r.ThemeId.Value))).OrderBy(r => r.Id).ToListAsync(ct);
        var themes = await db.CommentThemes.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return new(comment, comment.ListingId is { } l && names.TryGetValue(l, out var n) ? n : null, history, responses, themes);
    }

    public async Task PublishAsync(Comment comment, Account officer, CancellationToken ct)
    {
        Decide(comment, officer, CommentState.Published);
        comment.PublishedText = comment.Text;
        comment.WasEdited = false;
        Record(comment.Id, officer, "Published as sent", null);
        await ShareWithProviderAsync(comment, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Publishes the officer's edit; the words as sent stay as they were, private.</summary>
    public async Task PublishEditedAsync(Comment comment, Account officer, string edited, CancellationToken ct)
    {
        edited = edited.Trim().ReplaceLineEndings("\n");
        var same = edited == comment.Text.Trim().ReplaceLineEndings("\n");
        Decide(comment, officer, CommentState.Published);
        comment.PublishedText = edited;
        comment.WasEdited = !same;
        Record(comment.Id, officer, same ? "Published as sent" : "Published with edits", same ? null : "Personal details taken out before publishing");
        await ShareWithProviderAsync(comment, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Withholds the comment; returns why not when the law or the form does not allow it.</summary>
    public async Task<string?> WithholdAsync(Comment comment, Account officer, WithholdReason reason, string? note, Guid? duplicateOf, CancellationToken ct)
    {
        if (!FeedbackText.MayWithhold(comment.Topic, reason)) return Refusal(comment.Topic, reason);
        if (reason == WithholdReason.Duplicate)
        {
            if (duplicateOf is not { } other || other == comment.Id || !await db.Comments.AnyAsync(c => c.Id == other, ct))
                return "Enter the reference of the comment this one repeats";
        }
        Decide(comment, officer, CommentState.Withheld);
        comment.WithheldBecause = reason;
        comment.WithheldNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        comment.DuplicateOf = reason == WithholdReason.Duplicate ? duplicateOf : null;
        comment.PublishedText = null;
        var why = FeedbackText.Describe(reason) + (reason == WithholdReason.Duplicate ? $" (of comment {Reference(duplicateOf!.Value)})" : "")
            + (comment.WithheldNote is null ? "" : ": " + comment.WithheldNote);
        Record(comment.Id, officer, "Withheld", why);
        await ShareWithProviderAsync(comment, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Finds a comment by its full id or its 8-character reference.</summary>
    public async Task<Guid?> FindByReferenceAsync(string? reference, CancellationToken ct)
    {
        reference = reference?.Trim().Replace("-", "");
        if (string.IsNullOrEmpty(reference)) return null;
        if (Guid.TryParse(reference, out var id)) return id;
        if (reference.Length < 8) return null;
        var ids = await db.Comments.AsNoTracking().Select(c => c.Id).ToListAsync(ct);
        var matches = ids.Where(i => i.ToString("N").StartsWith(reference, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Sets the comment's themes; retired themes already on it stay unless unticked.</summary>
    public async Task SetThemesAsync(Comment comment, Account officer, IReadOnlyCollection<int> themeIds, CancellationToken ct)
    {
        var current = comment.Themes.Select(t => t.Id).ToHashSet();
        var chosen = await db.CommentThemes.Where(t => themeIds.Contains(t.Id) && (t.IsActive || current.Contains(t.Id))).ToListAsync(ct);
        var before = comment.Themes.Select(t => t.Name).Order().ToList();
        comment.Themes.RemoveAll(t => chosen.All(c => c.Id != t.Id));
        foreach (var t in chosen.Where(t => !current.Contains(t.Id))) comment.Themes.Add(t);
        var after = comment.Themes.Select(t => t.Name).Order().ToList();
        if (before.SequenceEqual(after)) return;
        Record(comment.Id, officer, "Themes changed", after.Count == 0 ? "No themes" : string.Join(", ", after));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Comments about the services of the organisations the account belongs to, newest first.</summary>
    public async Task<IReadOnlyList<ProviderComment>> ForProviderAsync(Guid accountId, CancellationToken ct)
    {
        var providers = await db.Providers.AsNoTracking().Where(p => p.Members.Any(m => m.Id == accountId)).Select(p => p.Id).ToListAsync(ct);
        var listings = await db.Listings.AsNoTracking().Where(l => providers.Contains(l.ProviderId)).Select(l => new { l.Id, l.ProviderId, l.Name }).ToListAsync(ct);
        var ids = listings.Select(l => l.Id).ToList();
        var comments = await db.Comments.AsNoTracking().Where(c => c.ListingId != null && ids.Contains(c.ListingId.Value) && c.SharedWithProviderAt != null)
            .OrderByDescending(c => c.ReceivedAt).ToListAsync(ct);
        return comments.Select(c =>
        {
            var listing = listings.First(l => l.Id == c.ListingId);
            return new ProviderComment(c.ReceivedAt, listing.ProviderId, listing.Name, TextForProvider(c), StatusForProvider(c));
        }).ToList();
    }

    /// <summary>
    /// What a provider may read: the published words if published, else the words as sent, unless they
    /// were withheld as abusive. Never the commenter's email address or phone number.
    /// </summary>
    public static string? TextForProvider(Comment c) =>
        c.State == CommentState.Withheld && c.WithheldBecause == WithholdReason.Abusive ? null
        : PersonalDetails.WithoutContactDetails(c.State == CommentState.Published ? c.PublishedText ?? c.Text : c.Text, c.ReplyEmail);

    public static string StatusForProvider(Comment c) => c.State switch
    {
        CommentState.Published => "Published on the Local Offer",
        CommentState.Withheld => "Not published: " + FeedbackText.Describe(c.WithheldBecause ?? WithholdReason.NotAboutLocalOffer).ToLowerInvariant(),
        _ => "Waiting for a decision",
    };

    private void Decide(Comment comment, Account officer, CommentState state)
    {
        if (comment.State != CommentState.New) throw new InvalidOperationException("This comment has already been decided.");
        comment.State = state;
        comment.DecidedAt = clock.GetUtcNow();
        comment.DecidedBy = officer.Id;
    }

    /// <summary>Passes a comment about a service to its provider once: on the dashboard, and by email to the organisation's members.</summary>
    private async Task ShareWithProviderAsync(Comment comment, CancellationToken ct)
    {
        if (comment.ListingId is not { } listingId || comment.SharedWithProviderAt is not null) return;
        var listing = await db.Listings.AsNoTracking().Where(l => l.Id == listingId)
            .Select(l => new { l.Name, Provider = l.Provider!.Name, Members = l.Provider.Members.Select(m => m.Email).ToList() }).FirstOrDefaultAsync(ct);
        if (listing is null) return;
        comment.SharedWithProviderAt = clock.GetUtcNow();
        var text = TextForProvider(comment);
        // Only words already cleared for the public travel by email; anything else (which may still hold
        // a child's name or health details) stays behind the provider's sign-in.
        var words = text is null ? "The comment was withheld as abusive, so we have not passed on its words."
            : comment.State == CommentState.Published ? "What they said:\n\n" + text
            : "Sign in to read it: we do not email comments that we have not published, as they may contain personal details.";
        var link = options.Value.PublicUrl.TrimEnd('/') + "/provider";
        foreach (var to in listing.Members.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            mail.Queue(to, $"A comment about {listing.Name} on the Local Offer",
                $"Someone sent a comment about {listing.Name} through the Local Offer.\n\n{words}\n\n{StatusForProvider(comment)}.\n\n"
                + $"We do not pass on who sent it or how to contact them. You can read it again on your dashboard: {link}",
                "You are getting this email because you look after this service on the Local Offer.");
        }
        Record(comment.Id, null, "Shared with the provider", $"{listing.Provider}: on their dashboard and by email to {listing.Members.Count} {(listing.Members.Count == 1 ? "member" : "members")}");
    }

    private async Task<Dictionary<Guid, string>> ServiceNamesAsync(IEnumerable<Guid?> listingIds, CancellationToken ct)
    {
        var ids = listingIds.OfType<Guid>().Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.Listings.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.Name, ct);
    }

    internal void Record(Guid commentId, Account? officer, string action, string? reason) =>
        db.CommentEvents.Add(new CommentEvent
        {
            CommentId = commentId, AccountId = officer?.Id, AccountName = officer?.Name ?? "The Local Offer site",
            At = clock.GetUtcNow(), Action = action, Reason = reason,
        });
}
