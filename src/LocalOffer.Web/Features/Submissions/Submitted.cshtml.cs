using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Submissions;

public sealed class SubmittedModel(SubmissionWorkflow workflow, IStringLocalizer<SubmissionsStrings> text) : SubmissionPageModel(workflow, text)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();
}
