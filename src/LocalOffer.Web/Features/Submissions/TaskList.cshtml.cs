using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

public sealed class TaskListModel(SubmissionWorkflow workflow, Accounts.AccountDirectory accounts, IStringLocalizer<SubmissionsStrings> text) : SubmissionPageModel(workflow, text)
{
    public ILookup<TemplateSection, string> Problems { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Problems = SubmissionWorkflow.Problems(Submission.Form).ToLookup(p => p.Section, p => p.Message);
        return Page();
    }

    /// <summary>Throws away a draft (or changes not yet submitted); the live listing, if any, is untouched.</summary>
    public async Task<IActionResult> OnPostDiscardAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Submission.IsEditable) return Redirect(TaskListPath);
        var account = await accounts.FindAsync(Accounts.PrincipalExtensions.AccountId(User)!.Value, ct);
        await Workflow.DiscardAsync(Submission, account!, ct);
        TempData["Done"] = Submission.Kind == SubmissionKind.Change ? Text["You discarded your changes to {0}.", ServiceName].Value : Text["You deleted the draft {0}.", ServiceName].Value;
        return Redirect(IsOfficer ? "/officer" : "/provider");
    }

    public enum TaskStatus { Completed, Optional, InProgress, NotYetStarted }

    /// <summary>GOV.UK task list status for a section.</summary>
    public TaskStatus Status(TemplateSection section) =>
        Submission.CompletedSections.Contains(section.Key) && !Problems[section].Any() ? TaskStatus.Completed
        : section.Optional && !Problems[section].Any() && !Submission.CompletedSections.Contains(section.Key) ? TaskStatus.Optional
        : Submission.CompletedSections.Contains(section.Key) || Touched(section) ? TaskStatus.InProgress
        : TaskStatus.NotYetStarted;

    public string Describe(TaskStatus status) => status switch
    {
        TaskStatus.Completed => Text["Completed"],
        TaskStatus.Optional => Text["Optional"],
        TaskStatus.InProgress => Text["In progress"],
        _ => Text["Not yet started"],
    };

    private bool Touched(TemplateSection section) =>
        System.Text.Json.JsonSerializer.Serialize(section.Get(Submission.Form)) != System.Text.Json.JsonSerializer.Serialize(section.Get(new ListingForm()));
}
