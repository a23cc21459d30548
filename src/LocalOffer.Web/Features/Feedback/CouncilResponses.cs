using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>A theme with how many comments carry it.</summary>
public sealed record ThemeSummary(int Id, string Name, bool IsActive, int Comments, int Responses);

/// <summary>One theme's page: its comments and its "You said … / We did …" responses.</summary>
public sealed record ThemeCase(CommentTheme Theme, IReadOnlyList<Comment> Comments, IReadOnlyList<CouncilResponse> Responses);

/// <summary>
/// Themes officers tag comments with, and the council's published responses to a comment or a theme.
/// When a response is published, everyone who left an email address on a published comment it answers
/// is told once (the first response to their comment), with a link to the public comments page.
/// </summary>
public sealed class CouncilResponses(LocalOfferDb db, CommentModeration moderation, Mailer mail, TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    public const int MaxName = 80;
    public const int MaxText = 3000;
    public const string ToldAction = "Commenter emailed that a response is published";

    /// <summary>The optional action date from the three boxes of a GOV.UK date input; an error when it is part-filled or not a real date.</summary>
    public static (DateOnly? Date, string? Error) ActionDate(string? day, string? month, string? year)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year)) return (null, null);
        if (int.TryParse(day?.Trim(), out var d) && int.TryParse(month?.Trim(), out var m) && int.TryParse(year?.Trim(), out var y)
            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return (new DateOnly(y, m, d), null);
        return (null, "The action date must be a real date, like 31 3 2027, or leave it blank");
    }

    /// <summary>What is wrong with a response's words, if anything.</summary>
    public static string? TextProblem(string? text, string what) =>
        string.IsNullOrWhiteSpace(text) ? $"Enter {what}" : text.Trim().Length > MaxText ? $"{char.ToUpper(what[0])}{what[1..]} must be {MaxText:N0} characters or fewer" : null;

    public async Task<IReadOnlyList<ThemeSummary>> ThemesAsync(CancellationToken ct)
    {
        var themes = await db.CommentThemes.AsNoTracking().OrderByDescending(t => t.IsActive).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.IsActive, Comments = t.Comments.Count }).ToListAsync(ct);
        var responses = await db.CouncilResponses.AsNoTracking().Where(r => r.ThemeId != null).GroupBy(r => r.ThemeId!.Value)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        return themes.Select(t => new ThemeSummary(t.Id, t.Name, t.IsActive, t.Comments, responses.FirstOrDefault(r => r.Id == t.Id)?.Count ?? 0)).ToList();
    }

    /// <summary>Adds a theme; returns what is wrong with the name, if anything.</summary>
    public async Task<string?> AddThemeAsync(string? name, CancellationToken ct)
    {
        if (await NameProblemAsync(name, null, ct) is { } problem) return problem;
        db.CommentThemes.Add(new CommentTheme { Name = name!.Trim() });
        await db.SaveChangesAsync(ct);
        return null;
    }

    public async Task<string?> RenameThemeAsync(int id, string? name, CancellationToken ct)
    {
        var theme = await db.CommentThemes.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return "That theme no longer exists";
        if (await NameProblemAsync(name, id, ct) is { } problem) return problem;
        theme.Name = name!.Trim();
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Retires a theme (it is kept on the comments that have it) or brings it back.</summary>
    public async Task<CommentTheme?> SetActiveAsync(int id, bool active, CancellationToken ct)
    {
        var theme = await db.CommentThemes.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return null;
        theme.IsActive = active;
        await db.SaveChangesAsync(ct);
        return theme;
    }

    private async Task<string?> NameProblemAsync(string? name, int? except, CancellationToken ct)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return "Enter a name for the theme";
        if (name.Length > MaxName) return $"The theme's name must be {MaxName} characters or fewer";
        var lower = name.ToLower();
        if (await db.CommentThemes.AnyAsync(t => t.Id != except && t.Name.ToLower() == lower, ct)) return "There is already a theme with that name";
        return null;
    }

    public async Task<ThemeCase?> ThemeAsync(int id, CancellationToken ct)
    {
        var theme = await db.CommentThemes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        if (theme is null) return null;
        var comments = await db.Comments.AsNoTracking().Where(c => c.Themes.Any(t => t.Id == id)).OrderBy(c => c.ReceivedAt).ToListAsync(ct);
        var responses = await db.CouncilResponses.AsNoTracking().Where(r => r.ThemeId == id).OrderBy(r => r.Id).ToListAsync(ct);
        return new(theme, comments, responses);
    }

    /// <summary>Publishes a response to one published comment.</summary>
    public async Task RespondToCommentAsync(Comment comment, Account officer, string weDid, ActionStatus status, DateOnly? actionDate, CancellationToken ct)
    {
        if (comment.State != CommentState.Published) throw new InvalidOperationException("Only a published comment can be answered in public.");
        db.CouncilResponses.Add(new CouncilResponse
        {
            CommentId = comment.Id, WeDid = weDid.Trim(), Status = status, ActionDate = actionDate, PublishedAt = clock.GetUtcNow(), WrittenBy = officer.Id,
        });
        moderation.Record(comment.Id, officer, "Response published", $"{FeedbackText.Describe(status)}{(actionDate is { } d ? $", {d:d MMMM yyyy}" : "")}");
        await TellCommentersAsync([comment], ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Publishes a "You said … / We did …" response for a theme; it answers every published comment with the theme.</summary>
    public async Task RespondToThemeAsync(int themeId, Account officer, string youSaid, string weDid, ActionStatus status, DateOnly? actionDate, CancellationToken ct)
    {
        var theme = await db.CommentThemes.FirstAsync(t => t.Id == themeId, ct);
        db.CouncilResponses.Add(new CouncilResponse
        {
            ThemeId = themeId, YouSaid = youSaid.Trim(), WeDid = weDid.Trim(), Status = status, ActionDate = actionDate, PublishedAt = clock.GetUtcNow(), WrittenBy = officer.Id,
        });
        var comments = await db.Comments.Where(c => c.State == CommentState.Published && c.Themes.Any(t => t.Id == themeId)).ToListAsync(ct);
        foreach (var c in comments) moderation.Record(c.Id, officer, "Response published", $"For the theme \u201c{theme.Name}\u201d: {FeedbackText.Describe(status)}");
        await TellCommentersAsync(comments, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Emails each commenter who left an address, once per comment, and one email per address.</summary>
    private async Task TellCommentersAsync(IReadOnlyList<Comment> comments, CancellationToken ct)
    {
        var withEmail = comments.Where(c => c.State == CommentState.Published && !string.IsNullOrWhiteSpace(c.ReplyEmail)).ToList();
        if (withEmail.Count == 0) return;
        var ids = withEmail.Select(c => c.Id).ToList();
        var told = (await db.CommentEvents.Where(e => ids.Contains(e.CommentId) && e.Action == ToldAction).Select(e => e.CommentId).ToListAsync(ct)).ToHashSet();
        var link = options.Value.PublicUrl.TrimEnd('/') + "/comments";
        var sentTo = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in withEmail.Where(c => !told.Contains(c.Id)))
        {
            var to = c.ReplyEmail!.Trim();
            if (sentTo.Add(to))
            {
                mail.Queue(to, "We have responded to your comment on the Local Offer",
                    $"Thank you for your comment on the Local Offer, sent on {c.ReceivedAt:d MMMM yyyy}.\n\nWe have published a response. You can read it here: {link}",
                    "You are getting this email because you asked for a reply when you sent your comment. We will not email you about it again.");
            }
            moderation.Record(c.Id, null, ToldAction, null);
        }
    }
}
