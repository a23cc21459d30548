using Microsoft.AspNetCore.Mvc;

namespace LocalOffer.Web.Features.Submissions;

public sealed class TaskListModel(SubmissionWorkflow workflow) : SubmissionPageModel(workflow)
{
    public ILookup<TemplateSection, string> Problems { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Problems = SubmissionWorkflow.Problems(Submission.Form).ToLookup(p => p.Section, p => p.Message);
        return Page();
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
