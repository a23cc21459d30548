using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>Wrong sign-ins from one address are limited as well as each account's own lockout (<c>LocalOffer:RateLimits:SignIn</c>).</summary>
[Security.RateLimitedForm(Security.LimitedForm.SignIn, KeepsForm = true, CountsFailuresOnly = true)]
public sealed class SignInModel(AccountDirectory accounts, IStringLocalizer<AccountsStrings> text) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your email address")]
    public string? Email { get; set; }

    [BindProperty, Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    /// <summary>A success message from the page before (a new password, say), shown once.</summary>
    [TempData] public string? Notice { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var (outcome, account) = await accounts.CheckPasswordAsync(Email!, Password!, ct);
        switch (outcome)
        {
            case AccountDirectory.SignInOutcome.LockedOut:
                ModelState.AddModelError(nameof(Email), text["You have entered the wrong password too many times. Wait {0} minutes and try again, or reset your password", AccountDirectory.LockoutPeriod.TotalMinutes.ToString("0", System.Globalization.CultureInfo.CurrentCulture)]);
                return Page();
            case AccountDirectory.SignInOutcome.WrongDetails:
                ModelState.AddModelError(nameof(Email), text["Enter the email address and password of your account. Check them and try again"]);
                return Page();
        }
        await HttpContext.SignInAsync(account!);
        if (!string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)) return LocalRedirect(ReturnUrl);
        return Redirect(AccountsSetup.HomeFor(account!));
    }
}
