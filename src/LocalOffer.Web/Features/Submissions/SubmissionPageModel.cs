using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>
/// The template form's pages: each loads the submission only for a member of its organisation or an
/// officer (anyone else gets "not found", which does not say whether it exists).
/// </summary>
public abstract class SubmissionPageModel(SubmissionWorkflow workflow, IStringLocalizer<SubmissionsStrings> text) : PageModel
{
    protected SubmissionWorkflow Workflow => workflow;
    protected IStringLocalizer<SubmissionsStrings> Text => text;
    public Submission Submission { get; private set; } = null!;
    public bool IsOfficer => User.IsOfficer();

    protected async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var submission = await workflow.FindAsync(id, User.AccountId() ?? Guid.Empty, IsOfficer, ct);
        if (submission is null) return false;
        Submission = submission;
        return true;
    }

    /// <summary>Providers edit drafts and returned submissions; officers may also edit a submitted one before approving it.</summary>
    public bool CanEdit => Submission.IsEditable || (IsOfficer && Submission.State == SubmissionState.Submitted);

    public string TaskListPath => $"/provider/drafts/{Submission.Id}";
    /// <summary>The service's name as typed so far, or words in the visitor's language saying it has none yet.</summary>
    public string ServiceName => string.IsNullOrWhiteSpace(Submission.Form.About.Name) ? Text["Service with no name yet"] : Submission.ServiceName;
}
