using System.Globalization;
using System.Security.Cryptography;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Reviews;

/// <summary>What a confirm link vouches for: this listing, as it stood when due for review on this date.</summary>
public sealed record ConfirmToken(Guid ListingId, DateOnly ReviewBy);

/// <summary>
/// The link in a reminder email that lets a provider confirm a listing without signing in. The token is
/// the authority, so it is signed and encrypted by Data Protection, expires, and names the review date it
/// was sent for: once the listing is confirmed (or changed), its review date moves and the link is spent.
/// </summary>
public sealed class ConfirmLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    public const string Purpose = "confirm-listing";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public string UrlFor(Guid listingId, DateOnly reviewBy) =>
        $"{options.Value.PublicUrl.TrimEnd('/')}/listings/confirm?token={Uri.EscapeDataString(TokenFor(listingId, reviewBy))}";

    public string TokenFor(Guid listingId, DateOnly reviewBy) =>
        _protector.Protect($"{listingId:N}|{reviewBy:yyyy-MM-dd}", clock.GetUtcNow().Add(Lifetime));

    /// <summary>What the token vouches for, or null if it is expired, altered or not one of ours.</summary>
    public ConfirmToken? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000) return null;
        string payload;
        try
        {
            payload = _protector.Unprotect(token, out var expires);
            // Data Protection checks expiry against the system clock; this checks it against the site's.
            if (expires < clock.GetUtcNow()) return null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 2
            && Guid.TryParseExact(parts[0], "N", out var id)
            && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewBy)
            ? new ConfirmToken(id, reviewBy)
            : null;
    }
}
