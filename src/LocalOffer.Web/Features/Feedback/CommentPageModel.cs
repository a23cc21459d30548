using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>What the general form and the service form share: the version's words, the choices, and sending.</summary>
public abstract class CommentPageModel(CommentInbox inbox, IStringLocalizer<FeedbackStrings> text, ILogger<CommentPageModel> logger) : PageModel
{
    [BindProperty] public CommentForm Form { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Version { get; set; }

    /// <summary>The version's words in the visitor's language: the form, its error messages and its refusals.</summary>
    public FeedbackWording Words => _words ??= FeedbackWording.For(Version).In(text);
    private FeedbackWording? _words;
    /// <summary>The service the comment is about, on the service form.</summary>
    public Listing? Listing { get; protected set; }

    public IEnumerable<SelectListItem> Topics => CommentForm.TopicsOffered(Listing is not null).Select(t => new SelectListItem(Words.Topic(t), t.ToString()));
    public IEnumerable<SelectListItem> Givers => Enum.GetValues<CommentGiver>().Select(g => new SelectListItem(Words.Giver(g), g.ToString()));

    /// <summary>This form's address in another version (null for the standard one).</summary>
    public string VersionUrl(string? key) => Request.Path + (key is null ? "" : "?version=" + key);

    protected async Task<IActionResult> SendAsync(CancellationToken ct)
    {
        ModelState.Clear(); // the words of every message come from the version, not from binding
        Form.Validate(ModelState, "Form.", Words, Listing is not null);
        if (!ModelState.IsValid) return Page();
        CommentInbox.Outcome outcome;
        try { outcome = await inbox.TakeAsync(Form, Listing?.Id, HttpContext.Connection.RemoteIpAddress, ct); }
        catch (Exception e) when (Errors.ErrorModel.StatusFor(e) == StatusCodes.Status503ServiceUnavailable)
        {
            // The database is out of reach for a moment (restarting, failing over): the form comes back
            // with every word as typed, rather than an error page that would lose them.
            logger.LogWarning("A comment could not be saved: the database is unavailable ({Error})", e.GetType().Name);
            ModelState.AddModelError("", Words.NotSavedNow);
            Response.Headers.RetryAfter = "60";
            return new PageResult { StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
        switch (outcome)
        {
            case CommentInbox.Outcome.Honeypot: ModelState.AddModelError("", Words.Honeypot); return Page();
            case CommentInbox.Outcome.TooMany:
                // The form again with what was typed, as 429 Too Many Requests with how long to wait.
                ModelState.AddModelError("", Words.TooMany);
                Response.Headers.RetryAfter = ((int)CommentRateLimit.Window.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        var query = new List<string>();
        if (FeedbackWording.For(Version).Key is { } key) query.Add("version=" + key);
        if (Listing is not null) query.Add("service=" + Uri.EscapeDataString(Listing.Slug));
        return Redirect("/feedback/sent" + (query.Count == 0 ? "" : "?" + string.Join('&', query)));
    }
}
