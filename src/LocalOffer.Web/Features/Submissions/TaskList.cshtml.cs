using Microsoft.AspNetCore.Mvc;

namespace LocalOffer.Web.Features.Submissions;

public sealed class TaskListModel(SubmissionWorkflow workflow, Accounts.AccountDirectory accounts) : SubmissionPageModel(workflow)
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
        TempData["Done"] = Submission.Kind == SubmissionKind.Change ? $"You discarded your changes to {ServiceName}." : $"You deleted the draft {ServiceName}.";
        return Redirect(IsOfficer ? "/officer" : "/provider");
    }

    /// <summary>GOV.UK task list status for a section.</summary>
    public (string Text, bool Done) Status(TemplateSection section) =>
        Submission.CompletedSections.Contains(section.Key) && !Problems[section].Any() ? ("Completed", true)
        : section.Optional && !Problems[section].Any() && !Submission.CompletedSections.Contains(section.Key) ? ("Optional", false)
        : Submission.CompletedSections.Contains(section.Key) || Touched(section) ? ("In progress", false)
        : ("Not yet started", false);

    private bool Touched(TemplateSection section) =>
        System.Text.Json.JsonSerializer.Serialize(section.Get(Submission.Form)) != System.Text.Json.JsonSerializer.Serialize(section.Get(new ListingForm()));
}
