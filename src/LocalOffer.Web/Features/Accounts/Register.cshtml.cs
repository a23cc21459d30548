using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

[Security.RateLimitedForm(Security.LimitedForm.Register, KeepsForm = true)]
public sealed class RegisterModel(Registration registration, IStringLocalizer<AccountsStrings> text) : PageModel
{
    [BindProperty] public string? OrganisationName { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisation = AccountDirectory.TidyName(OrganisationName);
        if (organisation.Length == 0) ModelState.AddModelError(nameof(OrganisationName), text["Enter the name of your organisation"]);
        else if (organisation.Length > 200) ModelState.AddModelError(nameof(OrganisationName), text["Organisation name must be 200 characters or fewer"]);
        var name = AccountDirectory.TidyName(FullName);
        if (name.Length == 0) ModelState.AddModelError(nameof(FullName), text["Enter your full name"]);
        else if (name.Length > 120) ModelState.AddModelError(nameof(FullName), text["Your name must be 120 characters or fewer"]);
        if (AccountDirectory.EmailProblem(Email, text["Enter your email address"], text) is string emailProblem) ModelState.AddModelError(nameof(Email), emailProblem);
        NewPassword.Check(ModelState, text, Password, ConfirmPassword);
        if (!ModelState.IsValid) return Page();

        var account = await registration.RegisterAsync(organisation, name, Email!, Password!, ct);
        if (account is null)
        {
            ModelState.AddModelError(nameof(Email), text["An account already uses this email address. Sign in or reset your password"]);
            return Page();
        }
        await HttpContext.SignInAsync(account);
        return Redirect(AccountsSetup.HomeFor(account));
    }
}
