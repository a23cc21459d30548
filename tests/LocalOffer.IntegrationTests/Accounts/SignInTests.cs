using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class SignInTests
{
    [Fact]
    public async Task A_provider_signs_in_and_lands_on_their_dashboard_and_an_officer_on_theirs()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.CreateAccountAsync(Role.Officer);

        var response = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email.ToUpperInvariant(), ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/provider", response.Headers.Location?.OriginalString);

        response = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = officer.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal("/officer", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_in_the_page_and_five_in_a_row_lock_the_account()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var browser = site.Browser();
        for (var i = 1; i <= 4; i++)
        {
            var wrong = await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = "not the password" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var page = await wrong.DocumentAsync();
            Assert.Contains("Check them and try again", page.Text(".govuk-error-summary"));
            Assert.Equal(provider.Email, page.QuerySelector("#Email")?.GetAttribute("value"));
        }
        var fifth = await (await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = "not the password" })).DocumentAsync();
        Assert.Contains("too many times", fifth.Text(".govuk-error-summary"));
        var right = await (await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password })).DocumentAsync();
        Assert.Contains("too many times", right.Text(".govuk-error-summary"));
    }

    [Fact]
    public async Task Signing_in_without_an_anti_forgery_token_is_refused()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var response = await site.Browser().PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
