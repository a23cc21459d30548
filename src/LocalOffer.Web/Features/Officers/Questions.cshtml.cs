using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Officers;

public sealed class QuestionsModel(QuestionList questions) : PageModel
{
    public IReadOnlyList<LocalOfferQuestion> Active { get; private set; } = [];
    public IReadOnlyList<LocalOfferQuestion> Retired { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => (Active, Retired) = await questions.AllAsync(ct);

    public async Task<IActionResult> OnPostUpAsync(int id, CancellationToken ct)
    {
        await questions.MoveAsync(id, up: true, ct);
        return Redirect($"/officer/questions#question-{id}");
    }

    public async Task<IActionResult> OnPostDownAsync(int id, CancellationToken ct)
    {
        await questions.MoveAsync(id, up: false, ct);
        return Redirect($"/officer/questions#question-{id}");
    }

    public async Task<IActionResult> OnPostRetireAsync(int id, CancellationToken ct)
    {
        if (await questions.RetireAsync(id, ct) is { } retired)
            Banner.Set(TempData, $"Providers are no longer asked: {retired.Text}");
        return Redirect("/officer/questions");
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct)
    {
        if (await questions.RestoreAsync(id, ct) is { } restored)
            Banner.Set(TempData, $"Providers are asked again: {restored.Text}");
        return Redirect("/officer/questions");
    }
}
