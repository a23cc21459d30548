using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Infrastructure.Database;

/// <summary>One Data Protection key, as the XML ASP.NET Core writes for it.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}

/// <summary>
/// Keeps the keys that protect sign-in cookies, anti-forgery tokens and emailed links in the database,
/// so every server sharing it reads and writes the same key ring, and a backup carries them.
/// </summary>
/// <remarks>
/// Written here because the EF Core key store package is not available to us; it does what that
/// package does: the key manager asks for every key and adds new ones, nothing else.
/// </remarks>
public sealed class DatabaseKeyRepository(IServiceScopeFactory scopes, string? oldKeyFolder = null) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var keys = db.DataProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).ToList();
        if (keys.Count == 0 && TakeOldKeys(db) is { Count: > 0 } moved) return moved;
        return keys.Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }

    /// <summary>
    /// A site that kept its keys in files under the data directory before they moved into the database
    /// brings them along, so people stay signed in and emailed links keep working across the upgrade.
    /// </summary>
    private List<XElement> TakeOldKeys(LocalOfferDb db)
    {
        if (oldKeyFolder is null || !Directory.Exists(oldKeyFolder)) return [];
        var elements = new List<XElement>();
        foreach (var file in Directory.GetFiles(oldKeyFolder, "*.xml").Order(StringComparer.Ordinal))
        {
            var element = XElement.Load(file);
            elements.Add(element);
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = Path.GetFileNameWithoutExtension(file), Xml = element.ToString(SaveOptions.DisableFormatting) });
        }
        db.SaveChanges();
        return elements;
    }

    /// <summary>
    /// Makes sure a key exists before the site takes requests. Otherwise two servers starting together on
    /// an empty database could each make a first key of their own and refuse each other's cookies
    /// (later keys are made days before they are used, so every server has read them by then).
    /// </summary>
    public static async Task EnsureKeyAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var keys = services.GetRequiredService<IKeyManager>();
        void Ensure()
        {
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
                keys.CreateNewKey(now, now.AddDays(90));
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        if (!DatabaseSetup.IsPostgreSql(db))
        {
            // SQLite: one server, and its write lock already keeps two writers apart.
            Ensure();
            return;
        }
        // PostgreSQL: one server at a time, by an advisory lock held until this transaction ends.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7410001)", ct);
        Ensure();
        await transaction.CommitAsync(ct);
    }
}
