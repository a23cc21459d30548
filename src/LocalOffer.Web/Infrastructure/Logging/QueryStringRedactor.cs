using Microsoft.AspNetCore.WebUtilities;

namespace LocalOffer.Web.Infrastructure.Logging;

/// <summary>
/// Makes a query string safe to log. A visitor's postcode (and anything else that can identify a
/// person) is personal data: the key stays, so the log still shows what kind of search ran, but the
/// value is replaced.
/// </summary>
public static class QueryStringRedactor
{
    private static readonly HashSet<string> PersonalKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "postcode", "email", "name", "phone", "token", "returnUrl",
    };

    public const string Redacted = "[redacted]";

    public static string Redact(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString) || queryString == "?") return "";
        var parts = QueryHelpers.ParseQuery(queryString)
            .SelectMany(kv => kv.Value.Select(v => (kv.Key, Value: PersonalKeys.Contains(kv.Key) && !string.IsNullOrEmpty(v) ? Redacted : v ?? "")))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={(p.Value == Redacted ? Redacted : Uri.EscapeDataString(p.Value))}");
        return "?" + string.Join('&', parts);
    }
}
