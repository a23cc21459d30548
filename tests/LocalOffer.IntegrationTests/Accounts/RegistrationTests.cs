using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class RegistrationTests
{
    private static Dictionary<string, string> Form(string email = "sam.jones@acorns.example") => new()
    {
        ["OrganisationName"] = "Little Acorns Nursery",
        ["FullName"] = "Sam Jones",
        ["Email"] = email,
        ["Password"] = "three green apples",
        ["ConfirmPassword"] = "three green apples",
    };

    [Fact]
    public async Task Registering_creates_a_pending_organisation_signs_in_and_emails_the_registrant_and_every_officer()
    {
        await using var site = new LocalOfferSite();
        var officer = await site.CreateAccountAsync(Role.Officer);
        var admin = await site.CreateAccountAsync(Role.Admin);
        var browser = site.Browser();

        var response = await browser.PostFormAsync("/account/register", Form(" Sam.Jones@Acorns.example "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/provider", response.Headers.Location?.OriginalString);
        var colleagues = await (await browser.GetAsync("/provider/colleagues")).DocumentAsync();
        Assert.Equal("Little Acorns Nursery", colleagues.Text(".govuk-caption-l"));
        Assert.Contains("Sam Jones (you)", colleagues.Text("table").Squash());

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
            var organisation = await db.Providers.Include(p => p.Members).SingleAsync(p => p.Name == "Little Acorns Nursery");
            Assert.Equal(OrganisationStatus.Pending, organisation.Status);
            Assert.Equal("sam.jones@acorns.example", Assert.Single(organisation.Members).Email);
        }

        var emails = await site.EmailsAsync();
        var welcome = emails.To("sam.jones@acorns.example");
        Assert.Contains("Little Acorns Nursery", welcome);
        Assert.Contains("will check your organisation", welcome);
        Assert.Contains("SEND Local Offer team", welcome);
        foreach (var council in new[] { officer.Email, admin.Email })
        {
            var note = emails.To(council);
            Assert.Contains("Subject: A new organisation is waiting for approval", note);
            Assert.Contains("Little Acorns Nursery", note);
            Assert.Contains("http://localhost:5000/officer/organisations", note);
        }
        Assert.Equal(3, emails.Count);
        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains("acorns.example", StringComparison.OrdinalIgnoreCase) || l.Contains("Sam Jones"));
    }

    [Fact]
    public async Task Each_register_field_says_what_is_wrong_and_keeps_what_was_typed_except_passwords()
    {
        await using var site = new LocalOfferSite();
        var browser = site.Browser();

        var empty = await (await browser.PostFormAsync("/account/register", new())).DocumentAsync();
        Assert.StartsWith("Error: ", empty.Title);
        Assert.Equal(
            ["Enter the name of your organisation", "Enter your full name", "Enter your email address", "Enter a password", "Enter the password again to confirm it"],
            empty.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal("#OrganisationName", empty.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Contains("Enter your full name", empty.Text("#FullName-error"));

        var form = Form("sam.jones@");
        form["Password"] = "too short";
        form["ConfirmPassword"] = "something else";
        var wrong = await (await browser.PostFormAsync("/account/register", form)).DocumentAsync();
        Assert.Equal(
            ["Enter an email address in the correct format, like name@example.com", "Your password must be at least 12 characters long", "The passwords do not match"],
            wrong.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Little Acorns Nursery", wrong.QuerySelector("#OrganisationName")?.GetAttribute("value"));
        Assert.Equal("Sam Jones", wrong.QuerySelector("#FullName")?.GetAttribute("value"));
        Assert.Equal("sam.jones@", wrong.QuerySelector("#Email")?.GetAttribute("value"));
        Assert.Equal("", wrong.QuerySelector("#Password")?.GetAttribute("value"));
        Assert.Equal("", wrong.QuerySelector("#ConfirmPassword")?.GetAttribute("value"));

        form = Form();
        form["ConfirmPassword"] = "three green apple";
        var mismatch = await (await browser.PostFormAsync("/account/register", form)).DocumentAsync();
        Assert.Equal("The passwords do not match", mismatch.Text(".govuk-error-summary__list").Trim());
        Assert.Empty(await site.EmailsAsync());
    }

    [Fact]
    public async Task Registering_an_email_address_that_already_has_an_account_says_so_and_creates_nothing()
    {
        await using var site = new LocalOfferSite();
        var existing = await site.CreateAccountAsync(Role.Provider, "taken@example.org");

        var response = await site.Browser().PostFormAsync("/account/register", Form("Taken@example.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.DocumentAsync();
        Assert.Equal("An account already uses this email address. Sign in or reset your password", page.Text(".govuk-error-summary__list"));
        Assert.Equal("Little Acorns Nursery", page.QuerySelector("#OrganisationName")?.GetAttribute("value"));
        await using var scope = site.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.AnyAsync(p => p.Name == "Little Acorns Nursery"));
        Assert.Empty(await site.EmailsAsync());
    }

    [Fact]
    public async Task Registering_without_an_anti_forgery_token_is_refused()
    {
        await using var site = new LocalOfferSite();
        var response = await site.Browser().PostAsync("/account/register", new FormUrlEncodedContent(Form()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await site.EmailsAsync());
    }
}
