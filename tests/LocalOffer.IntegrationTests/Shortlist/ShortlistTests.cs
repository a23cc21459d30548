using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Shortlist;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LocalOffer.IntegrationTests.Shortlist;

/// <summary>A visitor's list of services: kept in a cookie, through HTTP with anti-forgery on, as a browser with scripts off would use it.</summary>
[Collection(ShortlistSiteCollection.Name)]
public sealed class ShortlistTests(ShortlistSite site)
{
    [Fact]
    public async Task Save_from_a_result_and_a_service_page_see_both_remove_one_and_download_the_other()
    {
        var client = site.Browser();
        var (_, results) = await client.GetPageAsync("/services?q=chatterbox");
        Assert.Equal("Save to your list (Chatterbox speech group)", results.ButtonFor("chatterbox-speech-group").QuerySelector("button")!.TextContent.Trim());
        Assert.Null(results.QuerySelector("a[href='/shortlist']"));

        var (back, afterSave) = await client.PressAsync(results.ButtonFor("chatterbox-speech-group"));
        Assert.Equal("/services?q=chatterbox&shortlist=saved", back);
        Assert.Contains("Saved to your list.", afterSave.Text(".govuk-notification-banner").Squash());
        Assert.Equal("View your list (1)", afterSave.Text(".govuk-notification-banner a[href='/shortlist']"));
        Assert.Equal("Your list (1)", afterSave.Text(".govuk-service-navigation a[href='/shortlist']"));
        Assert.StartsWith("Remove from your list", afterSave.ButtonFor("chatterbox-speech-group").QuerySelector("button")!.TextContent.Trim());
        Assert.Equal("/shortlist/remove", afterSave.ButtonFor("chatterbox-speech-group").GetAttribute("action"));

        var (_, servicePage) = await client.GetPageAsync("/services/little-acorns-childminding");
        Assert.Equal("Your list (1)", servicePage.Text(".govuk-service-navigation a[href='/shortlist']"));
        var (fromServicePage, afterSecond) = await client.PressAsync(servicePage.ButtonFor("little-acorns-childminding"));
        Assert.Equal("/services/little-acorns-childminding?shortlist=saved", fromServicePage);
        Assert.Equal("Your list (2)", afterSecond.Text(".govuk-service-navigation a[href='/shortlist']"));

        var (response, list) = await client.GetPageAsync("/shortlist");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your list", list.Text("h1"));
        var saved = list.SavedServices();
        Assert.Equal(["Chatterbox speech group", "Little Acorns childminding"], saved.Keys);
        var chatterbox = saved["Chatterbox speech group"];
        Assert.Equal("Keynsham Family Centre", chatterbox["Run by"]);
        Assert.Equal("0117 496 0123 (Priya Shah)", chatterbox["Phone"]);
        Assert.Equal("priya@chatterbox.example (Priya Shah)", chatterbox["Email"]);
        Assert.Equal("https://chatterbox.example/", chatterbox["Website"]);
        Assert.Equal("Keynsham Family Centre, 12 Temple Street, Keynsham, BS31 1EH", chatterbox["Address"]);
        Assert.Equal("Free", chatterbox["Cost"]);
        Assert.Equal("0 to 5 years", chatterbox["Ages"]);
        var acorns = saved["Little Acorns childminding"];
        Assert.Equal("Bath, BA2 The full address is given when you book.", acorns["Address"]);
        Assert.Equal("From £6.50 per hour Funded hours can be used.", acorns["Cost"]);
        Assert.Equal("sam@littleacorns.example (Sam Carter)", acorns["Email"]);
        Assert.DoesNotContain("Secret Lane", list.Text("main"));
        Assert.DoesNotContain("Hidden Harriet", list.Text("main"));
        Assert.NotNull(list.QuerySelector("a[href='/shortlist/print']"));
        Assert.NotNull(list.QuerySelector("a[href='/shortlist/download']"));

        var (afterRemove, listAfter) = await client.PressAsync(list.ButtonFor("little-acorns-childminding"));
        Assert.Equal("/shortlist?shortlist=removed", afterRemove);
        Assert.Contains("Removed from your list.", listAfter.Text(".govuk-notification-banner").Squash());
        Assert.Equal(["Chatterbox speech group"], listAfter.SavedServices().Keys);

        var download = await client.GetAsync("/shortlist/download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", download.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("local-offer-list.txt", download.Content.Headers.ContentDisposition.FileName);
        var text = await download.Content.ReadAsStringAsync();
        Assert.Contains("1. Chatterbox speech group", text);
        Assert.Contains("Run by: Keynsham Family Centre", text);
        Assert.Contains("Phone: 0117 496 0123 (Priya Shah)", text);
        Assert.Contains("Address: Keynsham Family Centre, 12 Temple Street, Keynsham, BS31 1EH", text);
        Assert.Contains("Cost: Free", text);
        Assert.Contains("Ages: 0 to 5 years", text);
        Assert.Contains("Page: http://localhost/services/chatterbox-speech-group", text);
        Assert.DoesNotContain("Little Acorns", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public async Task The_print_view_has_the_list_without_the_site_menus_and_writes_out_each_page_address()
    {
        var client = site.Browser();
        var (_, page) = await client.GetPageAsync("/services/teen-talk-online");
        await client.PressAsync(page.ButtonFor("teen-talk-online"));

        var (response, print) = await client.GetPageAsync("/shortlist/print");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(print.QuerySelector(".govuk-service-navigation"));
        Assert.Null(print.QuerySelector("footer"));
        Assert.Null(print.QuerySelector("form"));
        var teenTalk = print.SavedServices()["Teen talk online"];
        Assert.Equal("The whole of the council area", teenTalk["Where"]);
        Assert.Equal("Online", teenTalk["How it is delivered"]);
        Assert.Equal("12 to 18 years", teenTalk["Ages"]);
        Assert.Equal("http://localhost/services/teen-talk-online", teenTalk["Page address"]);
    }

    [Theory]
    [InlineData("/shortlist/save")]
    [InlineData("/shortlist/remove")]
    [InlineData("/shortlist/clear")]
    public async Task A_post_without_the_anti_forgery_token_is_refused(string action)
    {
        var client = site.Browser();
        await client.GetAsync("/services/chatterbox-speech-group"); // has the anti-forgery cookie, but the post carries no token
        var response = await client.PostAsync(action, new FormUrlEncodedContent([new("service", "chatterbox-speech-group"), new("returnUrl", "/")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(ShortlistCookie.Name));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("%%%;;,,")]
    [InlineData("99999999999949998999999999999999.zzzz.")]
    [InlineData("not-a-guid.11111111-1111-4111-8111-111111111111")]
    [InlineData("00000000000000000000000000000000")]
    public async Task A_cookie_that_is_not_a_list_gives_an_empty_list_not_an_error(string value)
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var url in new[] { "/shortlist", "/services", "/services/chatterbox-speech-group", "/shortlist/download", "/shortlist/print" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", $"{ShortlistCookie.Name}={value}");
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} with {value}: {response.StatusCode}");
            var page = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Your list (", page);
            if (url == "/shortlist")
            {
                Assert.Contains("Your list is empty.", page);
                Assert.DoesNotContain("no longer listed", page);
                // The cookie is put right: nothing in it was a service.
                Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ShortlistCookie.Name + "=;") && c.Contains("expires=Thu, 01 Jan 1970"));
            }
        }
    }

    [Fact]
    public async Task A_list_holding_a_valid_id_among_garbage_keeps_the_service()
    {
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/shortlist");
        request.Headers.Add("Cookie", $"{ShortlistCookie.Name}=rubbish.11111111111141118111111111111111.<script>");
        var response = await client.SendAsync(request);
        var page = await response.DocumentAsync();
        Assert.Equal(["Chatterbox speech group"], page.SavedServices().Keys);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{ShortlistCookie.Name}=11111111111141118111111111111111;"));
    }

    [Fact]
    public async Task A_service_that_is_no_longer_published_drops_out_with_a_note()
    {
        var client = site.Browser();
        foreach (var slug in new[] { "open-door-youth-club", "young-adults-job-club" })
        {
            var (_, page) = await client.GetPageAsync("/services/" + slug);
            await client.PressAsync(page.ButtonFor(slug));
        }
        Assert.Equal(2, (await client.GetPageAsync("/shortlist")).Document.SavedServices().Count);

        await site.SetStatusAsync("open-door-youth-club", ListingStatus.Archived);
        try
        {
            var (_, results) = await client.GetPageAsync("/services");
            Assert.Equal("Your list (1)", results.Text(".govuk-service-navigation a[href='/shortlist']"));

            var (response, list) = await client.GetPageAsync("/shortlist");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["Young adults job club"], list.SavedServices().Keys);
            Assert.Equal("1 service you saved is no longer listed, so it has been taken off your list.", list.Text("#shortlist-dropped"));
            Assert.Equal("Your list (1)", list.Text(".govuk-service-navigation a[href='/shortlist']"));

            // Put back, it stays off the list: the cookie was written without it, and the note is not repeated.
            await site.SetStatusAsync("open-door-youth-club", ListingStatus.Published);
            var (_, again) = await client.GetPageAsync("/shortlist");
            Assert.Equal(["Young adults job club"], again.SavedServices().Keys);
            Assert.Null(again.QuerySelector("#shortlist-dropped"));
        }
        finally
        {
            await site.SetStatusAsync("open-door-youth-club", ListingStatus.Published);
        }
    }

    [Fact]
    public async Task Saving_a_service_that_is_not_published_is_not_found_and_going_back_stays_on_this_site()
    {
        var client = site.Browser();
        var (_, page) = await client.GetPageAsync("/services/chatterbox-speech-group");
        var form = page.ButtonFor("chatterbox-speech-group");
        form.QuerySelector("input[name=service]")!.SetAttribute("value", "no-such-service");
        Assert.Equal(HttpStatusCode.NotFound, (await client.SubmitAsync(form)).StatusCode);

        form.QuerySelector("input[name=service]")!.SetAttribute("value", "chatterbox-speech-group");
        form.QuerySelector("input[name=returnUrl]")!.SetAttribute("value", "https://elsewhere.example/");
        var response = await client.SubmitAsync(form);
        Assert.Equal("/shortlist?shortlist=saved", response.Headers.Location!.OriginalString);
        form.QuerySelector("input[name=returnUrl]")!.SetAttribute("value", "//elsewhere.example/");
        Assert.Equal("/shortlist?shortlist=saved", (await client.SubmitAsync(form)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Clear_your_list_empties_it()
    {
        var client = site.Browser();
        var (_, page) = await client.GetPageAsync("/services/oldfield-park-primary");
        await client.PressAsync(page.ButtonFor("oldfield-park-primary"));
        var (_, list) = await client.GetPageAsync("/shortlist");
        var (back, cleared) = await client.PressAsync(list.QuerySelector("form[action='/shortlist/clear']")!);
        Assert.Equal("/shortlist?shortlist=cleared", back);
        Assert.Contains("Your list has been cleared.", cleared.Text(".govuk-notification-banner").Squash());
        Assert.Contains("Your list is empty.", cleared.Text("main"));
        Assert.Null(cleared.QuerySelector(".govuk-service-navigation a[href='/shortlist']"));
    }

    [Fact]
    public async Task The_cookie_holds_only_ids_is_http_only_lax_and_kept_for_a_year()
    {
        var client = site.Browser();
        var (_, page) = await client.GetPageAsync("/services/chatterbox-speech-group");
        var response = await client.SubmitAsync(page.ButtonFor("chatterbox-speech-group"));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(ShortlistCookie.Name + "="));
        Assert.StartsWith($"{ShortlistCookie.Name}=11111111111141118111111111111111;", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        var expires = DateTimeOffset.Parse(System.Text.RegularExpressions.Regex.Match(cookie, "expires=([^;]+)").Groups[1].Value);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(364), DateTimeOffset.UtcNow.AddDays(366));
    }

    [Fact]
    public async Task A_cached_results_page_carries_each_visitors_own_token_and_list()
    {
        const string search = "/services?q=swimming&sort=a-z";
        var first = site.Browser();
        async Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> GetAsync(HttpClient client) => await client.GetPageAsync(search);
        await GetAsync(first);
        await GetAsync(first);
        var (cached, firstPage) = await GetAsync(first);
        Assert.True(cached.Headers.Contains("Age"), "the third request for the same results is answered from the cache");

        var second = site.Browser();
        var (fromCache, secondPage) = await GetAsync(second);
        Assert.True(fromCache.Headers.Contains("Age"));
        Assert.DoesNotContain(CachedPageTokens.Placeholder, secondPage.Source.Text);
        var token = (AngleSharp.Dom.IDocument p) => p.ButtonFor("swimming-session-1").QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");
        Assert.NotEqual(token(firstPage), token(secondPage));

        var (_, afterSave) = await second.PressAsync(secondPage.ButtonFor("swimming-session-1"));
        Assert.Contains("Saved to your list.", afterSave.Text(".govuk-notification-banner").Squash());
        var (_, secondAgain) = await GetAsync(second);
        Assert.Equal("/shortlist/remove", secondAgain.ButtonFor("swimming-session-1").GetAttribute("action"));
        Assert.Equal("Your list (1)", secondAgain.Text(".govuk-service-navigation a[href='/shortlist']"));

        var (_, firstAgain) = await GetAsync(first);
        Assert.Equal("/shortlist/save", firstAgain.ButtonFor("swimming-session-1").GetAttribute("action"));
        Assert.Null(firstAgain.QuerySelector(".govuk-service-navigation a[href='/shortlist']"));
        var (_, firstSaved) = await first.PressAsync(firstAgain.ButtonFor("swimming-session-2"));
        Assert.Equal("Your list (1)", firstSaved.Text(".govuk-service-navigation a[href='/shortlist']"));
    }

    [Fact]
    public async Task The_list_speaks_welsh_and_urdu()
    {
        var client = site.Browser();
        var (_, page) = await client.GetPageAsync("/services/chatterbox-speech-group?lang=cy");
        var (back, welsh) = await client.PressAsync(page.ButtonFor("chatterbox-speech-group"));
        Assert.Equal("/services/chatterbox-speech-group?lang=cy&shortlist=saved", back);
        Assert.Equal("Eich rhestr (1)", welsh.Text(".govuk-service-navigation a[href='/shortlist']"));

        var (_, list) = await client.GetPageAsync("/shortlist?lang=cy");
        Assert.Equal("Eich rhestr", list.Text("h1"));
        Assert.Equal("0 i 5 oed", list.SavedServices()["Chatterbox speech group"]["Oed"]);
        var (_, urdu) = await client.GetPageAsync("/shortlist?lang=ur");
        Assert.Equal("rtl", urdu.DocumentElement.GetAttribute("dir"));
        Assert.Equal("آپ کی فہرست", urdu.Text("h1"));
    }
}
