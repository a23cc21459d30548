using System.Net;
using LocalOffer.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Security;

/// <summary>
/// The fixture catalogue and the small postcode table on a site of the security tests' own. The test
/// server has no remote address, so a test browser may give one in the X-Test-Address header and the site
/// takes it as the connection's address (for the per-address limits). Settings can be given per site.
/// </summary>
public class SecuritySite : LocalOfferSite, IAsyncLifetime
{
    public const string AddressHeader = "X-Test-Address";

    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestAddresses>());
    }

    public virtual async Task InitializeAsync()
    {
        await this.LoadPostcodesAsync();
        var published = await ImportAsync(FixtureCatalogue.Published());
        if (!published.Succeeded) throw new InvalidOperationException(string.Join('\n', published.Problems));
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>A browser (cookies kept, redirects not followed) coming from an internet address of its own.</summary>
    public HttpClient BrowserFrom(string? address = null)
    {
        var client = this.Browser();
        client.DefaultRequestHeaders.Add(AddressHeader, address ?? RandomAddress());
        return client;
    }

    /// <summary>A client that keeps no cookies, to read the Set-Cookie headers themselves.</summary>
    public HttpClient CookielessClient(string baseAddress = "http://localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(baseAddress) });

    public static string RandomAddress() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

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

/// <summary>A security site with low form limits, so the tests reach them in a few posts.</summary>
public sealed class LimitedSite : SecuritySite
{
    public const int SignInFailures = 3, ForgotPasswords = 2, Registrations = 2, PageUseful = 3, Shortlist = 4;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["LocalOffer:RateLimits:SignIn:Limit"] = SignInFailures.ToString(),
        ["LocalOffer:RateLimits:SignIn:Minutes"] = "15",
        ["LocalOffer:RateLimits:ForgotPassword:Limit"] = ForgotPasswords.ToString(),
        ["LocalOffer:RateLimits:Register:Limit"] = Registrations.ToString(),
        ["LocalOffer:RateLimits:PageUseful:Limit"] = PageUseful.ToString(),
        ["LocalOffer:RateLimits:PageUseful:Minutes"] = "1",
        ["LocalOffer:RateLimits:Shortlist:Limit"] = Shortlist.ToString(),
    };
}

/// <summary>
/// The site as a council runs it (environment Production), with a page that fails inside a real Razor
/// Page with a database error, and the API failing the same way.
/// </summary>
public sealed class ProductionSite : SecuritySite
{
    public const string FailQuery = "fail-with-sql";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(services =>
        {
            services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new FailingPages()));
            // The API's services list fails the same way when asked with ?fail-with-sql.
            services.AddHttpContextAccessor();
            services.AddScoped(provider =>
            {
                if (provider.GetRequiredService<IHttpContextAccessor>().HttpContext is { } http && http.Request.Query.ContainsKey(FailQuery))
                    BrokenSqlAsync(http).GetAwaiter().GetResult();
                return ActivatorUtilities.CreateInstance<LocalOffer.Web.Features.OpenData.OpenReferralQueries>(provider);
            });
        });
    }

    /// <summary>Any page asked for with <c>?fail-with-sql</c> runs a broken SQL statement through the real database.</summary>
    private sealed class FailingPages : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
        {
            // Not the error page itself, which the exception handler shows with the same query string.
            if (context.HttpContext.Request.Query.ContainsKey(FailQuery) && !context.HttpContext.Request.Path.StartsWithSegments("/error"))
                await BrokenSqlAsync(context.HttpContext);
            await next();
        }
    }

    private static async Task BrokenSqlAsync(HttpContext context)
    {
        var db = context.RequestServices.GetRequiredService<LocalOffer.Web.Infrastructure.Database.LocalOfferDb>();
        await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "SELECT secret_column FROM no_such_table WHERE password = 'x'");
    }
}

/// <summary>
/// A limited site told to trust a reverse proxy's X-Forwarded-For and X-Forwarded-Proto, as the README
/// says to run it behind one (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true is this setting).
/// </summary>
public sealed class BehindProxySite : SecuritySite
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["ForwardedHeaders_Enabled"] = "true",
        ["LocalOffer:RateLimits:SignIn:Limit"] = "2",
    };
}
