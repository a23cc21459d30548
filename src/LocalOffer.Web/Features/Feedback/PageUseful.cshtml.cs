using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>Takes a "Was this page useful?" answer and goes back to the page, saying thank you.</summary>
[Security.RateLimitedForm(Security.LimitedForm.PageUseful)]
public sealed class PageUsefulModel(PageUsefulCounter counter) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string? path, string? answer, CancellationToken ct)
    {
        if (answer is not ("yes" or "no")) return BadRequest();
        var page = await counter.CountablePathAsync(path, ct);
        if (page is null) return BadRequest();
        await counter.CountAsync(page, answer == "yes", ct);
        return Redirect(page + "?" + PageUsefulCounter.ThanksQuery + "#page-useful");
    }
}
