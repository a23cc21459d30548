using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

/// <summary>The create-admin command, run against the test site's services as the executable runs it against its own.</summary>
public sealed class CreateAdminCommandTests
{
    private const string AdminPassword = "a strong admin password";

    private static async Task<(int Exit, string Output, string Error)> RunAsync(LocalOfferSite site, string? password, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CreateAdminCommand.RunAsync(site.Services, ["create-admin", .. args], password, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Create_admin_makes_an_admin_who_can_sign_in_and_manage_officers()
    {
        await using var site = new LocalOfferSite();
        Assert.True(SiteCommands.IsCommand(["create-admin", "--email", "x@example.org"]));

        var (exit, output, error) = await RunAsync(site, AdminPassword, "--email", "Head.Of.Service@Council.example", "--name", "Pat Head");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Created the admin account", output);
        var browser = site.Browser();
        var signIn = await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = "head.of.service@council.example", ["Password"] = AdminPassword });
        Assert.Equal("/officer", signIn.Headers.Location?.OriginalString);
        var officers = await (await browser.GetAsync("/admin/officers")).DocumentAsync();
        Assert.Contains("Pat Head (you) head.of.service@council.example Admin", officers.Text("tbody").Squash());
    }

    [Fact]
    public async Task Create_admin_refuses_a_missing_or_weak_password_an_existing_email_and_missing_options()
    {
        await using var site = new LocalOfferSite();
        var existing = await site.CreateAccountAsync(Role.Officer, "taken@council.example");

        var missing = await RunAsync(site, null, "--email", "a@council.example", "--name", "Pat Head");
        Assert.Equal(2, missing.Exit);
        Assert.Contains(CreateAdminCommand.PasswordVariable, missing.Error);

        var weak = await RunAsync(site, "short", "--email", "a@council.example", "--name", "Pat Head");
        Assert.Equal(2, weak.Exit);
        Assert.Contains("at least 12 characters", weak.Error);

        var taken = await RunAsync(site, AdminPassword, "--email", "Taken@council.example", "--name", "Pat Head");
        Assert.Equal(2, taken.Exit);
        Assert.Contains("already uses this email address", taken.Error);

        var noName = await RunAsync(site, AdminPassword, "--email", "a@council.example");
        Assert.Equal(2, noName.Exit);
        Assert.Contains("Usage: create-admin --email", noName.Error);

        var badEmail = await RunAsync(site, AdminPassword, "--email", "not an email", "--name", "Pat Head");
        Assert.Equal(2, badEmail.Exit);
        Assert.Contains("correct format", badEmail.Error);

        await using var scope = site.Services.CreateAsyncScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Accounts.ToListAsync();
        Assert.Equal(existing.Id, Assert.Single(accounts).Id);
        Assert.Equal(Role.Officer, accounts[0].Role);
    }
}
