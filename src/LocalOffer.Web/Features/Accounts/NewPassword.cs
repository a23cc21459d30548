using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>The checks every "choose a password" form makes: strong enough, and typed the same twice.</summary>
public static class NewPassword
{
    public static void Check(ModelStateDictionary modelState, IStringLocalizer<AccountsStrings> text, string? password, string? confirm, string passwordField = "Password", string confirmField = "ConfirmPassword")
    {
        if (AccountDirectory.PasswordProblem(password, text) is string problem) modelState.AddModelError(passwordField, problem);
        if (string.IsNullOrEmpty(confirm)) modelState.AddModelError(confirmField, text["Enter the password again to confirm it"]);
        else if (!string.IsNullOrEmpty(password) && confirm != password) modelState.AddModelError(confirmField, text["The passwords do not match"]);
    }

    public static string Hint(IStringLocalizer<AccountsStrings> text) =>
        text["At least {0} characters. Three or four random words together make a strong password that is easy to remember.", AccountDirectory.MinimumPasswordLength];
}
