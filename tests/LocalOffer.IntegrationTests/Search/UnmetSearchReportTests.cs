using LocalOffer.Web.Features.Catalogue.Search;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Search;

public sealed class UnmetSearchReportTests
{
    [Fact]
    public async Task Officers_get_the_most_frequent_unmet_searches_as_csv_without_postcodes()
    {
        await using var site = new SearchSite();
        await site.InitializeAsync();
        var client = site.CreateClient();
        foreach (var url in new[]
        {
            "/services?q=horse+riding&postcode=BA2+3EP", "/services?q=Horse+Riding!&postcode=BA1+1AA", "/services?q=horse+riding+&postcode=ba2+3ep",
            "/services?q==cmd|calc&age=19-25", "/services?q=autism", "/services?q=ASD&day=sunday&free=true",
        })
        {
            await client.GetAsync(url);
        }

        await using var scope = site.Services.CreateAsyncScope();
        var writer = new StringWriter();
        await scope.ServiceProvider.GetRequiredService<UnmetSearchReport>().WriteCsvAsync(writer, since: null);
        var lines = writer.ToString().Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal("searches,words,filters,postcode_district,first_seen,last_seen", lines[0]);
        Assert.StartsWith("2,horse riding,,BA2,", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("1,horse riding,,BA1,"));
        Assert.Contains(lines, l => l.StartsWith("1,asd,free=true&day=sunday,,"));
        Assert.Contains(lines, l => l.StartsWith("1,'cmd calc,age=19-25,,") || l.StartsWith("1,cmd calc,age=19-25,,"));
        Assert.DoesNotContain(lines, l => l.Contains("autism"));
        Assert.DoesNotContain("3EP", writer.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(5, lines.Count);
    }
}
