using System.Net;

namespace LocalOffer.IntegrationTests.Officers;

/// <summary>What refusing someone an officer page looks like, shared by the officer and moderation authorisation tests.</summary>
internal static class Refusals
{
    public static string PathAndQueryOrOriginal(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;

    /// <summary>Anonymous visitors are sent to sign in; signed-in providers are shown "you cannot see this page" (403).</summary>
    public static async Task AssertRefusedAsync(HttpClient client, HttpResponseMessage response, bool signedIn, string what)
    {
        if (!signedIn)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {response.StatusCode}");
            Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQueryOrOriginal());
            return;
        }
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/account/access-denied", response.Headers.Location?.PathAndQueryOrOriginal());
            response = await client.GetAsync(response.Headers.Location);
        }
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {response.StatusCode}");
    }
}
