using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class PasswordResetTests
{
    private const string NewPassword = "a brand new password 2";

    [Fact]
    public async Task Asking_for_a_reset_for_an_unknown_email_shows_the_same_page_and_sends_nothing()
    {
        await using var site = new LocalOfferSite();
        var known = await site.CreateAccountAsync(Role.Provider, "known@example.org");

        var unknownPage = await (await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = "nobody@example.org" })).DocumentAsync();
        Assert.Empty(await site.EmailsAsync());
        var knownPage = await (await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = "known@example.org" })).DocumentAsync();
        Assert.Single(await site.EmailsAsync());

        Assert.Equal("Check your email", unknownPage.Text("h1"));
        Assert.Equal(knownPage.Text("main").Squash(), unknownPage.Text("main").Squash().Replace("nobody@", "known@"));
        Assert.Equal(knownPage.Title, unknownPage.Title);
    }

    [Fact]
    public async Task Asking_for_a_reset_without_an_email_address_says_so()
    {
        await using var site = new LocalOfferSite();
        var page = await (await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = "" })).DocumentAsync();
        Assert.Equal("Enter your email address", page.Text(".govuk-error-summary__list"));
        Assert.StartsWith("Error: ", page.Title);
    }

    [Fact]
    public async Task The_emailed_link_sets_a_new_password_once_and_signs_out_every_other_session()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var oldSession = await site.SignedInClientAsync(provider);
        Assert.Equal(HttpStatusCode.OK, (await oldSession.GetAsync("/provider/colleagues")).StatusCode);

        await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = provider.Email });
        var email = (await site.EmailsAsync()).To(provider.Email);
        Assert.Contains("Subject: Reset your SEND Local Offer password", email);
        var link = email.LinkTo("/account/reset-password");

        var browser = site.Browser();
        var mismatch = await (await browser.PostFormAsync(link, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = "not the same one" })).DocumentAsync();
        Assert.Equal("The passwords do not match", mismatch.Text(".govuk-error-summary__list"));

        var reset = await browser.PostFormAsync(link, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/account/sign-in", reset.Headers.Location?.OriginalString);
        var signInPage = await (await browser.GetAsync("/account/sign-in")).DocumentAsync();
        Assert.Contains("Your password has been changed", signInPage.Text(".govuk-notification-banner--success"));
        var again = await (await browser.GetAsync("/account/sign-in")).DocumentAsync();
        Assert.Null(again.QuerySelector(".govuk-notification-banner"));

        var signIn = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var oldPassword = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);

        var signedOut = await oldSession.GetAsync("/provider/colleagues");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/sign-in", signedOut.Headers.Location?.OriginalString);

        var used = await (await site.Browser().GetAsync(link)).DocumentAsync();
        Assert.Equal("This link has expired", used.Text("h1"));
        Assert.NotNull(used.QuerySelector("a[href='/account/forgot-password']"));
        var reused = await site.Browser().PostFormAsync(link, new() { ["Password"] = "yet another password 3", ["ConfirmPassword"] = "yet another password 3" }, formPage: "/account/forgot-password");
        Assert.Equal("This link has expired", (await reused.DocumentAsync()).Text("h1"));
        var stillNew = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, stillNew.StatusCode);

        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains(link.Token()) || l.Contains(provider.Email));
    }

    [Fact]
    public async Task An_expired_altered_or_missing_reset_link_shows_a_clear_page_not_an_error()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(PasswordReset.Purpose).ToTimeLimitedDataProtector();
        var expired = protector.Protect($"{provider.Id:N}|{provider.SecurityStamp}", DateTimeOffset.UtcNow.AddMinutes(-1));
        var good = protector.Protect($"{provider.Id:N}|{provider.SecurityStamp}", DateTimeOffset.UtcNow.AddHours(1));
        var altered = good[..^4] + (good.EndsWith("AAAA") ? "BBBB" : "AAAA");

        foreach (var url in new[] { $"/account/reset-password?token={expired}", $"/account/reset-password?token={altered}", "/account/reset-password?token=not-a-token!", "/account/reset-password" })
        {
            var (response, page) = await site.Browser().GetPageAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("This link has expired", page.Text("h1"));
        }
        Assert.Equal("Choose a new password", (await site.Browser().GetPageAsync($"/account/reset-password?token={good}")).Document.Text("h1"));
    }

    [Fact]
    public async Task The_reset_forms_refuse_a_post_without_an_anti_forgery_token()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var forgot = await site.Browser().PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = provider.Email }));
        Assert.Equal(HttpStatusCode.BadRequest, forgot.StatusCode);
        Assert.Empty(await site.EmailsAsync());

        await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = provider.Email });
        var link = (await site.EmailsAsync()).To(provider.Email).LinkTo("/account/reset-password");
        var reset = await site.Browser().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword }));
        Assert.Equal(HttpStatusCode.BadRequest, reset.StatusCode);
        var signIn = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = provider.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }
}
