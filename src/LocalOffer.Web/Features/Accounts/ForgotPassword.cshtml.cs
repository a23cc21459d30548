using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Accounts;

public sealed class ForgotPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    /// <summary>The request was taken: the page says the same whether or not the address has an account.</summary>
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AccountDirectory.EmailProblem(Email, "Enter your email address") is string problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }
        await reset.RequestAsync(Email!, ct);
        Sent = true;
        return Page();
    }
}
