using System.Security.Cryptography;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>What an invitation link says: who is invited, as what, and (for a provider's colleague) to which organisation.</summary>
public sealed record Invitation(string Email, Role Role, Guid? ProviderId);

/// <summary>
/// Emailed invitations: a provider invites colleagues into their organisation, an admin invites officers.
/// The link is signed and lasts 7 days; nothing is stored until the invitee accepts.
/// </summary>
public sealed class Invitations(LocalOfferDb db, AccountDirectory accounts, Mailer mail, IDataProtectionProvider protection,
    IOptions<LocalOfferOptions> options, TimeProvider clock, ILogger<Invitations> logger)
{
    public const string Purpose = "invitation";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
    private string ServiceName => options.Value.Council.ServiceName;

    public string TokenFor(Invitation invitation) =>
        Protector.Protect($"{invitation.ProviderId?.ToString("N") ?? "-"}|{invitation.Role}|{AccountDirectory.Normalise(invitation.Email)}", clock.GetUtcNow() + Lifetime);

    /// <summary>The invitation in a link, or null if the link has expired or been altered.</summary>
    public Invitation? Read(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        string payload;
        try { payload = Protector.Unprotect(token); }
        catch (Exception e) when (e is CryptographicException or FormatException) { return null; }
        var parts = payload.Split('|', 3);
        if (parts.Length != 3 || !Enum.TryParse<Role>(parts[1], out var role)) return null;
        Guid? providerId = parts[0] == "-" ? null : Guid.TryParse(parts[0], out var id) ? id : null;
        if (role == Role.Provider && providerId is null) return null;
        return new Invitation(parts[2], role, providerId);
    }

    /// <summary>The organisations this account belongs to, by name.</summary>
    public Task<List<Provider>> OrganisationsOfAsync(Guid accountId, CancellationToken ct) =>
        db.Providers.Where(p => p.Members.Any(m => m.Id == accountId)).OrderBy(p => p.Name).ToListAsync(ct);

    public Task<List<Account>> MembersOfAsync(Guid providerId, CancellationToken ct) =>
        db.Accounts.Where(a => a.Providers.Any(p => p.Id == providerId)).OrderBy(a => a.Name).ToListAsync(ct);

    public Task<Provider?> OrganisationAsync(Guid? providerId, CancellationToken ct) =>
        providerId is Guid id ? db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct) : Task.FromResult<Provider?>(null);

    /// <summary>Emails a colleague an invitation to join the organisation; false, and nothing sent, when they are already a member.</summary>
    public async Task<bool> InviteColleagueAsync(Provider organisation, string email, Account invitedBy, CancellationToken ct)
    {
        var normalised = AccountDirectory.Normalise(email);
        if (await db.Accounts.AnyAsync(a => a.Email == normalised && a.Providers.Any(p => p.Id == organisation.Id), ct))
            return false;
        var link = Link(new Invitation(normalised, Role.Provider, organisation.Id));
        mail.Queue(normalised, $"You have been invited to update services on the {ServiceName}",
            $"""
            Hello,

            {invitedBy.Name} has invited you to help keep {organisation.Name}'s services up to date on the {ServiceName}.

            To accept, use this link within 7 days:

            {link}
            """,
            $"You are getting this email because {invitedBy.Name} at {organisation.Name} entered this email address. If you were not expecting it, you can ignore it.");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Account {AccountId} invited a colleague to organisation {ProviderId}", invitedBy.Id, organisation.Id);
        return true;
    }

    /// <summary>Emails an invitation to become an officer. Returns a problem to show the admin, or null once sent.</summary>
    public async Task<string?> InviteOfficerAsync(string email, Account invitedBy, CancellationToken ct)
    {
        var existing = await accounts.FindByEmailAsync(email, ct);
        if (existing is not null && AccountDirectory.HasAccess(existing))
            return existing.Role == Role.Provider
                ? "This email address belongs to a provider's account. Use a different email address for officer access"
                : $"{existing.Email} already has officer access";
        // Someone whose access was removed starts again with a new account.
        if (existing is not null) db.Accounts.Remove(existing);
        mail.Queue(AccountDirectory.Normalise(email), $"You have been invited to be an officer on the {ServiceName}",
            $"""
            Hello,

            {invitedBy.Name} has given you officer access to the {ServiceName}, to check and approve the services providers list.

            To set up your account, use this link within 7 days:

            {Link(new Invitation(email, Role.Officer, null))}
            """,
            $"You are getting this email because {invitedBy.Name}, an administrator of the {ServiceName}, entered this email address. If you were not expecting it, you can ignore it.");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Account {AccountId} invited an officer", invitedBy.Id);
        return null;
    }

    public enum Standing { NoAccount, SignedInAsInvitee, OtherAccountExists, AccountCannotAccept }

    /// <summary>Where the invitee stands: whether they need an account, already have one (and are signed in as it), or cannot accept.</summary>
    public async Task<(Standing Standing, Account? Existing)> StandingAsync(Invitation invitation, Guid? signedInAs, CancellationToken ct)
    {
        var existing = await accounts.FindByEmailAsync(invitation.Email, ct);
        if (existing is null) return (Standing.NoAccount, null);
        var sameKind = invitation.Role == Role.Provider ? existing.Role == Role.Provider : existing.Role != Role.Provider;
        if (!AccountDirectory.HasAccess(existing) || !sameKind) return (Standing.AccountCannotAccept, existing);
        return (existing.Id == signedInAs ? Standing.SignedInAsInvitee : Standing.OtherAccountExists, existing);
    }

    /// <summary>Creates the invitee's account (and membership); null if an account with the address appeared meanwhile.</summary>
    public async Task<Account?> AcceptAsNewAsync(Invitation invitation, string name, string password, CancellationToken ct)
    {
        if (await accounts.FindByEmailAsync(invitation.Email, ct) is not null) return null;
        var organisation = await OrganisationAsync(invitation.ProviderId, ct);
        if (invitation.Role == Role.Provider && organisation is null) return null;
        var account = accounts.Add(invitation.Email, AccountDirectory.TidyName(name), password, invitation.Role);
        if (organisation is not null) account.Providers.Add(organisation);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            if (await EmailTakenMeanwhileAsync(invitation.Email, ct)) return null;
            throw;
        }
        logger.LogInformation("Invitation accepted: new account {AccountId} ({Role})", account.Id, account.Role);
        return account;
    }

    /// <summary>Adds the signed-in invitee to the organisation (nothing to add for an officer who already has access).</summary>
    public async Task AcceptAsExistingAsync(Invitation invitation, Account account, CancellationToken ct)
    {
        var organisation = await OrganisationAsync(invitation.ProviderId, ct);
        if (organisation is null) return;
        await db.Entry(account).Collection(a => a.Providers).LoadAsync(ct);
        if (account.Providers.Any(p => p.Id == organisation.Id)) return;
        account.Providers.Add(organisation);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Invitation accepted: account {AccountId} joined organisation {ProviderId}", account.Id, organisation.Id);
    }

    /// <summary>The same address made an account a moment ago (the unique index refused the second).</summary>
    private async Task<bool> EmailTakenMeanwhileAsync(string email, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await accounts.FindByEmailAsync(email, ct) is not null;
    }

    private string Link(Invitation invitation) => $"{options.Value.PublicUrl.TrimEnd('/')}/account/invitation?token={TokenFor(invitation)}";
}
