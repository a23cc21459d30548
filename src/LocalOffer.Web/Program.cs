using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using LocalOffer.Web.Demo;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Discovery;
using LocalOffer.Web.Features.Submissions;
using LocalOffer.Web.Features.Reviews;
using LocalOffer.Web.Infrastructure.Email;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Features.Information;
using LocalOffer.Web.Features.Languages;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Features.Officers;
using LocalOffer.Web.Features.OpenData;
using LocalOffer.Web.Features.Security;
using LocalOffer.Web.Features.Shortlist;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using LocalOffer.Web.Infrastructure.Logging;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Extensions.WebEncoders;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, WebRootPath = SiteFolders.WebRoot });

var settings = builder.Configuration.GetSection(LocalOfferOptions.Section).Get<LocalOfferOptions>() ?? new();
builder.AddSiteLogging(settings.ResolveDataDirectory(builder.Environment.ContentRootPath), settings.LogToFile);
builder.Host.UseDefaultServiceProvider(o => { o.ValidateOnBuild = true; o.ValidateScopes = true; });

builder.Services.Configure<LocalOfferOptions>(builder.Configuration.GetSection(LocalOfferOptions.Section));
builder.Services.AddSingleton<DataDirectory>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddLocalOfferDatabase();
builder.Services.AddCatalogue();
builder.Services.AddPostcodes();
builder.Services.AddInformationPages();
builder.Services.AddScoped<ListingFileImporter>();
builder.Services.AddScoped<SyntheticCatalogue>();
builder.Services.AddAccounts(settings.ResolveDataDirectory(builder.Environment.ContentRootPath));
builder.Services.AddEmail(settings.Email.Delivery);
builder.Services.AddSubmissions();
builder.Services.AddReviews();
builder.Services.AddOfficers();
builder.Services.AddFeedbackPublishing();
builder.Services.AddFeedback();
builder.Services.AddShortlist();
builder.Services.AddOpenData();
builder.Services.AddOpenDataExchange();
builder.Services.AddDiscovery();
builder.Services.AddSiteHealth();
// On a stop signal, requests already running get this long to finish before the process ends.
builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(settings.ShutdownSeconds));
builder.Services.AddRazorPages(options =>
{
    options.RootDirectory = "/Features";
    AccountsSetup.AuthorizeFolders(options);
}).AddSiteLanguageValidation();
builder.Services.AddSiteLanguages();
// Security: cookie rules, form rate limits, no uploads (Features/Security).
builder.Services.AddSecurity();
builder.Services.AddOutputCache(options => options.AddPolicy(SearchCatalogue.OutputCachePolicy, policy => policy
    .SetVaryByQuery("*").VaryByValue(_ => KeyValuePair.Create("language", CultureInfo.CurrentUICulture.Name)).Expire(TimeSpan.FromMinutes(10)).Tag(SearchCatalogue.OutputCacheTag).AddPolicy<CacheRepeatedSearches>()));
builder.Services.AddSingleton<CacheRepeatedSearches>();
// Write £, Welsh and other non-ASCII letters as themselves, not as numeric character references.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

var app = builder.Build();

if (SiteCommands.IsCommand(args)) return await SiteCommands.RunAsync(app, args);

await app.Services.PrepareDatabaseAsync();
await DatabaseKeyRepository.EnsureKeyAsync(app.Services);
await app.Services.GetRequiredService<SearchCatalogue>().EnsureReadyAsync();

app.UseMiddleware<RequestLogging>();
// Security: headers on every response (error pages, files and the API too) and the cookie policy, before anything writes a cookie.
app.UseSecurityHeaders();
// The language first, so that an error page shown in place of the page asked for (which loses its
// address's "?lang=") is in the same language.
app.UseSiteLanguages();
// The Open Referral API answers in JSON, errors included; the rest of the site in pages.
app.UseWhen(OpenReferralApi.IsApiRequest, api => api.UseOpenReferralResponses());
app.UseWhen(context => !OpenReferralApi.IsApiRequest(context), site =>
{
    site.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = LocalOffer.Web.Features.Errors.ErrorModel.StatusFor });
    site.UseStatusCodePagesWithReExecute("/error/{0}");
});
// Security: uploads and oversized bodies refused, after the error handlers so they show the error pages.
app.UseRequestLimits();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseCachedPageTokens();
app.UseOutputCache();
app.MapRazorPages();
app.MapOpenReferralApi();
app.MapOpenDataDownloads();
app.MapDiscovery();
app.MapSiteHealth();

await app.RunAsync();
return 0;

/// <summary>The site's entry point; public so the integration tests can host it.</summary>
public partial class Program;
