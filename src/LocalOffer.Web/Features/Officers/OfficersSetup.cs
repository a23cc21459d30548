using System.Security.Claims;
using LocalOffer.Web.Features.Accounts;

namespace LocalOffer.Web.Features.Officers;

public static class OfficersSetup
{
    public static IServiceCollection AddOfficers(this IServiceCollection services) => services
        .AddScoped<OfficerQueue>()
        .AddScoped<SubmissionReviews>()
        .AddScoped<Organisations>()
        .AddScoped<OfficerListings>()
        .AddScoped<QuestionList>()
        .AddScoped<Feedback.CommentModeration>()
        .AddScoped<Feedback.CouncilResponses>();

    /// <summary>The signed-in officer's account. The officer policy has already let them in, so it exists.</summary>
    public static async Task<Account> SignedInAsync(this AccountDirectory accounts, ClaimsPrincipal user, CancellationToken ct) =>
        await accounts.FindAsync(user.AccountId() ?? Guid.Empty, ct) ?? throw new InvalidOperationException("The signed-in account has gone.");
}

/// <summary>The green banner an officer sees on the next page after a decision.</summary>
public static class Banner
{
    public const string Text = "BannerText", Link = "BannerLink", LinkText = "BannerLinkText";

    public static void Set(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData, string text, string? link = null, string? linkText = null)
    {
        tempData[Text] = text;
        tempData[Link] = link;
        tempData[LinkText] = linkText;
    }
}
