using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Demo;

/// <summary>
/// The demonstration catalogue: services written for this project, set in Bath and North East
/// Somerset and its neighbours, run by the fictional "Avonvale Council". Loaded only into an empty
/// database, and only when <c>LocalOffer:DemoData</c> is on.
/// </summary>
public static class DemoCatalogue
{
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Demo", "Data");

    public static IReadOnlyList<string> Files =>
        Directory.Exists(DataFolder) ? Directory.GetFiles(DataFolder, "services-*.json").Order(StringComparer.Ordinal).ToList() : [];

    public static Task<ImportResult> LoadAsync(IServiceProvider services, CancellationToken ct = default)
    {
        var importer = services.GetRequiredService<ListingFileImporter>();
        var options = services.GetRequiredService<IOptions<LocalOfferOptions>>().Value;
        return importer.ImportAsync(Files, ListingStatus.Published, options.ReviewPeriodMonths, ct);
    }
}
