using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class OfficerAdminTests
{
    private const string OfficerPassword = "the new officer's password";

    private static async Task<Account> InvitedOfficerAsync(LocalOfferSite site, HttpClient admin, string email, string name = "Olu Officer")
    {
        var invited = await admin.PostFormAsync("/admin/officers", new() { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var link = (await site.EmailsAsync()).Last(e => e.Contains($"To: {email}\r\n")).LinkTo("/account/invitation");
        var accepted = await site.Browser().PostFormAsync(link, new() { ["FullName"] = name, ["Password"] = OfficerPassword, ["ConfirmPassword"] = OfficerPassword });
        Assert.Equal("/officer", accepted.Headers.Location?.OriginalString);
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Accounts.SingleAsync(a => a.Email == email);
    }

    [Fact]
    public async Task An_admin_invites_an_officer_who_sets_up_their_account_and_signs_in_as_an_officer()
    {
        await using var site = new LocalOfferSite();
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));

        var officer = await InvitedOfficerAsync(site, admin, "olu@council.example");

        Assert.Equal(Role.Officer, officer.Role);
        var email = (await site.EmailsAsync()).To("olu@council.example");
        Assert.Contains("Subject: You have been invited to be an officer", email);
        var list = await (await admin.GetAsync("/admin/officers")).DocumentAsync();
        Assert.Contains("Olu Officer olu@council.example Officer Can sign in", list.Text("tbody").Squash());
        Assert.Contains("Test Admin (you)", list.Text("tbody"));
        var signIn = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = "olu@council.example", ["Password"] = OfficerPassword });
        Assert.Equal("/officer", signIn.Headers.Location?.OriginalString);

        var again = await (await admin.PostFormAsync("/admin/officers", new() { ["Email"] = "OLU@council.example" })).DocumentAsync();
        Assert.Equal("olu@council.example already has officer access", again.Text(".govuk-error-summary__list"));
    }

    [Fact]
    public async Task Removing_an_officers_access_signs_them_out_stops_sign_in_and_reset_and_a_new_invitation_gives_it_back()
    {
        await using var site = new LocalOfferSite();
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var officerAccount = await InvitedOfficerAsync(site, admin, "leaver@council.example", "Lee Leaver");
        var oldInvitation = (await site.EmailsAsync()).To("leaver@council.example").LinkTo("/account/invitation");
        var officer = await site.SignedInClientAsync(officerAccount, OfficerPassword);
        Assert.Contains("Sign out", (await (await officer.GetAsync("/")).DocumentAsync()).Text("#navigation"));

        var removed = await admin.PostFormAsync("/admin/officers", new() { ["id"] = officerAccount.Id.ToString() }, handler: "remove");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var list = await (await admin.GetAsync("/admin/officers")).DocumentAsync();
        Assert.Contains("Lee Leaver can no longer sign in", list.Text(".govuk-notification-banner--success"));
        Assert.Contains("Lee Leaver leaver@council.example Officer Access removed", list.Text("tbody").Squash());

        Assert.DoesNotContain("Sign out", (await (await officer.GetAsync("/")).DocumentAsync()).Text("#navigation"));
        var signIn = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = "leaver@council.example", ["Password"] = OfficerPassword });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var before = (await site.EmailsAsync()).Count;
        await site.Browser().PostFormAsync("/account/forgot-password", new() { ["Email"] = "leaver@council.example" });
        Assert.Equal(before, (await site.EmailsAsync()).Count);
        var oldLink = await (await site.Browser().GetAsync(oldInvitation)).DocumentAsync();
        Assert.Null(oldLink.QuerySelector("input[name=Password]"));

        await InvitedOfficerAsync(site, admin, "leaver@council.example", "Lee Returner");
        var back = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = "leaver@council.example", ["Password"] = OfficerPassword });
        Assert.Equal("/officer", back.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_access()
    {
        await using var site = new LocalOfferSite();
        var adminAccount = await site.CreateAccountAsync(Role.Admin);
        var admin = await site.SignedInClientAsync(adminAccount);
        var list = await (await admin.GetAsync("/admin/officers")).DocumentAsync();
        Assert.Empty(list.QuerySelectorAll("tbody form"));
        var response = await admin.PostFormAsync("/admin/officers", new() { ["id"] = adminAccount.Id.ToString() }, handler: "remove");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/officers")).StatusCode);
    }

    [Fact]
    public async Task Only_admins_can_see_or_change_the_officers()
    {
        await using var site = new LocalOfferSite();
        var target = await site.CreateAccountAsync(Role.Officer);
        var anonymous = await site.Browser().GetAsync("/admin/officers");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/sign-in", anonymous.Headers.Location?.OriginalString);

        foreach (var role in new[] { Role.Provider, Role.Officer })
        {
            var client = await site.SignedInClientAsync(await site.CreateAccountAsync(role));
            var get = await client.GetAsync("/admin/officers");
            Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
            Assert.Contains("/account/access-denied", get.Headers.Location?.OriginalString);
            var invite = await client.PostFormAsync("/admin/officers", new() { ["Email"] = "sneaky@example.org" }, formPage: "/account/forgot-password");
            Assert.Contains("/account/access-denied", invite.Headers.Location?.OriginalString);
            var remove = await client.PostFormAsync("/admin/officers", new() { ["id"] = target.Id.ToString() }, formPage: "/account/forgot-password", handler: "remove");
            Assert.Contains("/account/access-denied", remove.Headers.Location?.OriginalString);
            var denied = await (await client.GetAsync("/account/access-denied")).DocumentAsync();
            Assert.Equal("You cannot see this page", denied.Text("h1"));
        }
        Assert.Empty(await site.EmailsAsync());
        var officer = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = target.Email, ["Password"] = TestAccounts.Password });
        Assert.Equal("/officer", officer.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_officer_forms_refuse_a_post_without_an_anti_forgery_token()
    {
        await using var site = new LocalOfferSite();
        var target = await site.CreateAccountAsync(Role.Officer);
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var invite = await admin.PostAsync("/admin/officers", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "new@council.example" }));
        Assert.Equal(HttpStatusCode.BadRequest, invite.StatusCode);
        var remove = await admin.PostAsync("/admin/officers?handler=remove", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = target.Id.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, remove.StatusCode);
        Assert.Empty(await site.EmailsAsync());
        Assert.Contains("Can sign in", (await (await admin.GetAsync("/admin/officers")).DocumentAsync()).Text("tbody"));
    }
}
