using Microsoft.AspNetCore.Mvc;

namespace LocalOffer.Web.Features.Submissions;

public sealed class SubmittedModel(SubmissionWorkflow workflow) : SubmissionPageModel(workflow)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();
}
