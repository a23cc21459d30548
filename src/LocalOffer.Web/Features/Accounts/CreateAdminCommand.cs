using LocalOffer.Web.Infrastructure.Database;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>
/// <c>create-admin --email X --name "Full Name"</c>: the first admin of a new site (after that, admins invite
/// officers from /admin/officers). The password comes from an environment variable, never the command line,
/// where it would stay in the shell's history and the process list.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "LOCALOFFER_ADMIN_PASSWORD";
    public const string Usage = $"{Name} --email EMAIL --name \"FULL NAME\"   (the password is read from {PasswordVariable})";

    /// <returns>0 when the admin was created; 2 when the request is refused.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, string? password, TextWriter output, TextWriter error)
    {
        var email = Option(args, "--email");
        var name = AccountDirectory.TidyName(Option(args, "--name"));
        if (email is null || name.Length == 0)
        {
            error.WriteLine("Usage: " + Usage);
            return 2;
        }
        if (AccountDirectory.EmailProblem(email) is string emailProblem)
        {
            error.WriteLine(emailProblem + ".");
            return 2;
        }
        if (name.Length > 120)
        {
            error.WriteLine("The name must be 120 characters or fewer.");
            return 2;
        }
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine($"Set the password in the environment variable {PasswordVariable} (not on the command line), then run the command again.");
            return 2;
        }
        if (AccountDirectory.PasswordProblem(password) is string passwordProblem)
        {
            error.WriteLine($"{PasswordVariable}: {passwordProblem}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountDirectory>();
        if (await accounts.FindByEmailAsync(email, CancellationToken.None) is not null)
        {
            error.WriteLine("An account already uses this email address. Nothing was changed.");
            return 2;
        }
        accounts.Add(email, name, password, Role.Admin);
        await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().SaveChangesAsync();
        output.WriteLine($"Created the admin account. Sign in at /account/sign-in, then invite officers at /admin/officers.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : null;
    }
}
