using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Admin;

/// <summary>Who has officer access, and taking it away.</summary>
public sealed class OfficerAccess(LocalOfferDb db, ILogger<OfficerAccess> logger)
{
    public Task<List<Account>> ListAsync(CancellationToken ct) =>
        db.Accounts.Where(a => a.Role == Role.Officer || a.Role == Role.Admin).OrderBy(a => a.Name).ToListAsync(ct);

    /// <summary>
    /// Removes an officer's or admin's access (see <see cref="AccountDirectory.AccessRemoved"/>): they are signed
    /// out at their next request and cannot sign in or reset their password. Returns their name, or null when
    /// there is no such officer, or it is the admin's own account.
    /// </summary>
    public async Task<string?> RemoveAsync(Guid accountId, Guid byAdmin, CancellationToken ct)
    {
        if (accountId == byAdmin) return null;
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId && (a.Role == Role.Officer || a.Role == Role.Admin), ct);
        if (account is null) return null;
        if (AccountDirectory.HasAccess(account))
        {
            AccountDirectory.RemoveAccess(account);
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Admin {AdminId} removed the access of account {AccountId}", byAdmin, account.Id);
        }
        return account.Name;
    }
}
