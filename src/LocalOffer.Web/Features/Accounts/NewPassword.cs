using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>The checks every "choose a password" form makes: strong enough, and typed the same twice.</summary>
public static class NewPassword
{
    public static void Check(ModelStateDictionary modelState, string? password, string? confirm, string passwordField = "Password", string confirmField = "ConfirmPassword")
    {
        if (AccountDirectory.PasswordProblem(password) is string problem) modelState.AddModelError(passwordField, problem);
        if (string.IsNullOrEmpty(confirm)) modelState.AddModelError(confirmField, "Enter the password again to confirm it");
        else if (!string.IsNullOrEmpty(password) && confirm != password) modelState.AddModelError(confirmField, "The passwords do not match");
    }

    public const string Hint = "At least 12 characters. Three or four random words together make a strong password that is easy to remember.";
}
