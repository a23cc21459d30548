using System.IO.Compression;
using System.Text.Json;
using CsvHelper;
using LocalOffer.Web.Features.Catalogue;
using Microsoft.AspNetCore.WebUtilities;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// Writes the published catalogue in Open Referral UK 3.0 form: the tabular layout (a zip of one CSV file per
/// table with a <c>datapackage.json</c>, see <see cref="TabularLayout"/>) or a JSON array of full services.
/// Listings are read a slice at a time and every table is buffered on its own (in memory, then on disk when
/// it grows), so an export of any size never holds the catalogue in memory.
/// </summary>
public sealed class TabularExport(PublishedRecords records, TimeProvider clock)
{
    public const string ZipContentType = "application/zip";

    /// <summary>
    /// Text that starts with = + - @ (a formula to a spreadsheet) is written with a ' in front, as OWASP advises
    /// for CSV files people open in spreadsheets; the import takes it off again.
    /// </summary>
    public static readonly CsvWriterOptions Csv = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
    };

    /// <summary>Writes the zip to <paramref name="destination"/>, which need not be seekable; returns how many services it holds.</summary>
    public async Task<int> WriteZipAsync(Stream destination, RecordScope scope, CancellationToken ct = default)
    {
        var taxonomies = await records.TaxonomiesAsync(ct);
        var tables = TabularLayout.All.ToDictionary(t => t.Path, _ => new TableBuffer());
        try
        {
            var organisations = new HashSet<Guid>();
            var count = 0;
            await foreach (var listing in records.AllAsync(ct))
            {
                var service = ServiceRecords.Full(listing, taxonomies, scope);
                Write(tables, service, organisations);
                count++;
            }
            foreach (var term in taxonomies.Terms) tables[TabularLayout.TaxonomyTerms.Path].Add(TabularLayout.TaxonomyTerms, term);
            foreach (var taxonomy in taxonomies.Taxonomies) tables[TabularLayout.Taxonomies.Path].Add(TabularLayout.Taxonomies, taxonomy);

            using (var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var table in TabularLayout.All)
                {
                    var entry = zip.CreateEntry(table.Path, CompressionLevel.Optimal);
                    entry.LastWriteTime = clock.GetUtcNow();
                    await using var stream = entry.Open();
                    await tables[table.Path].CopyToAsync(table, stream, ct);
                }
                var package = zip.CreateEntry("datapackage.json", CompressionLevel.Optimal);
                package.LastWriteTime = clock.GetUtcNow();
                await using var packageStream = package.Open();
                await JsonSerializer.SerializeAsync(packageStream, DataPackage(scope), DataPackageJson, ct);
            }
            return count;
        }
        finally
        {
            foreach (var table in tables.Values) await table.DisposeAsync();
        }
    }

    /// <summary>Writes a JSON array of full services, as <c>/services/{id}</c> gives each; returns how many.</summary>
    public async Task<int> WriteJsonAsync(Stream destination, RecordScope scope, CancellationToken ct = default)
    {
        var taxonomies = await records.TaxonomiesAsync(ct);
        await using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true, Encoder = Or.OpenReferralJson.Options.Encoder });
        json.WriteStartArray();
        var count = 0;
        await foreach (var listing in records.AllAsync(ct))
        {
            JsonSerializer.Serialize(json, ServiceRecords.Full(listing, taxonomies, scope), Or.OpenReferralJson.Options);
            if (++count % 100 == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
        return count;
    }

    private static void Write(Dictionary<string, TableBuffer> tables, Or.Service service, HashSet<Guid> organisations)
    {
        void Add<T>(TabularTable<T> table, IEnumerable<T>? rows)
        {
            foreach (var row in rows ?? []) tables[table.Path].Add(table, row);
        }

        Add(TabularLayout.Services, [service]);
        if (service.Organization is { } organisation && organisations.Add(organisation.Id))
        {
            Add(TabularLayout.Organizations, [organisation]);
            Add(TabularLayout.Phones, organisation.Phones);
        }
        Add(TabularLayout.Attributes, service.Attributes);
        foreach (var at in service.ServiceAtLocations ?? [])
        {
            Add(TabularLayout.ServiceAtLocations, [at]);
            if (at.Location is not { } location) continue;
            Add(TabularLayout.Locations, [location]);
            Add(TabularLayout.Addresses, location.Addresses);
            Add(TabularLayout.Accessibility, location.Accessibility);
        }
        Add(TabularLayout.Contacts, service.Contacts);
        Add(TabularLayout.Phones, (service.Contacts ?? []).SelectMany(c => c.Phones ?? []));
        Add(TabularLayout.Phones, service.Phones);
        Add(TabularLayout.Schedules, service.Schedules);
        Add(TabularLayout.Funding, service.Funding);
        Add(TabularLayout.ServiceAreas, service.ServiceAreas);
        Add(TabularLayout.Languages, service.Languages);
        Add(TabularLayout.CostOptions, service.CostOptions);
        Add(TabularLayout.Answers, (service.LocalOffer?.Answers ?? []).Select((a, i) =>
            new AnswerRow(ServiceRecords.Child("answer", service.Id, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), service.Id, a.Question, a.Answer)));
    }

    /// <summary>Frictionless Data names its properties in camelCase (<c>primaryKey</c>).</summary>
    private static readonly JsonSerializerOptions DataPackageJson = new(Or.OpenReferralJson.Options) { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The Frictionless Data package that describes the tables, as the profile's own data package does.</summary>
    private object DataPackage(RecordScope scope) => new
    {
        Profile = "tabular-data-package",
        Name = "open-referral-uk",
        Title = $"{scope.CouncilName} Local Offer: services in the Open Referral UK 3.0 tabular layout",
        Description = (scope.IncludePrivate
            ? "A COMPLETE export for moving the catalogue to another system: it holds contacts kept from the public and the exact addresses of venues shown only by area. Do not publish it. "
            : "Every published service, as anyone may see it. ")
            + "Columns follow the Open Referral UK 3.0 schemas; columns after them are HSDS 3.0 fields the UK profile leaves out, and those starting with x_ are this site's local extension.",
        Version = Or.OpenReferralJson.Version,
        Homepage = scope.PublicUrl,
        Created = clock.GetUtcNow(),
        Resources = TabularLayout.All.Select(t => new
        {
            t.Name,
            t.Path,
            Profile = "tabular-data-resource",
            Format = "csv",
            Mediatype = "text/csv",
            Encoding = "utf-8",
            Schema = new
            {
                Fields = t.Fields.Select(f => new { f.Name, f.Type, f.Format, f.Description }),
                PrimaryKey = "id",
            },
        }),
    };

    /// <summary>One table's rows as CSV, in memory while small and in a temporary file once large.</summary>
    private sealed class TableBuffer : IAsyncDisposable
    {
        private readonly FileBufferingWriteStream _buffer = new(memoryThreshold: 256 * 1024);
        private CsvWriter? _csv;

        public void Add<T>(TabularTable<T> table, T row)
        {
            var csv = Start(table);
            foreach (var column in table.Columns) WriteValue(csv, column.Value(row));
            csv.EndRecord();
        }

        private CsvWriter Start(ITabularTable table)
        {
            if (_csv is not null) return _csv;
            _csv = CsvWriter.Create(_buffer, Csv, leaveOpen: true);
            _csv.WriteHeader(table.Fields.Select(f => f.Name).ToArray());
            return _csv;
        }

        private static void WriteValue(CsvWriter csv, object? value)
        {
            switch (value)
            {
                case null: csv.WriteField((string?)null); break;
                case string text: csv.WriteField(text); break;
                case bool flag: csv.WriteField(flag); break;
                case Guid id: csv.WriteField(id, "D"); break;
                case decimal number: csv.WriteField(number, ""); break;
                case double number: csv.WriteField(number, "R"); break;
                case DateTimeOffset time: csv.WriteField(time, "yyyy-MM-ddTHH:mm:ss.fffzzz"); break;
                default: csv.WriteField(value); break;
            }
        }

        public async Task CopyToAsync(ITabularTable table, Stream destination, CancellationToken ct)
        {
            await Start(table).DisposeAsync();
            _csv = null;
            await _buffer.DrainBufferAsync(destination, ct);
        }

        public async ValueTask DisposeAsync()
        {
            if (_csv is not null) await _csv.DisposeAsync();
            await _buffer.DisposeAsync();
        }
    }
}
