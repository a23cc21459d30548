using LocalOffer.IntegrationTests.Infrastructure;

namespace LocalOffer.IntegrationTests.Pages;

/// <summary>The full HTML of key pages, so any change to what families see is a reviewed change.</summary>
[Collection(FixtureSiteCollection.Name)]
public sealed class PageSnapshotTests(FixtureSite site)
{
    [Fact]
    public async Task Home_page() =>
        ApprovedFile.AssertMatches("home", await site.CreateClient().GetStringAsync("/"));

    [Fact]
    public async Task Service_page() =>
        ApprovedFile.AssertMatches("service-chatterbox", await site.CreateClient().GetStringAsync("/services/chatterbox-speech-group"));

    [Fact]
    public async Task Service_page_with_area_only_address() =>
        ApprovedFile.AssertMatches("service-little-acorns", await site.CreateClient().GetStringAsync("/services/little-acorns-childminding"));
}
