using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// Each public form is limited per internet address (low limits on this site: <see cref="LimitedSite"/>).
/// A refused form comes back as 429 with Retry-After, in the visitor's language, with what they typed; a
/// refused button gets the friendly "too many" page. Other addresses carry on, and no address is logged.
/// </summary>
public sealed class RateLimitTests(LimitedSite site) : IClassFixture<LimitedSite>
{
    private static void AssertTooMany(HttpResponseMessage response, int windowMinutes)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var wait = response.Headers.RetryAfter?.Delta ?? throw new Xunit.Sdk.XunitException("No Retry-After");
        Assert.InRange(wait, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(windowMinutes));
    }

    private void AssertNoAddressLogged(string address) => Assert.DoesNotContain(site.Logs.Lines, line => line.Contains(address));

    private static Dictionary<string, string> SignIn(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    [Fact]
    public async Task Wrong_sign_ins_from_one_address_are_limited_and_the_form_comes_back_with_the_email_typed()
    {
        var account = await site.CreateAccountAsync(Role.Provider);
        var address = SecuritySite.RandomAddress();
        var client = site.BrowserFrom(address);
        for (var i = 0; i < LimitedSite.SignInFailures; i++)
        {
            var wrong = await client.PostFormAsync("/account/sign-in", SignIn($"someone{i}@example.org", "not the password"));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        // Now even the right password is refused from this address, until the window passes.
        var refused = await client.PostFormAsync("/account/sign-in", SignIn(account.Email, TestAccounts.Password));
        AssertTooMany(refused, 15);
        var page = await refused.DocumentAsync();
        Assert.Equal("You have sent this form too many times. Wait 15 minutes and try again.", page.Text(".govuk-error-summary li"));
        Assert.StartsWith("Error: ", page.Title);
        Assert.Equal(account.Email, page.QuerySelector("#Email")!.GetAttribute("value"));
        Assert.Equal("", page.QuerySelector("#Password")!.GetAttribute("value") ?? "");
        Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("LocalOffer.SignIn=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/provider")).StatusCode);

        // Someone else, at another address, signs in as usual.
        Assert.Equal(HttpStatusCode.Redirect, (await site.BrowserFrom().PostFormAsync("/account/sign-in", SignIn(account.Email, TestAccounts.Password))).StatusCode);
        AssertNoAddressLogged(address);
    }

    [Fact]
    public async Task Good_sign_ins_do_not_count_so_an_office_behind_one_address_can_all_sign_in()
    {
        var address = SecuritySite.RandomAddress();
        for (var i = 0; i < LimitedSite.SignInFailures * 3; i++)
        {
            var account = await site.CreateAccountAsync(Role.Officer);
            var response = await site.BrowserFrom(address).PostFormAsync("/account/sign-in", SignIn(account.Email, TestAccounts.Password));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task The_refusal_is_in_welsh_for_a_welsh_visitor()
    {
        var client = site.BrowserFrom();
        for (var i = 0; i <= LimitedSite.SignInFailures; i++)
            await client.PostFormAsync("/account/sign-in?lang=cy", SignIn("rhywun@example.org", "anghywir"));
        var refused = await client.PostFormAsync("/account/sign-in?lang=cy", SignIn("rhywun@example.org", "anghywir"));
        AssertTooMany(refused, 15);
        Assert.Equal("Rydych wedi anfon y ffurflen hon ormod o weithiau. Arhoswch 15 munud a rhowch gynnig arall arni.", (await refused.DocumentAsync()).Text(".govuk-error-summary li"));
    }

    [Fact]
    public async Task Password_reset_requests_are_limited_and_no_more_emails_go()
    {
        var account = await site.CreateAccountAsync(Role.Provider);
        var client = site.BrowserFrom();
        for (var i = 0; i < LimitedSite.ForgotPasswords; i++)
            Assert.Equal("Check your email", (await (await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = account.Email })).DocumentAsync()).Text("h1"));

        var refused = await client.PostFormAsync("/account/forgot-password", new() { ["Email"] = account.Email });
        AssertTooMany(refused, 60);
        var page = await refused.DocumentAsync();
        Assert.Equal("Reset your password", page.Text("h1"));
        Assert.Contains("too many times", page.Text(".govuk-error-summary"));
        Assert.Equal(account.Email, page.QuerySelector("#Email")!.GetAttribute("value"));
        var emails = (await site.EmailsAsync()).Count(e => e.Contains($"To: {account.Email}", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(LimitedSite.ForgotPasswords, emails);
    }

    [Fact]
    public async Task Registrations_are_limited_and_nothing_is_created_once_refused()
    {
        var client = site.BrowserFrom();
        for (var i = 0; i < LimitedSite.Registrations; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostFormAsync("/account/register", new() { ["OrganisationName"] = "Forgot the rest" })).StatusCode);

        var name = "Refused organisation " + Guid.NewGuid().ToString("N")[..8];
        var refused = await client.PostFormAsync("/account/register", new()
        {
            ["OrganisationName"] = name, ["FullName"] = "Sam Example", ["Email"] = $"sam-{Guid.NewGuid():N}@example.org",
            ["Password"] = TestAccounts.Password, ["ConfirmPassword"] = TestAccounts.Password,
        });
        AssertTooMany(refused, 60);
        var page = await refused.DocumentAsync();
        Assert.Equal(name, page.QuerySelector("#OrganisationName")!.GetAttribute("value"));
        Assert.Equal("Sam Example", page.QuerySelector("#FullName")!.GetAttribute("value"));
        Assert.Contains("too many times", page.Text(".govuk-error-summary"));
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.AnyAsync(p => p.Name == name));
    }

    [Fact]
    public async Task Too_many_page_useful_answers_get_the_friendly_page_in_the_visitors_language_and_are_not_counted()
    {
        var client = site.BrowserFrom();
        var fields = new Dictionary<string, string> { ["path"] = "/information/ehc-plans", ["answer"] = "yes" };
        for (var i = 0; i < LimitedSite.PageUseful; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/page-useful", fields, formPage: "/information/ehc-plans")).StatusCode);

        var refused = await client.PostFormAsync("/page-useful", fields, formPage: "/information/ehc-plans");
        AssertTooMany(refused, 1);
        var page = await refused.DocumentAsync();
        Assert.Equal("Sorry, you have done that too many times", page.Text("h1"));
        Assert.Equal("Wait 1 minute, then go back and try again.", page.QuerySelectorAll("main p")[1].TextContent.Trim());
        SecurityHeadersTests.AssertSecurityHeaders(refused, "the 429 page");

        var urdu = await client.PostFormAsync("/page-useful?lang=ur", fields, formPage: "/information/ehc-plans?lang=ur");
        AssertTooMany(urdu, 1);
        Assert.Equal("معذرت، آپ نے یہ بہت زیادہ بار کیا ہے", (await urdu.DocumentAsync()).Text("h1"));

        await using var scope = site.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().PageUsefulness.AsNoTracking().SingleAsync(r => r.Path == "/information/ehc-plans");
        Assert.Equal(LimitedSite.PageUseful, row.Yes);
    }

    [Fact]
    public async Task Saving_to_the_list_is_limited_and_a_refusal_leaves_the_list_as_it_was()
    {
        var client = site.BrowserFrom();
        for (var i = 0; i < LimitedSite.Shortlist; i++)
        {
            var handler = i % 2 == 0 ? "save" : "remove";
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/shortlist/{handler}", new() { ["service"] = "chatterbox-speech-group", ["returnUrl"] = "/" }, formPage: "/services/chatterbox-speech-group")).StatusCode);
        }
        var refused = await client.PostFormAsync("/shortlist/save", new() { ["service"] = "chatterbox-speech-group", ["returnUrl"] = "/" }, formPage: "/services/chatterbox-speech-group");
        AssertTooMany(refused, 10);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("LocalOffer.Shortlist=", StringComparison.Ordinal)));
        Assert.Equal("Sorry, you have done that too many times", (await refused.DocumentAsync()).Text("h1"));
        // The list page itself is not limited: reading is never refused.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/shortlist")).StatusCode);
    }
}

/// <summary>Behind a reverse proxy every visitor arrives from the proxy's address: the limits count each visitor only when the site trusts the proxy's forwarded address.</summary>
public sealed class RateLimitBehindProxyTests
{
    private static async Task<HttpStatusCode> WrongSignInAsync(SecuritySite site, string forwardedFor)
    {
        var client = site.Browser(); // every request comes from one connection: the proxy's
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return (await client.PostFormAsync("/account/sign-in", new() { ["Email"] = "someone@example.org", ["Password"] = "wrong" })).StatusCode;
    }

    [Fact]
    public async Task With_forwarded_headers_on_each_visitor_behind_the_proxy_has_their_own_allowance()
    {
        await using var site = new BehindProxySite();
        await site.InitializeAsync();
        Assert.Equal(HttpStatusCode.OK, await WrongSignInAsync(site, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await WrongSignInAsync(site, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongSignInAsync(site, "203.0.113.10"));
        // Another visitor through the same proxy is not held back by the first.
        Assert.Equal(HttpStatusCode.OK, await WrongSignInAsync(site, "203.0.113.20"));
        // A visitor cannot escape the limit by adding an address of their own in front: the proxy's own entry (the last) counts.
        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongSignInAsync(site, "198.51.100.99, 203.0.113.10"));
        Assert.DoesNotContain(site.Logs.Lines, line => line.Contains("203.0.113."));
    }

    [Fact]
    public async Task Without_them_the_forwarded_address_is_ignored_so_a_visitor_cannot_choose_their_own()
    {
        await using var site = new LimitedSite();
        await site.InitializeAsync();
        for (var i = 0; i < LimitedSite.SignInFailures; i++)
            Assert.Equal(HttpStatusCode.OK, await WrongSignInAsync(site, $"203.0.113.{i + 1}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await WrongSignInAsync(site, "203.0.113.99"));
    }
}
