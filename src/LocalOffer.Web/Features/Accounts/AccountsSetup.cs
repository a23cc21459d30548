using System.Security.Claims;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Accounts;

public static class AccountsSetup
{
    /// <summary>How long a session lasts without a request before the person must sign in again.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(60);

    public static IServiceCollection AddAccounts(this IServiceCollection services, string dataDirectory)
    {
        // Keys for sign-in cookies, anti-forgery tokens and emailed links, kept in the database so they
        // survive restarts and every server sharing the database uses the same ones. Keys an older
        // version kept in files under the data directory are moved in on first use.
        services.AddDataProtection().SetApplicationName("LocalOffer");
        services.AddOptions<KeyManagementOptions>().Configure<IServiceScopeFactory>((o, scopes) =>
            o.XmlRepository = new DatabaseKeyRepository(scopes, Path.Combine(dataDirectory, "keys")));

        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<Registration>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<Invitations>();
        services.AddScoped<Admin.OfficerAccess>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "LocalOffer.SignIn";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = "/account/sign-in";
                o.LogoutPath = "/account/sign-out";
                o.AccessDeniedPath = "/account/access-denied";
                o.ExpireTimeSpan = IdleTimeout;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = ValidateStampAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Provider, p => p.RequireRole(nameof(Role.Provider)))
            .AddPolicy(Policies.Officer, p => p.RequireRole(nameof(Role.Officer), nameof(Role.Admin)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(Policies.ProviderOrOfficer, p => p.RequireRole(nameof(Role.Provider), nameof(Role.Officer), nameof(Role.Admin)));
        return services;
    }

    /// <summary>Every provider and officer page needs the right role; the pages check organisations themselves.</summary>
    public static void AuthorizeFolders(Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder("/Providers", Policies.Provider);
        options.Conventions.AuthorizeFolder("/Submissions", Policies.ProviderOrOfficer);
        options.Conventions.AuthorizeFolder("/Officers", Policies.Officer);
        options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
    }

    public static ClaimsPrincipal PrincipalFor(Account account) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, account.Id.ToString()),
        new Claim(ClaimTypes.Name, account.Name),
        new Claim(ClaimTypes.Role, account.Role.ToString()),
        new Claim(Policies.SecurityStampClaim, account.SecurityStamp),
    ], CookieAuthenticationDefaults.AuthenticationScheme));

    /// <summary>Starts a session for the account (a browser session: it ends when the browser closes or after the idle timeout).</summary>
    public static Task SignInAsync(this HttpContext context, Account account) =>
        context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFor(account), new AuthenticationProperties { IsPersistent = false });

    /// <summary>Where an account goes once signed in.</summary>
    public static string HomeFor(Account account) => account.Role == Role.Provider ? "/provider" : "/officer";

    /// <summary>A session ends when its account's password changes (or the account goes).</summary>
    private static async Task ValidateStampAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.AccountId() is not Guid id) { context.RejectPrincipal(); return; }
        var db = context.HttpContext.RequestServices.GetRequiredService<LocalOfferDb>();
        var stamp = await db.Accounts.Where(a => a.Id == id).Select(a => a.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (stamp is null || stamp != context.Principal.FindFirstValue(Policies.SecurityStampClaim))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}

public static class PrincipalExtensions
{
    public static Guid? AccountId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool IsOfficer(this ClaimsPrincipal user) => user.IsInRole(nameof(Role.Officer)) || user.IsInRole(nameof(Role.Admin));
}
