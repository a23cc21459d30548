using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

public sealed class ResetPasswordModel(PasswordReset reset, IStringLocalizer<AccountsStrings> text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }

    [TempData] public string? Notice { get; set; }

    /// <summary>False when the link has expired, been used, or been altered.</summary>
    public bool LinkWorks { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer"; // the address holds the token
        LinkWorks = await reset.FindAccountAsync(Token, ct) is not null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        LinkWorks = await reset.FindAccountAsync(Token, ct) is not null;
        if (!LinkWorks) return Page();
        NewPassword.Check(ModelState, text, Password, ConfirmPassword);
        if (!ModelState.IsValid) return Page();
        if (!await reset.ResetAsync(Token, Password!, ct))
        {
            LinkWorks = false;
            return Page();
        }
        Notice = text["Your password has been changed. Sign in with your new password."];
        return Redirect("/account/sign-in");
    }
}
