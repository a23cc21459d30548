using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.IntegrationTests.Officers;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Information;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Information;

[Collection(FixtureSiteCollection.Name)]
public sealed class InformationPageTests(FixtureSite site)
{
    [Fact]
    public async Task A_page_not_yet_translated_says_so_in_the_chosen_language_and_marks_its_english_text()
    {
        var (_, page) = await site.CreateClient().GetPageAsync("/information/ehc-plans/personal-budgets?lang=cy");
        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Nid yw'r dudalen hon wedi'i chyfieithu eto", page.QuerySelector("main .govuk-inset-text")!.TextContent);
        Assert.Equal("en-GB", page.QuerySelector("main h1")!.GetAttribute("lang"));
        Assert.Equal("en-GB", page.QuerySelector(".lo-prose")!.GetAttribute("lang"));

        var (_, urdu) = await site.CreateClient().GetPageAsync("/information/ehc-plans/personal-budgets?lang=ur");
        Assert.Equal("rtl", urdu.DocumentElement.GetAttribute("dir"));
        Assert.Contains("اس صفحے کا ابھی ترجمہ نہیں ہوا", urdu.QuerySelector("main .govuk-inset-text")!.TextContent);

        var (_, english) = await site.CreateClient().GetPageAsync("/information/ehc-plans/personal-budgets");
        Assert.Null(english.QuerySelector("main .govuk-inset-text[lang]"));
        Assert.DoesNotContain("translated", english.QuerySelector("main")!.TextContent);
        Assert.Null(english.QuerySelector(".lo-prose")!.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_translated_page_is_shown_in_the_chosen_language_without_the_notice()
    {
        var (_, welsh) = await site.CreateClient().GetPageAsync("/information/about/what-is-the-local-offer?lang=cy");
        Assert.Null(welsh.QuerySelector(".lo-prose")!.GetAttribute("lang"));
        Assert.DoesNotContain("Nid yw'r dudalen hon wedi'i chyfieithu eto", welsh.QuerySelector("main")!.TextContent);
        Assert.NotEqual("What is the Local Offer?", welsh.QuerySelector("main h1")!.TextContent.Trim());
        // The section's navigation lists the translated title; the pages not yet translated keep English, marked as such.
        var sectionLinks = welsh.QuerySelectorAll("nav.lo-contact-callout a").ToList();
        Assert.Contains(sectionLinks, a => a.GetAttribute("lang") is null);
        Assert.Contains(sectionLinks, a => a.GetAttribute("lang") == "en-GB");
    }

    [Fact]
    public async Task Short_forms_are_explained_where_they_appear_and_linked_to_their_glossary_entry()
    {
        var client = site.CreateClient();
        var (_, page) = await client.GetPageAsync("/information/ehc-plans/asking-for-an-assessment");
        var abbreviations = page.QuerySelectorAll(".lo-prose abbr").ToList();
        Assert.Contains(abbreviations, a => a.TextContent == "EHC plan" && a.GetAttribute("title") == "Education, Health and Care plan");
        Assert.Contains(abbreviations, a => a.TextContent == "SEND" && a.GetAttribute("title") == "special educational needs and disabilities");

        var shortForms = page.QuerySelectorAll(".lo-short-forms a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/information/about/glossary#ehc-plan-education-health-and-care-plan", shortForms);
        var (_, glossary) = await client.GetPageAsync("/information/about/glossary");
        foreach (var href in shortForms)
            Assert.NotNull(glossary.GetElementById(href.Split('#')[1]));
        Assert.Empty(glossary.QuerySelectorAll(".lo-prose abbr"));
    }

    [Fact]
    public async Task Short_forms_in_a_listing_are_explained_on_its_service_page_and_its_text_stays_text()
    {
        await using var own = new LocalOfferSite();
        var client = own.CreateClient();
        var listing = FixtureCatalogue.Published()[0];
        await own.ImportAsync([listing with
        {
            Slug = "senco-drop-in",
            Description = "Talk to a SENCO about SEN support or an EHC plan. <b>Bring</b> your questions.",
            Eligibility = "Families of children with SEND.",
        }]);
        var (_, page) = await client.GetPageAsync("/services/senco-drop-in");
        var explained = page.QuerySelectorAll("main abbr").Select(a => (a.TextContent, a.GetAttribute("title"))).Distinct().ToList();
        Assert.Contains(("SENCO", "special educational needs co-ordinator"), explained);
        Assert.Contains(("EHC plan", "Education, Health and Care plan"), explained);
        Assert.Contains(("SEND", "special educational needs and disabilities"), explained);
        Assert.Null(page.QuerySelector("main p b"));
        Assert.Contains("<b>Bring</b>", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Each_category_a_page_relates_to_links_back_to_that_page()
    {
        var content = site.Services.GetRequiredService<ContentLibrary>();
        var client = site.CreateClient();
        var checkedLinks = 0;
        foreach (var page in content.All.Where(p => p.Variant is null && p.Categories.Count > 0))
        {
            var (_, html) = await client.GetPageAsync(page.Url);
            var categoryLinks = html.QuerySelectorAll("main a[href^='/services?category=']").Select(a => a.GetAttribute("href")!["/services?category=".Length..]).ToList();
            foreach (var slug in categoryLinks)
            {
                var (response, category) = await client.GetPageAsync("/categories/" + slug);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(category.QuerySelector($"main a[href='{page.Url}']") is not null, $"/categories/{slug} does not link back to {page.Url}");
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 10, $"only {checkedLinks} category links were checked");
    }

    [Fact]
    public async Task Officers_see_every_information_page_with_its_owner_and_review_date_and_no_one_else_does()
    {
        var content = site.Services.GetRequiredService<ContentLibrary>();
        var officer = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Officer));
        var (response, page) = await officer.GetPageAsync("/officer/information-pages");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#page-reviews tbody tr").ToList();
        Assert.Equal(content.All.Count() + content.All.Sum(p => content.TranslationsOf(p).Count()), rows.Count);
        var glossary = rows.Single(r => r.QuerySelector("a")!.GetAttribute("href") == "/information/about/glossary");
        Assert.Contains("SEND Local Offer team", glossary.TextContent);
        Assert.Contains("3 Aug 2026", glossary.TextContent);
        Assert.Contains("3 Aug 2027", glossary.TextContent);
        Assert.Matches(@"^\d+ pages? (is|are) overdue for review\.$", page.GetElementById("pages-overdue")!.TextContent.Trim());
        var overdue = rows.Count(r => r.QuerySelector(".govuk-tag--red") is not null);
        var (_, home) = await officer.GetPageAsync("/officer");
        var fromHome = home.QuerySelector("#waiting a[href='/officer/information-pages']")!.TextContent.Trim();
        Assert.Equal(overdue == 1 ? "1 information page overdue for review" : $"{overdue} information pages overdue for review", fromHome);

        var anonymous = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Refusals.AssertRefusedAsync(anonymous, await anonymous.GetAsync("/officer/information-pages"), signedIn: false, "anonymous");
        var provider = await site.SignedInClientAsync(await site.CreateAccountAsync(Role.Provider));
        await Refusals.AssertRefusedAsync(provider, await provider.GetAsync("/officer/information-pages"), signedIn: true, "provider");
    }
}
