using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.Web.Features.Accounts;

/// <summary>Someone who signs in: a provider's member of staff, a council officer or an admin.</summary>
public sealed class Account
{
    public Guid Id { get; set; }
    /// <summary>Stored trimmed and in lower case, so it is also the sign-in name.</summary>
    public required string Email { get; set; }
    public required string Name { get; set; }
    public required string PasswordHash { get; set; }
    public Role Role { get; set; } = Role.Provider;
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedOutUntil { get; set; }
    /// <summary>Changes when the password changes: signs out every other session and spends every reset link.</summary>
    public string SecurityStamp { get; set; } = Guid.NewGuid().ToString("N");
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignedInAt { get; set; }
    public List<Provider> Providers { get; set; } = [];
}

public enum Role { Provider, Officer, Admin }

/// <summary>The claim and policy names the pages use.</summary>
public static class Policies
{
    public const string Provider = "provider", Officer = "officer", Admin = "admin", ProviderOrOfficer = "provider-or-officer";
    public const string SecurityStampClaim = "stamp";
}
