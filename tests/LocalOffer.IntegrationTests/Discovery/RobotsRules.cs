using System.Text.RegularExpressions;

namespace LocalOffer.IntegrationTests.Discovery;

/// <summary>
/// The rules of a robots.txt for all crawlers, read as the main search engines read them (RFC 9309): the
/// longest matching rule decides, an Allow winning a tie; <c>*</c> matches anything and <c>$</c> ends the address.
/// </summary>
public sealed class RobotsRules
{
    private readonly List<(bool Allow, string Pattern, Regex Match)> _rules = [];

    public RobotsRules(string robotsTxt)
    {
        var forAll = false;
        foreach (var raw in robotsTxt.Split('\n'))
        {
            var line = raw.Split('#')[0].Trim();
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent") forAll = value == "*";
            else if (forAll && field is "allow" or "disallow" && value.Length > 0)
                _rules.Add((field == "allow", value, new Regex("^" + Regex.Escape(value).Replace(@"\*", ".*").Replace(@"\$", "$"))));
        }
    }

    public bool Allows(string pathAndQuery)
    {
        var winner = _rules.Where(r => r.Match.IsMatch(pathAndQuery))
            .OrderByDescending(r => r.Pattern.Length).ThenByDescending(r => r.Allow)
            .FirstOrDefault();
        return winner.Pattern is null || winner.Allow;
    }
}
