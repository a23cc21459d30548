using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>Creates accounts and checks passwords, with lockout after repeated failures.</summary>
public sealed class AccountDirectory(LocalOfferDb db, IPasswordHasher<Account> hasher, TimeProvider clock)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);
    public const int MinimumPasswordLength = 12;

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A message for a password that is too weak, or null when it will do.</summary>
    public static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) ? "Enter a password"
        : password.Length < MinimumPasswordLength ? $"Your password must be at least {MinimumPasswordLength} characters long"
        : password.Length > 200 ? "Your password must be 200 characters or fewer"
        : null;

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

    public enum SignInOutcome { SignedIn, WrongDetails, LockedOut }

    /// <summary>Checks the password; after <see cref="MaxFailedSignIns"/> failures in a row the account is locked for a while.</summary>
    public async Task<(SignInOutcome Outcome, Account? Account)> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var account = await FindByEmailAsync(email, ct);
        var now = clock.GetUtcNow();
        if (account is null)
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
