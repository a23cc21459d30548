using Microsoft.EntityFrameworkCore;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>Fills the template form through its pages, as a provider would.</summary>
public static class TemplateForm
{
    /// <summary>A site of its own with the postcode table loaded and one provider, whose organisation's id is returned.</summary>
    public static async Task<(LocalOfferSite Site, Account Provider, Guid ProviderId)> StartProviderSiteAsync()
    {
        var site = new LocalOfferSite();
        await site.LoadPostcodesAsync();
        var provider = await site.CreateAccountAsync(Role.Provider);
        await using var scope = site.Services.CreateAsyncScope();
        var providerId = await scope.ServiceProvider.GetRequiredService<LocalOfferDb>().Providers.Where(p => p.Members.Any(m => m.Id == provider.Id)).Select(p => p.Id).SingleAsync();
        return (site, provider, providerId);
    }

    /// <summary>Valid answers for every section, by section address.</summary>
    public static Dictionary<string, List<KeyValuePair<string, string>>> ValidAnswers(string name = "Little Otters sensory swim") => new()
    {
        ["about"] = F(("Answers.Name", name), ("Answers.Summary", "Quiet swimming sessions for children with sensory needs."),
            ("Answers.Description", "Small groups in a warm pool with the lights low.\n\nParents stay in the water."), ("Answers.Keywords", "swimming, pool")),
        ["who"] = F(("Answers.MinimumAge", "3"), ("Answers.MaximumAge", "11"), ("Answers.Needs", "autism"), ("Answers.Needs", "sensory-physical"),
            ("Answers.Level", "Targeted"), ("Answers.EhcPlan", "NotNeeded"), ("Answers.Eligibility", "")),
        ["access"] = F(("Answers.Routes", "SelfReferral"), ("Answers.HowToAccess", "Ring to book a place.")),
        ["cost"] = F(("Answers.IsFree", "false"), ("Answers.Fees", "£4 a session"), ("Answers.PersonalBudget", "true"), ("Answers.PersonalBudget", "false")),
        ["where"] = F(("Answers.Delivery", "InPerson"), ("Answers.AreaWide", "false"), ("Answers.Reach", "InArea"),
            ("Answers.Venues[0].Name", "Riverside Leisure Centre"), ("Answers.Venues[0].Address", "1 River Road"), ("Answers.Venues[0].Town", "Bath"), ("Answers.Venues[0].Postcode", "ba23ep"),
            ("Answers.Opening[0].Day", "Saturday"), ("Answers.Opening[0].Opens", "09:00"), ("Answers.Opening[0].Closes", "11:30")),
        ["contact"] = F(("Answers.ContactName", "Sam Example"), ("Answers.Phone", "01632 960 001"), ("Answers.Email", "swim@example.org"), ("Answers.HideEmail", "true"), ("Answers.Website", "https://example.org/swim")),
        ["accessibility"] = F(("Answers.Features", "StepFree"), ("Answers.Features", "ChangingPlaces")),
        ["languages"] = F(("Answers.BritishSignLanguage", "true"), ("Answers.Languages", "Polish")),
        ["local-offer"] = F(("Answers.Answers[0].Key", "how-helps"), ("Answers.Answers[0].Answer", "Staff adapt every session.")),
        ["school"] = F(("Answers.IsSchoolOrCollege", "false")),
        ["categories"] = F(("Answers.Suggested", "leisure")),
    };

    private static List<KeyValuePair<string, string>> F(params (string Key, string Value)[] fields) => fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).ToList();

    public static async Task<HttpResponseMessage> SaveSectionAsync(this HttpClient client, Guid submission, string section, IEnumerable<KeyValuePair<string, string>> fields, string then = "next") =>
        await client.PostFormAsync($"/provider/drafts/{submission}/{section}", fields.Append(new("then", then)));

    /// <summary>Starts a new listing from the dashboard and returns its draft's id.</summary>
    public static async Task<Guid> StartListingAsync(this HttpClient client, Guid providerId)
    {
        var response = await client.PostFormAsync("/provider?handler=New", [new("provider", providerId.ToString())], formPage: "/provider");
        var location = response.Headers.Location?.OriginalString ?? throw new Xunit.Sdk.XunitException($"No draft started: {response.StatusCode}");
        return Guid.Parse(location.Split('/')[3]);
    }

    public static async Task LoadPostcodesAsync(this LocalOfferSite site)
    {
        _ = site.Server; // starts the site, which creates its data directory
        var file = Path.Combine(site.DataDirectory, "postcodes.csv");
        await File.WriteAllTextAsync(file, Search.SearchFixture.Postcodes.Replace("\r\n", "\n"));
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(file);
    }
}
