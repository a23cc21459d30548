using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Feedback;

[CollectionDefinition(Name)]
public sealed class FeedbackSiteCollection : ICollectionFixture<FeedbackSite>
{
    public const string Name = "feedback site";
}

/// <summary>
/// The fixture catalogue on a site of its own, so comments sent here do not use up another test's
/// hourly allowance. The test server has no remote address, so each test browser gives one in the
/// X-Test-Address header and the site takes it as the connection's address.
/// </summary>
public sealed class FeedbackSite : LocalOfferSite, IAsyncLifetime
{
    public const string AddressHeader = "X-Test-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestAddresses>());
    }

    public async Task InitializeAsync()
    {
        _ = Server;
        var published = await ImportAsync(FixtureCatalogue.Published());
        if (!published.Succeeded) throw new InvalidOperationException(string.Join('\n', published.Problems));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>The comment form's fields, filled in as a visitor would (the honeypot left empty).</summary>
    public static Dictionary<string, string> Fields(string text, string topic = "Missing", string giver = "ParentOrCarer", string email = "", bool agree = false) => new()
    {
        ["Form.Topic"] = topic,
        ["Form.GivenBy"] = giver,
        ["Form.Text"] = text,
        ["Form.ReplyEmail"] = email,
        ["Form.AgreeToReply"] = agree ? "true" : "false",
        ["Form.Website"] = "",
    };

    /// <summary>The stored comment with exactly these words, if one was stored.</summary>
    public async Task<Comment?> FindCommentAsync(string text)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Text == text);
    }

    /// <summary>A browser (cookies kept, redirects not followed) coming from an address of its own.</summary>
    public HttpClient BrowserFrom(string? address = null)
    {
        var client = this.Browser();
        client.DefaultRequestHeaders.Add(AddressHeader, address ?? $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}");
        return client;
    }

    private sealed class TestAddresses : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[AddressHeader], out var address)) context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
