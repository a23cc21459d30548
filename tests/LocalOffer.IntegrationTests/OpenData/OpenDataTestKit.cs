using System.IO.Compression;
using System.Net.Http.Json;
using CsvHelper;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.OpenData;
using Microsoft.Extensions.DependencyInjection;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.IntegrationTests.OpenData;

/// <summary>The Open Referral commands run against a test site, as the site's executable runs them, and what they wrote read back.</summary>
internal static class OpenDataTestKit
{
    public static string Example(string file) => Path.Combine(AppContext.BaseDirectory, "OpenData", "examples", file);

    public static async Task<(int Exit, string Output, string Error)> RunAsync(LocalOfferSite site, params string[] args)
    {
        Assert.True(LocalOffer.Web.Infrastructure.Hosting.SiteCommands.IsCommand(args));
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await OpenDataCommands.RunAsync(site.Services, args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A published service as the Open Referral API serves it, or null when the API does not know it.</summary>
    public static async Task<Or.Service?> RecordAsync(LocalOfferSite site, Guid id)
    {
        var response = await site.CreateClient().GetAsync($"{OpenReferralApi.BasePath}/services/{id}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return null;
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<Or.Service>(Or.OpenReferralJson.Options);
    }

    /// <summary>
    /// Every published service's full record, by id, read as the API reads them (the API gives only the public
    /// scope, and one service a request, so a whole catalogue in the complete scope is read here directly).
    /// </summary>
    public static async Task<Dictionary<Guid, Or.Service>> AllRecordsAsync(LocalOfferSite site, bool complete)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<PublishedRecords>();
        var taxonomies = await records.TaxonomiesAsync();
        var all = new Dictionary<Guid, Or.Service>();
        await foreach (var listing in records.AllAsync()) all[listing.Id] = ServiceRecords.Full(listing, taxonomies, complete ? records.CompleteScope : records.PublicScope);
        return all;
    }

    /// <summary>One CSV table of a zip, as rows of column name to value.</summary>
    public static List<Dictionary<string, string>> Table(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"{path} is not in the zip");
        using var csv = CsvReader.Create(entry.Open(), CsvReaderOptions.Default with { Separator = ',', AllowLineBreaksInQuotes = true });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(csv.Headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(x => x.h, x => x.Item2));
        return rows;
    }

    public static IReadOnlyList<string> Header(ZipArchive zip, string path)
    {
        using var csv = CsvReader.Create(zip.GetEntry(path)!.Open(), CsvReaderOptions.Default with { Separator = ',' });
        return csv.Headers.ToList();
    }

    /// <summary>A folder holding the given tables, for the import to read.</summary>
    public static string Folder(LocalOfferSite site, params (string File, string Text)[] tables)
    {
        var folder = Path.Combine(site.DataDirectory, "tables-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var (file, text) in tables) File.WriteAllText(Path.Combine(folder, file), text.ReplaceLineEndings("\n"));
        return folder;
    }
}
