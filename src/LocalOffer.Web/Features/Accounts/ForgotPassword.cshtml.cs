using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

[Security.RateLimitedForm(Security.LimitedForm.ForgotPassword, KeepsForm = true)]
public sealed class ForgotPasswordModel(PasswordReset reset, IStringLocalizer<AccountsStrings> text) : PageModel
{
    [BindProperty] public string? Email { get; set; }

    /// <summary>The request was taken: the page says the same whether or not the address has an account.</summary>
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (AccountDirectory.EmailProblem(Email, text["Enter your email address"], text) is string problem)
        {
            ModelState.AddModelError(nameof(Email), problem);
            return Page();
        }
        await reset.RequestAsync(Email!, ct);
        Sent = true;
        return Page();
    }
}
