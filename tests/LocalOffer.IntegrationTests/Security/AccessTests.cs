using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// Every officer, admin and provider page, found from the site's endpoints, refuses anonymous visitors and
/// the wrong role for every GET and every post handler; providers cannot reach another organisation's
/// drafts, listings or colleagues; and every post without an anti-forgery token is refused.
/// </summary>
public sealed class AccessTests(SecuritySite site) : IClassFixture<SecuritySite>
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["Name"] = "Sneaky", ["Text"] = "Sneaky", ["Reason"] = "Sneaky", ["Email"] = "sneaky@example.org", ["Answers.Name"] = "Sneaky",
        ["provider"] = Guid.Empty.ToString(), ["listing"] = Guid.Empty.ToString(), ["id"] = "1",
    };

    private async Task<IReadOnlyList<SitePage>> PagesAsync() => await SitePage.AllAsync(site.Services);

    [Fact]
    public async Task The_pages_are_found_from_the_site_itself()
    {
        var pages = await PagesAsync();
        var guarded = pages.Where(p => p.AllowedRoles is not null).Select(p => p.Template).ToList();
        // A sanity check on the discovery, not the list under test: it must find pages in every guarded folder.
        foreach (var expected in new[] { "officer/queue", "officer/submissions/{id:guid}", "officer/comments/{id:guid}", "officer/overdue", "officer/information-pages", "admin/officers", "provider", "provider/colleagues", "provider/drafts/{id:guid}/{section}" })
            Assert.Contains(expected, guarded);
        Assert.True(guarded.Count >= 25, $"Only {guarded.Count} guarded pages found");
        Assert.Contains(pages, p => p.Template == "feedback" && p.PostHandlers.Count == 1);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_guarded_page_and_post()
    {
        var anonymous = site.BrowserFrom();
        var checkedCount = 0;
        foreach (var page in (await PagesAsync()).Where(p => p.AllowedRoles is not null))
        {
            await Refusals.AssertRefusedAsync(anonymous, await anonymous.GetAsync(page.Url()), signedIn: false, "GET " + page.Url());
            foreach (var handler in page.PostHandlers)
            {
                // A good token (from a page an anonymous visitor may see), so it is the sign-in check that refuses.
                var url = page.PostUrl(handler);
                await Refusals.AssertRefusedAsync(anonymous, await anonymous.PostFormAsync(url, Fields, formPage: "/account/sign-in"), signedIn: false, "POST " + url);
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 30, $"Only {checkedCount} guarded posts found");
    }

    [Fact]
    public async Task Each_role_is_refused_every_page_and_post_meant_for_another()
    {
        var clients = new Dictionary<Role, HttpClient>();
        foreach (var role in new[] { Role.Provider, Role.Officer, Role.Admin })
            clients[role] = await site.SignedInClientAsync(await site.CreateAccountAsync(role));
        var refusals = 0;
        foreach (var page in (await PagesAsync()).Where(p => p.AllowedRoles is not null))
        {
            foreach (var (role, client) in clients.Where(c => !page.AllowedRoles!.Contains(c.Key)))
            {
                await Refusals.AssertRefusedAsync(client, await client.GetAsync(page.Url()), signedIn: true, $"{role} GET {page.Url()}");
                foreach (var handler in page.PostHandlers)
                {
                    var url = page.PostUrl(handler);
                    await Refusals.AssertRefusedAsync(client, await client.PostFormAsync(url, Fields, formPage: "/account/sign-out"), signedIn: true, $"{role} POST {url}");
                }
                refusals++;
            }
        }
        Assert.True(refusals >= 25, $"Only {refusals} wrong-role pages checked");
        // The right people are let in (so the refusals above are about the role, not a broken page).
        Assert.Equal(HttpStatusCode.OK, (await clients[Role.Officer].GetAsync("/officer/queue")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[Role.Admin].GetAsync("/admin/officers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clients[Role.Provider].GetAsync("/provider")).StatusCode);
    }

    [Fact]
    public async Task A_provider_cannot_reach_another_organisations_drafts_listings_or_colleagues()
    {
        var owner = await site.CreateAccountAsync(Role.Provider);
        var officer = await site.CreateAccountAsync(Role.Officer);
        var listing = await site.PublishAsync(owner, officer, OfficerTestData.CompleteForm("Owner's live listing"));
        var ownerClient = await site.SignedInClientAsync(owner);
        var draft = await ownerClient.StartListingAsync(owner.ProviderId());
        await ownerClient.SaveSectionAsync(draft, "about", [new("Answers.Name", "Owner's draft"), new("Answers.Summary", "Only the owner may change this.")], then: "later");

        var intruder = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var theirs = new Dictionary<string, string>(Fields) { ["provider"] = owner.ProviderId().ToString(), ["listing"] = listing.Id.ToString() };
        var checkedCount = 0;
        foreach (var page in (await PagesAsync()).Where(p => p.AllowedRoles?.Contains(Role.Provider) == true))
        {
            var values = new Dictionary<string, string> { ["id"] = page.Template.StartsWith("provider/listings", StringComparison.Ordinal) ? listing.Id.ToString() : draft.ToString() };
            var query = page.Template == "provider/colleagues" ? "?provider=" + owner.ProviderId() : "";
            if (page.Template.Contains('{') || query.Length > 0)
            {
                var get = await intruder.GetAsync(page.Url(values) + query);
                Assert.True(get.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"GET {page.Url(values)}{query}: {get.StatusCode}");
            }
            foreach (var handler in page.PostHandlers)
            {
                var url = page.PostUrl(handler, values) + (query.Length > 0 ? (handler is null ? query : "&" + query[1..]) : "");
                var post = await intruder.PostFormAsync(url, theirs, formPage: "/account/sign-out");
                Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"POST {url}: {post.StatusCode}");
                checkedCount++;
            }
        }
        Assert.True(checkedCount >= 8, $"Only {checkedCount} provider posts checked");

        var kept = await site.SubmissionAsync(draft);
        Assert.Equal("Owner's draft", kept.Form.About.Name);
        Assert.Equal(SubmissionState.Draft, kept.State);
        Assert.False(await site.QueryAsync(db => db.Submissions.AnyAsync(s => s.ListingId == listing.Id && s.Id != draft && s.Kind != SubmissionKind.NewListing)));
        Assert.Equal(ListingStatus.Published, (await site.ListingAsync(listing.Id)).Status);
        // The owner still sees their own draft (the refusals were about who asked).
        Assert.Equal(HttpStatusCode.OK, (await ownerClient.GetAsync($"/provider/drafts/{draft}")).StatusCode);
    }

    [Fact]
    public async Task Every_post_without_an_anti_forgery_token_is_refused()
    {
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        var admin = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Admin));
        var anonymous = site.BrowserFrom();
        var pages = await PagesAsync();
        var posts = 0;
        foreach (var page in pages.Where(p => p.PostHandlers.Count > 0 && !p.IgnoresAntiforgery))
        {
            // Someone the page lets in, so only the missing token stands in the way.
            var client = page.AllowedRoles is null ? anonymous : page.AllowedRoles.Contains(Role.Admin) ? admin : provider;
            foreach (var handler in page.PostHandlers)
            {
                var url = page.PostUrl(handler);
                var response = await client.PostAsync(url, new FormUrlEncodedContent(Fields));
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {url} without a token: {response.StatusCode}");
                posts++;
            }
        }
        Assert.True(posts >= 45, $"Only {posts} posts checked");

        // Only the error page takes posts without a token: it is where a refused post is shown, and changes nothing.
        Assert.Equal(["error/{code:int?}"], pages.Where(p => p.IgnoresAntiforgery).Select(p => p.Template));
    }

    [Fact]
    public async Task Nothing_but_pages_takes_a_post_the_api_and_search_engine_files_only_answer_reading()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is null).ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods;
            // The API's catch-all answers any method with a 404 problem, and the health checks with the site's
            // health: neither writes anything.
            if (endpoint.RoutePattern.RawText!.EndsWith("{**rest}", StringComparison.Ordinal) || endpoint.DisplayName == "Health checks") continue;
            Assert.True(methods is not null && methods.All(m => m is "GET" or "HEAD" or "OPTIONS"), $"{endpoint.RoutePattern.RawText}: {string.Join(",", methods ?? ["any"])}");
        }
        var post = await site.BrowserFrom().PostAsync("/api/openreferral/v3/services", new StringContent("{}"));
        Assert.True((int)post.StatusCode is 404 or 405, post.StatusCode.ToString());
    }
}
