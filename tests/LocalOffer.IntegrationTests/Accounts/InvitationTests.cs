using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class InvitationTests
{
    private const string ColleaguePassword = "our colleague's password";

    private static async Task<string> OrganisationNameAsync(LocalOfferSite site, Account account)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.FirstAsync(p => p.Members.Any(m => m.Id == account.Id))).Name;
    }

    [Fact]
    public async Task A_provider_invites_a_colleague_who_creates_an_account_and_joins_the_organisation()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var organisation = await OrganisationNameAsync(site, provider);
        var client = await site.SignedInClientAsync(provider);

        var invited = await client.PostFormAsync("/provider/colleagues", new() { ["Email"] = "Alex.Smith@example.org" });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var colleagues = await (await client.GetAsync(invited.Headers.Location!.OriginalString)).DocumentAsync();
        Assert.Contains("We have sent an invitation to alex.smith@example.org", colleagues.Text(".govuk-notification-banner--success"));

        var email = (await site.EmailsAsync()).To("alex.smith@example.org");
        Assert.Contains(organisation, email);
        Assert.Contains("Test Provider has invited you", email);
        var link = email.LinkTo("/account/invitation");

        var colleague = site.Browser();
        var page = await (await colleague.GetAsync(link)).DocumentAsync();
        Assert.Equal(organisation, page.Text("h1"));
        Assert.Contains("alex.smith@example.org", page.Text("main"));

        var blank = await (await colleague.PostFormAsync(link, new())).DocumentAsync();
        Assert.Equal(["Enter your full name", "Enter a password", "Enter the password again to confirm it"],
            blank.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));

        var accepted = await colleague.PostFormAsync(link, new() { ["FullName"] = "Alex Smith", ["Password"] = ColleaguePassword, ["ConfirmPassword"] = ColleaguePassword });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/provider", accepted.Headers.Location?.OriginalString);
        var theirView = await (await colleague.GetAsync("/provider/colleagues")).DocumentAsync();
        Assert.Equal(organisation, theirView.Text(".govuk-caption-l"));
        Assert.Contains("Alex Smith (you)", theirView.Text("table").Squash());
        Assert.Contains("Test Provider", theirView.Text("table"));

        var signIn = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = "alex.smith@example.org", ["Password"] = ColleaguePassword });
        Assert.Equal("/provider", signIn.Headers.Location?.OriginalString);
        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains(link.Token()) || l.Contains("alex.smith", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_colleague_who_already_has_an_account_signs_in_first_and_then_joins()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var organisation = await OrganisationNameAsync(site, provider);
        var elsewhere = await site.CreateAccountAsync(Role.Provider, "busy@example.org");
        var client = await site.SignedInClientAsync(provider);
        await client.PostFormAsync("/provider/colleagues", new() { ["Email"] = elsewhere.Email });
        var link = (await site.EmailsAsync()).To(elsewhere.Email).LinkTo("/account/invitation");

        var browser = site.Browser();
        var page = await (await browser.GetAsync(link)).DocumentAsync();
        Assert.Contains("There is already an account for busy@example.org", page.Text("main"));
        var signInHref = page.QuerySelector("a.govuk-button")!.GetAttribute("href")!;
        Assert.StartsWith("/account/sign-in?ReturnUrl=", signInHref);

        var signedIn = await browser.PostFormAsync(signInHref, new() { ["Email"] = elsewhere.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal(link, signedIn.Headers.Location?.OriginalString);
        var join = await (await browser.GetAsync(link)).DocumentAsync();
        Assert.Equal($"Join {organisation}", join.Text("form button"));
        var joined = await browser.PostFormAsync(link, new());
        Assert.Equal("/provider", joined.Headers.Location?.OriginalString);

        var chooser = await (await browser.GetAsync("/provider/colleagues")).DocumentAsync();
        Assert.Contains(organisation, chooser.QuerySelectorAll("main li a").Select(a => a.TextContent));
        Assert.Equal(2, chooser.QuerySelectorAll("main li a").Length);
    }

    [Fact]
    public async Task A_provider_cannot_see_or_invite_into_an_organisation_they_are_not_a_member_of()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var stranger = await site.CreateAccountAsync(Role.Provider);
        Guid theirs;
        await using (var scope = site.Services.CreateAsyncScope())
            theirs = (await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.FirstAsync(p => p.Members.Any(m => m.Id == stranger.Id))).Id;
        var client = await site.SignedInClientAsync(provider);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/provider/colleagues?provider={theirs}")).StatusCode);
        var post = await client.PostFormAsync($"/provider/colleagues?provider={theirs}", new() { ["Email"] = "sneaky@example.org" }, formPage: "/provider/colleagues");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await site.EmailsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/provider/colleagues?provider=not-an-id")).StatusCode);
    }

    [Fact]
    public async Task Inviting_someone_already_in_the_organisation_or_a_malformed_address_says_so()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var client = await site.SignedInClientAsync(provider);

        var self = await (await client.PostFormAsync("/provider/colleagues", new() { ["Email"] = provider.Email.ToUpperInvariant() })).DocumentAsync();
        Assert.Contains("is already a member of", self.Text(".govuk-error-summary__list"));
        var malformed = await (await client.PostFormAsync("/provider/colleagues", new() { ["Email"] = "alex at example" })).DocumentAsync();
        Assert.Equal("Enter an email address in the correct format, like name@example.com", malformed.Text("#Email-error").Replace("Error:", "").Trim());
        Assert.Equal("alex at example", malformed.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Empty(await site.EmailsAsync());
    }

    [Fact]
    public async Task An_expired_or_altered_invitation_link_says_so()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        Guid organisation;
        await using (var scope = site.Services.CreateAsyncScope())
            organisation = (await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.FirstAsync(p => p.Members.Any(m => m.Id == provider.Id))).Id;
        var protector = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Invitations.Purpose).ToTimeLimitedDataProtector();
        var expired = protector.Protect($"{organisation:N}|Provider|late@example.org", DateTimeOffset.UtcNow.AddMinutes(-1));
        var resetToken = site.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(PasswordReset.Purpose).ToTimeLimitedDataProtector()
            .Protect($"{organisation:N}|Provider|late@example.org", DateTimeOffset.UtcNow.AddDays(1));

        foreach (var token in new[] { expired, resetToken, "garbage!", "" })
        {
            var (response, page) = await site.Browser().GetPageAsync($"/account/invitation?token={token}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("This invitation has expired", page.Text("h1"));
            Assert.Null(page.QuerySelector("form input[name=Password]"));
        }
        var post = await site.Browser().PostFormAsync($"/account/invitation?token={expired}",
            new() { ["FullName"] = "Late Comer", ["Password"] = ColleaguePassword, ["ConfirmPassword"] = ColleaguePassword }, formPage: "/account/sign-in");
        Assert.Equal("This invitation has expired", (await post.DocumentAsync()).Text("h1"));
        await using (var scope = site.Services.CreateAsyncScope())
            Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Accounts.AnyAsync(a => a.Email == "late@example.org"));
    }

    [Fact]
    public async Task The_invitation_forms_refuse_a_post_without_an_anti_forgery_token()
    {
        await using var site = new LocalOfferSite();
        var provider = await site.CreateAccountAsync(Role.Provider);
        var client = await site.SignedInClientAsync(provider);
        var invite = await client.PostAsync("/provider/colleagues", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "alex@example.org" }));
        Assert.Equal(HttpStatusCode.BadRequest, invite.StatusCode);
        Assert.Empty(await site.EmailsAsync());

        await client.PostFormAsync("/provider/colleagues", new() { ["Email"] = "alex@example.org" });
        var link = (await site.EmailsAsync()).To("alex@example.org").LinkTo("/account/invitation");
        var accept = await site.Browser().PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
            { ["FullName"] = "Alex", ["Password"] = ColleaguePassword, ["ConfirmPassword"] = ColleaguePassword }));
        Assert.Equal(HttpStatusCode.BadRequest, accept.StatusCode);
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Accounts.AnyAsync(a => a.Email == "alex@example.org"));
    }
}
