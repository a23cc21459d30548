using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

/// <summary>Check your answers, then submit for approval.</summary>
public sealed class CheckModel(SubmissionWorkflow workflow, LocalOfferDb db, AccountDirectory accounts, IStringLocalizer<SubmissionsStrings> text) : SubmissionPageModel(workflow, text)
{
    public IReadOnlyList<SummaryRow> Rows { get; private set; } = [];
    public List<(TemplateSection Section, string Field, string Message)> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await ReadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Submission.IsEditable) return Redirect(TaskListPath);
        await ReadAsync(ct);
        if (Problems.Count > 0)
        {
            foreach (var p in Problems) ModelState.AddModelError(p.Section.Key, $"{Text[p.Section.Title]}: {p.Message}");
            return Page();
        }
        var account = await accounts.FindAsync(User.AccountId()!.Value, ct);
        await Workflow.SubmitAsync(Submission, account!, ct);
        return Redirect($"{TaskListPath}/submitted");
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        Rows = (await FormSummary.LoadAsync(db, ct, Text)).Rows(Submission.Form);
        Problems = SubmissionWorkflow.Problems(Submission.Form, HttpContext.RequestServices);
    }
}
