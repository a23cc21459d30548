using System.Text.RegularExpressions;

namespace LocalOffer.IntegrationTests.Accounts;

/// <summary>Reading the emails the account pages send, as the person receiving them would.</summary>
public static partial class AccountEmails
{
    public static string To(this IEnumerable<string> emails, string address) =>
        emails.Single(e => e.Contains($"To: {address}\r\n", StringComparison.OrdinalIgnoreCase));

    public static bool AnyTo(this IEnumerable<string> emails, string address) =>
        emails.Any(e => e.Contains($"To: {address}\r\n", StringComparison.OrdinalIgnoreCase));

    /// <summary>The site-relative address of the first link in the email to <paramref name="path"/> (the site's public address is http://localhost:5000 in tests).</summary>
    public static string LinkTo(this string email, string path)
    {
        var match = Regex.Match(email, "http://localhost:5000(" + Regex.Escape(path) + @"\?token=[A-Za-z0-9_\-]+)");
        Assert.True(match.Success, $"No link to {path} in:\n{email}");
        return match.Groups[1].Value;
    }

    public static string Token(this string link) => link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
}
