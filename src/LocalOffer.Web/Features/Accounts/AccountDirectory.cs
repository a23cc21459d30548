using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Features.Languages;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>Creates accounts and checks passwords, with lockout after repeated failures.</summary>
public sealed class AccountDirectory(LocalOfferDb db, IPasswordHasher<Account> hasher, TimeProvider clock)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// Put in place of the password hash when an admin removes someone's access: it matches no password,
    /// and <see cref="RemoveAccess"/> also changes the security stamp, which ends their sessions and reset links.
    /// The account stays so the admin's list shows who lost access; re-inviting the address replaces it.
    /// </summary>
    public const string AccessRemoved = "access-removed";

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public static bool HasAccess(Account account) => account.PasswordHash != AccessRemoved;

    /// <summary>
    /// A message for an email address that cannot be used, or null when it will do: in the visitor's language
    /// given this feature's localizer (<paramref name="missing"/> comes translated by the caller), else in English.
    /// </summary>
    public static string? EmailProblem(string? email, string missing = "Enter an email address", IStringLocalizer<AccountsStrings>? accountsText = null)
    {
        IStringLocalizer text = accountsText is null ? EnglishText.Instance : accountsText;
        if (string.IsNullOrWhiteSpace(email)) return missing;
        var trimmed = email.Trim();
        if (trimmed.Length > 200) return text["Email address must be 200 characters or fewer"];
        var at = trimmed.LastIndexOf('@');
        var valid = at > 0 && at < trimmed.Length - 1 && trimmed.IndexOf('.', at) > at + 1 && !trimmed.EndsWith('.')
            && !trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            && System.Net.Mail.MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed;
        return valid ? null : text["Enter an email address in the correct format, like name@example.com"].Value;
    }

    /// <summary>A person's or organisation's name on one line, with runs of spaces, tabs and line breaks made single spaces.</summary>
    public static string TidyName(string? name) => System.Text.RegularExpressions.Regex.Replace(name ?? "", @"[\s\p{Cc}]+", " ").Trim();

    /// <summary>A message for a password that is too weak, or null when it will do (in English unless given a localizer).</summary>
    public static string? PasswordProblem(string? password, IStringLocalizer<AccountsStrings>? accountsText = null)
    {
        IStringLocalizer text = accountsText is null ? EnglishText.Instance : accountsText;
        return string.IsNullOrEmpty(password) ? text["Enter a password"].Value
            : password.Length < MinimumPasswordLength ? text["Your password must be at least {0} characters long", MinimumPasswordLength].Value
            : password.Length > 200 ? text["Your password must be 200 characters or fewer"].Value
            : null;
    }

    public Task<Account?> FindByEmailAsync(string email, CancellationToken ct)
    {
        var normalised = Normalise(email);
        return db.Accounts.FirstOrDefaultAsync(a => a.Email == normalised, ct);
    }

    public Task<Account?> FindAsync(Guid id, CancellationToken ct) => db.Accounts.FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Adds an account (not saved until the caller saves).</summary>
    public Account Add(string email, string name, string password, Role role)
    {
        var account = new Account { Id = Guid.NewGuid(), Email = Normalise(email), Name = name.Trim(), PasswordHash = "", Role = role, CreatedAt = clock.GetUtcNow() };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.Accounts.Add(account);
        return account;
    }

    public void SetPassword(Account account, string password)
    {
        account.PasswordHash = hasher.HashPassword(account, password);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.FailedSignIns = 0;
        account.LockedOutUntil = null;
    }

    /// <summary>Stops the account signing in, ends its sessions and spends its reset links (saved with the caller's SaveChanges).</summary>
    public static void RemoveAccess(Account account)
    {
        account.PasswordHash = AccessRemoved;
        account.SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public enum SignInOutcome { SignedIn, WrongDetails, LockedOut }

    /// <summary>Checks the password; after <see cref="MaxFailedSignIns"/> failures in a row the account is locked for a while.</summary>
    public async Task<(SignInOutcome Outcome, Account? Account)> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var account = await FindByEmailAsync(email, ct);
        var now = clock.GetUtcNow();
        if (account is null || !HasAccess(account))
        {
            // Same work as a real check, so the time taken does not tell which addresses have accounts.
            hasher.VerifyHashedPassword(new Account { Email = "", Name = "", PasswordHash = "" }, DummyHash, password);
            return (SignInOutcome.WrongDetails, null);
        }
        if (account.LockedOutUntil > now) return (SignInOutcome.LockedOut, null);
        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed)
        {
            account.FailedSignIns++;
            if (account.FailedSignIns >= MaxFailedSignIns)
            {
                account.LockedOutUntil = now + LockoutPeriod;
                account.FailedSignIns = 0;
            }
            await db.SaveChangesAsync(ct);
            return (account.LockedOutUntil > now ? SignInOutcome.LockedOut : SignInOutcome.WrongDetails, null);
        }
        if (result == PasswordVerificationResult.SuccessRehashNeeded) account.PasswordHash = hasher.HashPassword(account, password);
        account.FailedSignIns = 0;
        account.LockedOutUntil = null;
        account.LastSignedInAt = now;
        await db.SaveChangesAsync(ct);
        return (SignInOutcome.SignedIn, account);
    }

    private static readonly string DummyHash = new PasswordHasher<Account>().HashPassword(new Account { Email = "", Name = "", PasswordHash = "" }, Guid.NewGuid().ToString());
}
