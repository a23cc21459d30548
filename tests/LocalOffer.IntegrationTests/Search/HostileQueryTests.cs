using System.Net;
using System.Text;
using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Search;

/// <summary>Whatever a visitor types into any part of the search address, the answer is a page, never a 500.</summary>
public sealed class HostileQueryTests(SearchSite site) : IClassFixture<SearchSite>
{
    private static readonly string[] Nasty =
    [
        "\"", "\"\"", "'", "(", ")", "(()", "*", "**", "-", "--", "-autism", "NEAR", "NEAR(autism club)", "autism NEAR/2 club", "AND", "OR", "NOT",
        "autism AND", "OR OR OR", "name:autism", "{name}: autism", "^autism", "autism*", "\"autism", "autism\"", "a\"b\"c", "'; DROP TABLE listings; --",
        "%", "_", "\\", "\u0000", "\uFFFF", "😀🧩", "👩‍👩‍👧", "التوحد", "آٹزم", "עברית", "\u202Eevil", "ﷺ", "Ａｕｔｉｓｍ", "İstanbul", "ß", "\t\n\r",
        "<script>alert(1)</script>", "%00", "../../etc/passwd", new string('a', 10_000), string.Concat(Enumerable.Repeat("autism ", 2_000)),
        string.Concat(Enumerable.Repeat("\"(", 500)),
    ];

    private static readonly string[] Parameters = ["q", "postcode", "radius", "age", "category", "need", "free", "delivery", "day", "level", "sort", "page"];

    [Fact]
    public async Task Thousands_of_random_and_hostile_values_in_every_parameter_never_give_a_500()
    {
        var client = site.CreateClient();
        var random = new Random(20261122);
        var failures = new List<string>();
        for (var i = 0; i < 2_500; i++)
        {
            var query = new StringBuilder();
            foreach (var name in Parameters.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
            {
                var value = random.Next(3) == 0 ? RandomText(random) : Nasty[random.Next(Nasty.Length)];
                query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value.Length > 12_000 ? value[..12_000] : value));
            }
            var response = await client.GetAsync("/services" + query);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{(int)response.StatusCode} for /services{query.ToString()[..Math.Min(200, query.Length)]}");
        }
        Assert.Empty(failures);
    }

    private static string RandomText(Random random)
    {
        var length = random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = (char)random.Next(random.Next(4) == 0 ? 0x10000 : 0x80);
        return new string(chars);
    }
}
