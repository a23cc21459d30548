using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>A provider registers their organisation: it waits for an officer's approval before anything of it goes live.</summary>
public sealed class Registration(LocalOfferDb db, AccountDirectory accounts, Mailer mail, IOptions<LocalOfferOptions> options,
    TimeProvider clock, ILogger<Registration> logger)
{
    /// <summary>Creates the organisation and the account, and tells the registrant and the officers. Null if the email address already has an account.</summary>
    public async Task<Account?> RegisterAsync(string organisationName, string name, string email, string password, CancellationToken ct)
    {
        if (await accounts.FindByEmailAsync(email, ct) is not null) return null;
        var organisation = db.Providers.Add(new Provider
        {
            Id = Guid.NewGuid(), Name = AccountDirectory.TidyName(organisationName), Status = OrganisationStatus.Pending, CreatedAt = clock.GetUtcNow(),
        }).Entity;
        var account = accounts.Add(email, AccountDirectory.TidyName(name), password, Role.Provider);
        account.Providers.Add(organisation);

        var o = options.Value;
        var council = o.Council;
        mail.Queue(account.Email, $"You have registered on the {council.ServiceName}",
            $"""
            Hello {account.Name},

            Thank you for registering {organisation.Name} on the {council.ServiceName}.

            Before anything you add is published, the {council.ServiceName} team at {council.Name} will check your organisation. You can start adding your services now.

            Sign in: {o.PublicUrl.TrimEnd('/')}/account/sign-in
            """,
            $"You are getting this email because this address was used to register an organisation on the {council.ServiceName}.");

        var officers = await db.Accounts.Where(a => a.Role == Role.Officer || a.Role == Role.Admin).Where(a => a.PasswordHash != AccountDirectory.AccessRemoved)
            .Select(a => a.Email).ToListAsync(ct);
        foreach (var officer in officers)
        {
            mail.Queue(officer, "A new organisation is waiting for approval",
                $"""
                {organisation.Name} has registered on the {council.ServiceName} and is waiting for approval.

                Registered by {account.Name}, {account.Email}.

                Check it: {o.PublicUrl.TrimEnd('/')}/officer/organisations
                """,
                $"You are getting this email because you are an officer of the {council.ServiceName}.");
        }

        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            if (await EmailTakenMeanwhileAsync(account.Email, ct)) return null;
            throw;
        }
        logger.LogInformation("Organisation {ProviderId} registered by account {AccountId}; waiting for approval", organisation.Id, account.Id);
        return account;
    }

    /// <summary>The same address registered a moment ago (the unique index refused the second).</summary>
    private async Task<bool> EmailTakenMeanwhileAsync(string email, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await accounts.FindByEmailAsync(email, ct) is not null;
    }
}
