using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>
/// Accounts to try the demonstration with: an officer, and a provider who belongs to an organisation that
/// already has published listings. Only with demonstration data, and only into a database with no accounts.
/// </summary>
public static class DemoAccounts
{
    public const string OfficerEmail = "officer@demo.localoffer.example";
    public const string ProviderEmail = "provider@demo.localoffer.example";
    public const string Password = "demo-password-2026";

    public static async Task EnsureAsync(IServiceProvider scoped, ILogger logger, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<LocalOfferDb>();
        if (await db.Accounts.AnyAsync(ct)) return;
        var accounts = scoped.GetRequiredService<AccountDirectory>();
        accounts.Add(OfficerEmail, "Demo Officer", Password, Role.Officer);

        // The organisation with the fewest published listings among those with at least three: enough to
        // show a list, few enough to take in at a glance.
        var organisation = await db.Providers
            .Select(p => new { Provider = p, Published = p.Listings.Count(l => l.Status == ListingStatus.Published) })
            .Where(p => p.Published >= 3)
            .OrderBy(p => p.Published).ThenBy(p => p.Provider.Name)
            .Select(p => p.Provider)
            .FirstOrDefaultAsync(ct);
        if (organisation is null)
            logger.LogWarning("No organisation has three published listings, so there is no demonstration provider account");
        else
            accounts.Add(ProviderEmail, "Demo Provider", Password, Role.Provider).Providers.Add(organisation);

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Created the demonstration accounts");
    }
}
