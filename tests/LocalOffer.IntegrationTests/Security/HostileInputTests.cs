using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Features.OpenData;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// SQL and SQLite FTS5 syntax in every input (query parameters of every page and of the API, every public
/// form field, the search box and the postcode) is only ever data: never a 500, stored as typed, and found
/// by its words. (The search page alone gets 2,500 random hostile addresses in Search/HostileQueryTests.)
/// </summary>
public sealed class HostileInputTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    public static readonly string[] Values =
    [
        "'", "\"", "';--", "'; DROP TABLE comments; --", "\" OR \"1\"=\"1", "1 OR 1=1", "*", "NEAR(", "NEAR(autism club, 2)", "OR", "AND NOT",
        "autism AND NOT club OR", "^", "^autism", ":", "name:autism", "{name summary}: autism", "(", ")", "(()", "\\", "%", "_", "%' --",
        "\u0000", "😀🧩", "التوحد", "\u202Eevil", "Ａｕｔｉｓｍ", new string('x', 5_000), string.Concat(Enumerable.Repeat("\"(", 300)),
    ];

    [Fact]
    public async Task Every_query_parameter_of_every_page_and_of_the_api_takes_them_harmlessly()
    {
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var failures = new List<string>();
        async Task TryAsync(HttpClient client, string url)
        {
            var response = await client.GetAsync(url);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} GET {url[..Math.Min(url.Length, 200)]}");
        }

        foreach (var page in await SitePage.AllAsync(site.Services))
        {
            var client = page.AllowedRoles is null ? site.BrowserFrom() : page.AllowedRoles.Contains(Role.Admin) ? admin : provider;
            var names = page.QueryNames.Append("q").Append("page").Append("lang").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var value in Values)
                await TryAsync(client, page.Url() + "?" + string.Join("&", names.Select(n => n + "=" + Uri.EscapeDataString(value))));
        }

        // The Open Referral API, every list and every parameter it documents.
        var lists = new Dictionary<string, string[]>
        {
            ["services"] = ApiQuery.ServiceParameters, ["service_at_locations"] = ApiQuery.ServiceAtLocationParameters,
            ["taxonomies"] = ApiQuery.PagingParameters, ["taxonomy_terms"] = ApiQuery.TaxonomyTermParameters, ["organizations"] = ApiQuery.PagingParameters,
        };
        var api = site.BrowserFrom();
        foreach (var (list, parameters) in lists)
            foreach (var value in Values)
            {
                foreach (var name in parameters) await TryAsync(api, $"/api/openreferral/v3/{list}?{name}={Uri.EscapeDataString(value)}");
                // (A NUL in the path is refused by the server before the site sees it.)
                if (!value.Contains('\0')) await TryAsync(api, $"/api/openreferral/v3/{list}/{Uri.EscapeDataString(value)}");
            }
        Assert.Empty(failures);
    }

    [Fact]
    public async Task Every_public_form_takes_them_harmlessly()
    {
        var failures = new List<string>();
        var forms = 0;
        foreach (var value in Values)
            forms += await PublicForms.SendEveryFormAsync(site, value, async (response, where, client) =>
            {
                if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} {where} with {value[..Math.Min(20, value.Length)]}");
                if (response.Headers.Location is { } next && (int)(await client.GetAsync(next)).StatusCode >= 500) failures.Add($"{where} then {next}");
            });
        Assert.Empty(failures);
        Assert.True(forms >= Values.Length * 8);
    }

    [Fact]
    public async Task Words_with_quotes_and_search_syntax_are_stored_exactly_and_found_by_their_words()
    {
        // A comment and an organisation made of SQL are stored as typed, and the tables they aimed at are untouched.
        var comment = "'; DROP TABLE comments; -- and \"NEAR(this)\" * ^ : \\ " + OfficerTestData.UniqueWord();
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/feedback", new()
        {
            ["Form.Topic"] = "Missing", ["Form.GivenBy"] = "ParentOrCarer", ["Form.Text"] = comment, ["Form.Website"] = "",
        })).StatusCode);
        Assert.True(await site.QueryAsync(db => db.Comments.AnyAsync(c => c.Text == comment)));

        var organisation = "Robert'); DROP TABLE providers;-- " + OfficerTestData.UniqueWord();
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/account/register", new()
        {
            ["OrganisationName"] = organisation, ["FullName"] = "O'Brien \"Bobby\" Tables", ["Email"] = $"o'brien-{Guid.NewGuid():N}@example.org",
            ["Password"] = TestAccounts.Password, ["ConfirmPassword"] = TestAccounts.Password,
        })).StatusCode);
        Assert.True(await site.QueryAsync(db => db.Providers.AnyAsync(p => p.Name == organisation)));
        Assert.True(await site.QueryAsync(db => db.Providers.CountAsync()) > 1);

        // Signing in with SQL is an ordinary wrong sign-in.
        var (signIn, page) = await site.BrowserFrom().PostFormAsync("/account/sign-in", new() { ["Email"] = "' OR '1'='1' --", ["Password"] = "' OR '1'='1' --" }) is var r
            ? (r, await r.DocumentAsync()) : default;
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Enter the email address and password of your account", page.Text(".govuk-error-summary"));

        // A postcode made of SQL gets the postcode message, and the rest of the search runs.
        var (postcodeResponse, postcodePage) = await site.BrowserFrom().GetPageAsync("/services?q=swimming&postcode=" + Uri.EscapeDataString("' OR 1=1 --"));
        Assert.Equal(HttpStatusCode.OK, postcodeResponse.StatusCode);
        Assert.NotNull(postcodePage.QuerySelector(".govuk-error-summary"));
        Assert.NotEmpty(postcodePage.QuerySelectorAll(".lo-result"));

        // A service named with quotes and search syntax is found by its words, and by them typed with the syntax.
        var word = OfficerTestData.UniqueWord();
        var name = $"O'Brien's \"quiet\" {word} club: NEAR (the park) * AND NOT ^ -- 😀";
        var imported = await site.ImportAsync([new ListingFileEntry
        {
            Id = Guid.NewGuid(), Slug = "obriens-quiet-club-" + word.ToLowerInvariant(), Name = name,
            Organization = new("O'Brien's; DROP TABLE listings", null, null, null, "0117 496 0100"),
            Summary = "A club where 'quotes' and \"double quotes\" are only words.", Description = "SELECT * FROM listings; -- is only text here.",
            Categories = ["sport"], Level = "universal", Eligibility = "Anyone.", AccessRoutes = ["self-referral"], HowToAccess = "Just turn up.",
            Cost = new(true, null, null), Delivery = ["online"], AreaWide = true, AreaCovered = "Everywhere", LastChecked = new DateOnly(2026, 8, 1),
        }]);
        Assert.True(imported.Succeeded, string.Join('\n', imported.Problems));
        foreach (var query in new[] { word, $"O'Brien's {word}", $"\"quiet\" {word}", $"{word} club:", $"NEAR({word})", $"{word}*", $"^{word}", $"{word} AND NOT", $"({word}", $"'{word}'; --" })
        {
            var found = await site.BrowserFrom().SearchAsync(query);
            Assert.True(found.FirstOrDefault() == "obriens-quiet-club-" + word.ToLowerInvariant(), $"{query}: {string.Join(", ", found)}");
        }
        var (_, service) = await site.BrowserFrom().GetPageAsync("/services/obriens-quiet-club-" + word.ToLowerInvariant());
        Assert.Equal(name, service.Text("h1"));
    }
}
