using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Accounts;

public sealed class HeaderTests
{
    [Fact]
    public async Task Signed_in_people_see_their_home_and_sign_out_in_the_header_and_the_public_see_neither()
    {
        await using var site = new LocalOfferSite();
        var provider = await (await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider))).GetPageAsync("/");
        var officer = await (await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer))).GetPageAsync("/");
        var admin = await (await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin))).GetPageAsync("/");
        var visitor = await site.Browser().GetPageAsync("/");

        string[] Links(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("#navigation a").Select(a => $"{a.TextContent.Trim()} {a.GetAttribute("href")}").ToArray();
        Assert.Equal(["Your listings /provider", "Sign out /account/sign-out"], Links(provider.Document)[^2..]);
        Assert.Equal(["Officer home /officer", "Sign out /account/sign-out"], Links(officer.Document)[^2..]);
        Assert.Equal(["Officer home /officer", "Sign out /account/sign-out"], Links(admin.Document)[^2..]);
        Assert.DoesNotContain(Links(visitor.Document), l => l.Contains("Sign out") || l.Contains("/provider") || l.Contains("/officer"));
        Assert.Equal("Provider sign in", visitor.Document.QuerySelector("footer a[href='/account/sign-in']")?.TextContent);
    }
}

[Collection(DemoSiteCollection.Name)]
public sealed class DemoAccountTests(DemoSite site)
{
    [Fact]
    public async Task The_demo_officer_and_provider_sign_in_and_the_provider_belongs_to_an_organisation_with_published_listings()
    {
        var officer = await site.Browser().PostFormAsync("/account/sign-in", new() { ["Email"] = DemoAccounts.OfficerEmail, ["Password"] = "demo-password-2026" });
        Assert.Equal("/officer", officer.Headers.Location?.OriginalString);
        var browser = site.Browser();
        var provider = await browser.PostFormAsync("/account/sign-in", new() { ["Email"] = DemoAccounts.ProviderEmail, ["Password"] = "demo-password-2026" });
        Assert.Equal("/provider", provider.Headers.Location?.OriginalString);

        var colleagues = await (await browser.GetAsync("/provider/colleagues")).DocumentAsync();
        var name = colleagues.Text(".govuk-caption-l");
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var organisation = await db.Providers.SingleAsync(p => p.Members.Any(m => m.Email == DemoAccounts.ProviderEmail));
        Assert.Equal(organisation.Name, name);
        Assert.True(await db.Listings.CountAsync(l => l.ProviderId == organisation.Id && l.Status == ListingStatus.Published) >= 3);
        Assert.DoesNotContain(site.Logs.Lines, l => l.Contains("demo.localoffer.example") || l.Contains("demo-password"));
    }
}
