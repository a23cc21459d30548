using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

/// <summary>Adds a Local Offer question (<c>/officer/questions/new</c>) or rewords one.</summary>
public sealed class QuestionModel(QuestionList questions, IStringLocalizer<OfficersStrings> text) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Hint { get; set; }
    public LocalOfferQuestion? Existing { get; private set; }
    public bool IsNew => Existing is null;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (id == "new") return Page();
        if (!int.TryParse(id, out var number) || await questions.FindAsync(number, ct) is not { } existing) return NotFound();
        Existing = existing;
        Text = existing.Text;
        Hint = existing.Hint;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (id != "new")
        {
            if (!int.TryParse(id, out var number) || await questions.FindAsync(number, ct) is not { } existing) return NotFound();
            Existing = existing;
        }
        foreach (var (field, message) in await questions.ProblemsAsync(Text, Hint, Existing?.Id, ct))
            ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();
        if (Existing is null)
        {
            var added = await questions.AddAsync(Text!, Hint, ct);
            Banner.Set(TempData, text["Providers are now asked: {0}", added.Text]);
        }
        else
        {
            await questions.UpdateAsync(Existing, Text!, Hint, ct);
            Banner.Set(TempData, text["The question now reads: {0}", Existing.Text]);
        }
        return Redirect("/officer/questions");
    }
}
