using System.Security.Cryptography;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>
/// Emailed links for setting a new password. A link carries the account id and its security stamp, signed
/// and time-limited, so it stops working after an hour or as soon as the password changes (which changes
/// the stamp): each link works once.
/// </summary>
public sealed class PasswordReset(LocalOfferDb db, AccountDirectory accounts, Mailer mail, IDataProtectionProvider protection,
    IOptions<LocalOfferOptions> options, TimeProvider clock, ILogger<PasswordReset> logger)
{
    public const string Purpose = "password-reset";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    /// <summary>Emails a reset link if the address has an account; says nothing either way, so the page cannot tell who has one.</summary>
    public async Task RequestAsync(string email, CancellationToken ct)
    {
        var account = await accounts.FindByEmailAsync(email, ct);
        if (account is null || !AccountDirectory.HasAccess(account)) return;
        var token = Protector.Protect($"{account.Id:N}|{account.SecurityStamp}", clock.GetUtcNow() + Lifetime);
        var council = options.Value.Council;
        mail.Queue(account.Email, $"Reset your {council.ServiceName} password",
            $"""
            Hello {account.Name},

            Use this link to choose a new password for your {council.ServiceName} account:

            {options.Value.PublicUrl.TrimEnd('/')}/account/reset-password?token={token}

            The link works once, for the next hour.
            """,
            "You are getting this email because someone asked to reset the password of the account with this email address. If it was not you, you can ignore this email: your password has not changed.");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Password reset link sent for account {AccountId}", account.Id);
    }

    /// <summary>The account the link is for, or null if the link has expired, been used, or been altered.</summary>
    public async Task<Account?> FindAccountAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token)) return null;
        string payload;
        try { payload = Protector.Unprotect(token); }
        catch (Exception e) when (e is CryptographicException or FormatException) { return null; }
        var parts = payload.Split('|');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var id)) return null;
        var account = await accounts.FindAsync(id, ct);
        return account is not null && AccountDirectory.HasAccess(account) && account.SecurityStamp == parts[1] ? account : null;
    }

    /// <summary>Sets the new password if the link is still good; false when it is not.</summary>
    public async Task<bool> ResetAsync(string? token, string password, CancellationToken ct)
    {
        var account = await FindAccountAsync(token, ct);
        if (account is null) return false;
        accounts.SetPassword(account, password);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Password reset for account {AccountId}", account.Id);
        return true;
    }
}
