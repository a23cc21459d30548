using System.IO.Compression;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.OpenData;

/// <param name="Status">What imported services land as: published, or pending for an officer.</param>
/// <param name="SkipBadRows">Import the good services and leave out the bad (still reported); otherwise any bad row imports nothing at all.</param>
/// <param name="MappingFile">The taxonomy mapping file; the starter file shipped with the site when null.</param>
public sealed record OpenReferralImportOptions(ListingStatus Status = ListingStatus.Published, bool SkipBadRows = false, string? MappingFile = null);

/// <param name="Listings">What was imported, and every bad row or entry.</param>
/// <param name="Notes">What was imported differently from the data (an age above 25, a venue found by its postcode): not errors.</param>
/// <param name="Unmapped">Taxonomy terms that gave no category or need.</param>
/// <param name="ServicesRead">How many services the data held.</param>
public sealed record OpenReferralImportResult(ImportResult Listings, IReadOnlyList<ImportProblem> Notes, IReadOnlyList<UnmappedTerm> Unmapped, int ServicesRead);

/// <summary>
/// Imports Open Referral UK 3.0 data into the catalogue: JSON (a full service, an array of them, an API page; a
/// file or a folder of files) or the tabular layout (a folder or a zip holding services.csv and the tables around
/// it). Services are matched on their ids, so importing again updates them; a listing that exists keeps its
/// address (slug). Every service is read and checked before anything changes; by default any bad row or entry
/// means nothing at all is imported. The import itself is one transaction, and the search index is brought up to
/// date before it returns.
/// </summary>
public sealed class OpenReferralImport(LocalOfferDb db, ListingFileImporter importer, IPostcodeLookup postcodes, IOptions<LocalOfferOptions> options)
{
    public async Task<OpenReferralImportResult> ImportAsync(string path, OpenReferralImportOptions import, CancellationToken ct = default)
    {
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var needs = await db.Needs.AsNoTracking().ToListAsync(ct);
        var (mapping, mappingProblems) = TaxonomyMapping.Load(import.MappingFile ?? TaxonomyMapping.DefaultFile, categories, needs);
        // The mapping is the council's configuration: a mistake in it stops the import whatever the switches say.
        if (mappingProblems.Count > 0) return new(new ImportResult(0, 0, mappingProblems), [], [], 0);

        var read = Read(path);
        var organisations = await db.Providers.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var entries = new ServiceEntries(mapping, postcodes, options.Value.Council.Name, organisations);
        var sourced = new List<SourcedEntry>(read.Services.Count);
        foreach (var service in read.Services)
            sourced.Add(await entries.ToEntryAsync(service.Service, service.Source, service.Reasons, ct));

        var result = await importer.ImportEntriesAsync(sourced, read.Problems,
            new ImportOptions(import.Status, options.Value.ReviewPeriodMonths, import.SkipBadRows), ct);
        return new(result, entries.Notes, mapping.Unmapped, read.Services.Count);
    }

    /// <summary>Reads a JSON file, a zip, or a folder (of tables, or of JSON files).</summary>
    public static ReadResult Read(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.GetFiles(path).ToDictionary(f => Path.GetFileName(f), StringComparer.OrdinalIgnoreCase);
            if (files.ContainsKey(TabularImport.ServicesFile))
                return TabularImport.Read(name => files.TryGetValue(name, out var file) ? File.OpenRead(file) : null);
            return Combine(files.Keys.Where(IsJson).Order(StringComparer.Ordinal)
                .Select(name => OpenReferralJsonReader.Read(name, File.ReadAllBytes(files[name]))));
        }
        if (Path.GetExtension(path).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            // A zip may keep its tables in a folder of its own.
            var entries = zip.Entries.Where(e => e.Name.Length > 0).GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.OrderBy(e => e.FullName.Length).First(), StringComparer.OrdinalIgnoreCase);
            if (entries.ContainsKey(TabularImport.ServicesFile))
                return TabularImport.Read(name => entries.TryGetValue(name, out var entry) ? entry.Open() : null);
            return Combine(entries.Keys.Where(IsJson).Order(StringComparer.Ordinal).Select(name =>
            {
                using var stream = entries[name].Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                return OpenReferralJsonReader.Read(name, bytes.ToArray());
            }));
        }
        if (Path.GetFileName(path).Equals(TabularImport.ServicesFile, StringComparison.OrdinalIgnoreCase))
            return Read(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            return new([], [new ImportProblem(Path.GetFileName(path), 0, "", "a table is read with the others: give the folder or zip that holds services.csv")]);
        return OpenReferralJsonReader.Read(Path.GetFileName(path), File.ReadAllBytes(path));
    }

    private static bool IsJson(string name) => name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !name.Equals("datapackage.json", StringComparison.OrdinalIgnoreCase);

    private static ReadResult Combine(IEnumerable<ReadResult> results)
    {
        var all = results.ToList();
        return new(all.SelectMany(r => r.Services).ToList(), all.SelectMany(r => r.Problems).ToList());
    }
}
