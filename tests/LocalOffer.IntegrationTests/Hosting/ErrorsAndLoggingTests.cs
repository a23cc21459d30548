using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Hosting;

/// <summary>The site with one extra address that fails, to see what a visitor and the logs get from a crash.</summary>
public sealed class FailingSite : LocalOfferSite
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, FailingEndpoint>());
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context =>
            {
                if (context.Request.Path == "/test/fail") throw new InvalidOperationException("Simulated failure: SELECT * FROM secrets");
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        };
    }
}

public sealed class ErrorsAndLoggingTests(FailingSite site) : IClassFixture<FailingSite>
{
    [Fact]
    public async Task A_crash_shows_a_friendly_500_page_with_no_technical_detail()
    {
        var (response, page) = await site.CreateClient().GetPageAsync("/test/fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.Text("h1"));
        var html = page.DocumentElement.OuterHtml;
        Assert.DoesNotContain("InvalidOperationException", html);
        Assert.DoesNotContain("SELECT", html);
        Assert.DoesNotContain(" at ", page.Text("main"));
        Assert.Contains(site.Logs.Lines, l => l.Contains("Simulated failure"));
    }

    [Fact]
    public async Task Each_request_is_logged_once_with_method_path_status_and_time()
    {
        await site.CreateClient().GetAsync("/services?age=3-5&q=swim");

        var lines = site.Logs.Lines.Where(l => l.Contains("HTTP GET /services?age=3-5&q=swim")).ToList();
        var line = Assert.Single(lines);
        Assert.Matches(@"responded 200 in \d+\.\d ms", line);
    }

    [Fact]
    public async Task A_visitors_postcode_never_reaches_the_logs()
    {
        var client = site.CreateClient();
        await client.GetAsync("/services?postcode=BA2+3EP&age=3-5");
        await client.GetAsync("/services?postcode=ba2%203ep");
        await client.GetAsync("/no-such-page?postcode=BS31%201EH");

        var all = string.Join('\n', site.Logs.Lines);
        foreach (var leak in new[] { "BA2 3EP", "BA2+3EP", "BA2%203EP", "ba2%203ep", "ba2 3ep", "BS31%201EH", "BS31 1EH" })
            Assert.DoesNotContain(leak, all, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("HTTP GET /services?postcode=[redacted]&age=3-5 responded 200", all);
        Assert.Contains("HTTP GET /no-such-page?postcode=[redacted] responded 404", all);
    }
}
