using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>One comment: decide it, tick its themes, answer it, and see everything done to it.</summary>
public sealed class CommentsDecisionModel(CommentModeration moderation, CouncilResponses responses, AccountDirectory accounts, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public CommentCase Case { get; private set; } = null!;
    public IReadOnlyList<TextSegment> Highlighted { get; private set; } = [];
    public IReadOnlyList<PersonalDetail> Details { get; private set; } = [];

    [BindProperty] public string? EditedText { get; set; }
    [BindProperty] public WithholdReason? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? DuplicateOf { get; set; }
    [BindProperty] public List<int> Themes { get; set; } = [];
    [BindProperty] public string? WeDid { get; set; }
    [BindProperty] public ActionStatus? Status { get; set; }
    [BindProperty] public string? ActionDay { get; set; }
    [BindProperty] public string? ActionMonth { get; set; }
    [BindProperty] public string? ActionYear { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Case.IsNew) return AlreadyDecided();
        await moderation.PublishAsync(Case.Comment, await accounts.SignedInAsync(User, ct), ct);
        return Decided(text["The comment is published as it was sent"]);
    }

    public async Task<IActionResult> OnPostPublishEditedAsync(Guid id, CancellationToken ct)
    {
        var edited = EditedText;
        if (!await LoadAsync(id, ct)) return NotFound();
        EditedText = edited;
        if (!Case.IsNew) return AlreadyDecided();
        if (string.IsNullOrWhiteSpace(edited)) ModelState.AddModelError(nameof(EditedText), text["Enter the words to publish, or withhold the comment"]);
        else if (edited.Trim().Length > CommentModeration.MaxText) ModelState.AddModelError(nameof(EditedText), text["The words to publish must be {0} characters or fewer", CommentModeration.MaxText.ToString("N0")]);
        if (!ModelState.IsValid) return Page();
        await moderation.PublishEditedAsync(Case.Comment, await accounts.SignedInAsync(User, ct), edited!, ct);
        return Decided(text["The comment is published with your edits. The words as sent stay private."]);
    }

    public async Task<IActionResult> OnPostWithholdAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Case.IsNew) return AlreadyDecided();
        if (Reason is not { } reason)
        {
            ModelState.Remove(nameof(Reason));
            ModelState.AddModelError(nameof(Reason), text["Select why you are withholding this comment"]);
            return Page();
        }
        if (Note?.Trim().Length > CommentModeration.MaxNote)
        {
            ModelState.AddModelError(nameof(Note), text["The note must be {0} characters or fewer", CommentModeration.MaxNote.ToString("N0")]);
            return Page();
        }
        var duplicate = reason == WithholdReason.Duplicate ? await moderation.FindByReferenceAsync(DuplicateOf, ct) : null;
        var problem = await moderation.WithholdAsync(Case.Comment, await accounts.SignedInAsync(User, ct), reason, Note, duplicate, ct);
        if (problem is not null)
        {
            var allowed = FeedbackText.MayWithhold(Case.Comment.Topic, reason);
            // The law's refusal names the reason and the topic, so it is worded here in the officer's language.
            var message = allowed ? text.Translate(problem) : text["You cannot withhold this comment as “{0}”. The law says comments about {1} must be published, unless they are abusive, vexatious or a duplicate. Take out any personal details and publish it with edits instead.",
                text[FeedbackText.Describe(reason)], text[FeedbackText.Describe(Case.Comment.Topic)].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)];
            ModelState.AddModelError(reason == WithholdReason.Duplicate && allowed ? nameof(DuplicateOf) : nameof(Reason), message);
            return Page();
        }
        return Decided(text["The comment is withheld: {0}", text[FeedbackText.Describe(reason)].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)]);
    }

    public async Task<IActionResult> OnPostThemesAsync(Guid id, CancellationToken ct)
    {
        var chosen = Themes.ToList();
        if (!await LoadAsync(id, ct)) return NotFound();
        await moderation.SetThemesAsync(Case.Comment, await accounts.SignedInAsync(User, ct), chosen, ct);
        Banner.Set(TempData, text["The comment's themes are saved"]);
        return Redirect($"/officer/comments/{id}#themes");
    }

    public async Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Case.Comment.State != CommentState.Published)
        {
            ModelState.AddModelError(nameof(WeDid), text["Publish the comment before you respond to it in public"]);
            return Page();
        }
        if (CouncilResponses.TextProblem(WeDid, "what the council did or will do") is not null)
            ModelState.AddModelError(nameof(WeDid), string.IsNullOrWhiteSpace(WeDid) ? text["Enter what the council did or will do"] : text["What the council did or will do must be {0} characters or fewer", CouncilResponses.MaxText.ToString("N0")]);
        if (Status is null) { ModelState.Remove(nameof(Status)); ModelState.AddModelError(nameof(Status), text["Select where the action has got to"]); }
        var (date, dateError) = CouncilResponses.ActionDate(ActionDay, ActionMonth, ActionYear);
        if (dateError is not null) ModelState.AddModelError(nameof(ActionDay), text.Translate(dateError));
        if (!ModelState.IsValid) return Page();
        await responses.RespondToCommentAsync(Case.Comment, await accounts.SignedInAsync(User, ct), WeDid!, Status!.Value, date, ct);
        Banner.Set(TempData, text["Your response is published"]);
        return Redirect($"/officer/comments/{id}#responses");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await moderation.LoadAsync(id, ct) is not { } found) return false;
        Case = found;
        Details = PersonalDetails.Find(found.Comment.Text);
        Highlighted = PersonalDetails.Segments(found.Comment.Text);
        EditedText = found.Comment.Text;
        Themes = found.Comment.Themes.Select(t => t.Id).ToList();
        return true;
    }

    private RedirectResult Decided(string message)
    {
        Banner.Set(TempData, message, "/officer/comments", text["Back to the comments waiting"]);
        return Redirect($"/officer/comments/{Case.Comment.Id}");
    }

    private PageResult AlreadyDecided()
    {
        ModelState.AddModelError("decided", text["This comment has already been decided. See its history below."]);
        return Page();
    }
}
