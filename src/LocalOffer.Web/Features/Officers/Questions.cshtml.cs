using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

public sealed class QuestionsModel(QuestionList questions, IStringLocalizer<OfficersStrings> text) : PageModel
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
            Banner.Set(TempData, text["Providers are no longer asked: {0}", retired.Text]);
        return Redirect("/officer/questions");
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken ct)
    {
        if (await questions.RestoreAsync(id, ct) is { } restored)
            Banner.Set(TempData, text["Providers are asked again: {0}", restored.Text]);
        return Redirect("/officer/questions");
    }
}
