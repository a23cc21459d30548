using System.Diagnostics;
using System.Globalization;
using System.Data;
using System.Data.Common;
using CsvHelper;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Infrastructure.Postcodes;

/// <summary>One row of the file that could not be read, by its line in the file (the header is line 1).</summary>
public sealed record OnspdBadRow(long Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

public sealed record OnspdImportSummary(
    int RowsRead,
    int Loaded,
    int SkippedTerminated,
    int SkippedNoCoordinates,
    int BadRows,
    IReadOnlyList<OnspdBadRow> FirstBadRows,
    int Duplicates,
    int Districts,
    int Sectors,
    TimeSpan Elapsed)
{
    /// <summary>False when the file held no usable postcode, so the table was left as it was.</summary>
    public bool Replaced => Loaded > 0;
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? RowsRead / Elapsed.TotalSeconds : RowsRead;
}

/// <summary>
/// Loads the ONS Postcode Directory (ONSPD) CSV into the postcodes table and works out the district and
/// sector centres. The whole load is one transaction, so the site keeps answering from the old table
/// until the new one is complete. ONSPD has about 2.7 million rows, so rows go in through a prepared
/// multi-row insert rather than EF Core's change tracker, on SQLite and PostgreSQL alike.
/// </summary>
public sealed class OnspdImporter(LocalOfferDb db, ILogger<OnspdImporter> logger, PostcodeCache? cache = null)
{
    public const int MaxBadRowsReported = 20;

    // Measured on SQLite: 8 to 32 rows a statement are equally quick; from about 50 it gets slower,
    // because Microsoft.Data.Sqlite binds each parameter by name. PostgreSQL gains from fewer round
    // trips, so it takes bigger statements (well under its 65,535 parameters).
    private const int SqliteBatchRows = 16, PostgreSqlBatchRows = 500;

    // The ONS writes lat 99.999999, long 0.000000 for a postcode with no grid reference.
    private const double NoCoordinatesLatitude = 99.999999;

    public async Task<OnspdImportSummary> ImportAsync(string path, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var firstBad = new List<OnspdBadRow>();
        int bad = 0, malformed = 0;
        void Bad(long line, string reason)
        {
            bad++;
            firstBad.Add(new(line, reason));
            // Malformed rows are reported as the reader scans ahead, so keep the lowest lines, not the first found.
            if (firstBad.Count > MaxBadRowsReported)
            {
                firstBad.Sort((a, b) => a.Line.CompareTo(b.Line));
                firstBad.RemoveAt(MaxBadRowsReported);
            }
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            FormatProvider = CultureInfo.InvariantCulture,
            TrackLineNumbers = true,
            // One stray quote must not swallow the rest of the file into one field.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = r =>
            {
                malformed++;
                Bad(r.LineNumber, $"the row is not well-formed CSV ({r.Reason})");
            },
        };
        using var csv = CsvReader.FromFile(path, options, FileOptions.SequentialScan);
        var columns = Columns.Find(csv);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var postgres = DatabaseSetup.IsPostgreSql(db);
            var connection = db.Database.GetDbConnection();
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, """DELETE FROM "postcodes"; DELETE FROM "postcode_areas";""");

            using var insert = new BatchInsert(connection, transaction, postgres ? PostgreSqlBatchRows : SqliteBatchRows);
            int rows = 0, loaded = 0, terminated = 0, noCoordinates = 0, duplicates = 0;

            while (csv.Read())
            {
                rows++;
                if (rows % 100_000 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    if (rows % 500_000 == 0) logger.LogInformation("Read {Rows} rows of the postcode file", rows);
                }

                switch (Read(csv, columns, out var row, out var reason))
                {
                    case RowKind.Terminated: terminated++; break;
                    case RowKind.NoCoordinates: noCoordinates++; break;
                    case RowKind.Bad: Bad(csv.LineNumber, reason!); break;
                    case RowKind.Live:
                        if (insert.Add(row) is var added and >= 0)
                        {
                            loaded += added;
                            duplicates += insert.Size - added;
                        }
                        break;
                }
            }
            var last = insert.Flush();
            loaded += last.Added;
            duplicates += last.Rows - last.Added;
            firstBad.Sort((a, b) => a.Line.CompareTo(b.Line));
            // The reader passes over malformed rows itself; they were still read.
            rows += malformed;

            if (loaded == 0)
            {
                transaction.Rollback();
                logger.LogWarning("The postcode file held no live postcode with coordinates; the postcode table is unchanged");
                return new(rows, 0, terminated, noCoordinates, bad, firstBad, duplicates, 0, 0, clock.Elapsed);
            }

            var districts = Execute(connection, transaction, """
                INSERT INTO "postcode_areas" ("Code", "Kind", "Latitude", "Longitude", "PostcodeCount")
                SELECT "District", 'District', avg("Latitude"), avg("Longitude"), count(*) FROM "postcodes" GROUP BY "District";
                """);
            var sectors = Execute(connection, transaction, """
                INSERT INTO "postcode_areas" ("Code", "Kind", "Latitude", "Longitude", "PostcodeCount")
                SELECT "Sector", 'Sector', avg("Latitude"), avg("Longitude"), count(*) FROM "postcodes" GROUP BY "Sector";
                """);
            transaction.Commit();
            cache?.Clear();
            // On SQLite a load this size leaves a large write-ahead log behind: give the space back.
            // PostgreSQL is told the table's new size, so it plans lookups on it well.
            Execute(connection, null, postgres ? """ANALYZE "postcodes"; ANALYZE "postcode_areas";""" : "PRAGMA wal_checkpoint(TRUNCATE);");

            logger.LogInformation(
                "Loaded {Loaded} postcodes ({Districts} districts, {Sectors} sectors) from {Rows} rows in {Seconds:F1}s; skipped {Terminated} terminated, {NoCoordinates} without coordinates, {Bad} bad rows, {Duplicates} duplicates",
                loaded, districts, sectors, rows, clock.Elapsed.TotalSeconds, terminated, noCoordinates, bad, duplicates);
            return new(rows, loaded, terminated, noCoordinates, bad, firstBad, duplicates, districts, sectors, clock.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private enum RowKind { Live, Terminated, NoCoordinates, Bad }

    private static RowKind Read(CsvReader csv, Columns columns, out PostcodeRecord row, out string? reason)
    {
        row = null!;
        reason = null;
        if (csv.FieldCount <= columns.Highest)
        {
            reason = $"has {csv.FieldCount} columns, the header has {columns.Count}";
            return RowKind.Bad;
        }
        if (columns.Terminated >= 0 && !csv.IsEmpty(columns.Terminated) && !string.IsNullOrWhiteSpace(csv.GetString(columns.Terminated))) return RowKind.Terminated;

        var text = csv.GetString(columns.Postcode);
        if (!UkPostcode.TryParse(text, out var postcode) || !postcode.IsFull)
        {
            reason = $"'{Shorten(text)}' is not a full UK postcode";
            return RowKind.Bad;
        }

        if (csv.IsEmpty(columns.Latitude) || csv.IsEmpty(columns.Longitude)) return RowKind.NoCoordinates;
        if (!csv.TryParse<double>(columns.Latitude, out var lat) || !csv.TryParse<double>(columns.Longitude, out var lon))
        {
            reason = $"latitude '{Shorten(csv.GetString(columns.Latitude))}' or longitude '{Shorten(csv.GetString(columns.Longitude))}' is not a number";
            return RowKind.Bad;
        }
        if (Math.Abs(lat - NoCoordinatesLatitude) < 1e-9) return RowKind.NoCoordinates;
        if (lat is < -90 or > 90 || lon is < -180 or > 180 || !double.IsFinite(lat) || !double.IsFinite(lon))
        {
            reason = $"latitude {csv.GetString(columns.Latitude)} or longitude {csv.GetString(columns.Longitude)} is off the globe";
            return RowKind.Bad;
        }

        row = new PostcodeRecord { Postcode = postcode.Normalised, District = postcode.District, Sector = postcode.Sector!, Latitude = lat, Longitude = lon };
        return RowKind.Live;
    }

    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "...";

    private static int Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Where the columns the importer needs are, by header name; every other column is ignored.</summary>
    private sealed record Columns(int Postcode, int Terminated, int Latitude, int Longitude, int Count)
    {
        public int Highest => Math.Max(Math.Max(Postcode, Terminated), Math.Max(Latitude, Longitude));

        public static Columns Find(CsvReader csv)
        {
            // Exact names first, then ignoring case and surrounding spaces.
            int Index(params string[] names)
            {
                foreach (var name in names)
                    if (csv.TryGetFieldIndex(name, out var at)) return at;
                return -1;
            }
            if (csv.Headers.Count == 0) throw new InvalidDataException("The postcode file is empty.");
            // pcds is the one-space form; the fixed-width forms parse to the same postcode.
            var postcode = Index("pcds", "pcd", "pcd2");
            var latitude = Index("lat");
            var longitude = Index("long");
            if (postcode < 0 || latitude < 0 || longitude < 0)
                throw new InvalidDataException("The postcode file needs the ONSPD columns pcds (or pcd or pcd2), lat and long in its header row.");
            // Without doterm nothing counts as terminated; ONSPD always has it.
            return new(postcode, Index("doterm"), latitude, longitude, csv.Headers.Count);
        }
    }

    /// <summary>A prepared INSERT of <see cref="Size"/> rows, and one for whatever is left at the end.</summary>
    private sealed class BatchInsert : IDisposable
    {
        private readonly DbConnection _connection;
        private readonly DbTransaction _transaction;
        private readonly DbCommand _full;
        private readonly PostcodeRecord[] _pending;
        private int _count;

        public BatchInsert(DbConnection connection, DbTransaction transaction, int size)
        {
            _connection = connection;
            _transaction = transaction;
            _pending = new PostcodeRecord[size];
            _full = Command(size);
        }

        public int Size => _pending.Length;

        /// <summary>Queues a row; when that fills a batch, inserts it and returns how many rows were new, else -1.</summary>
        public int Add(PostcodeRecord row)
        {
            _pending[_count++] = row;
            if (_count < Size) return -1;
            _count = 0;
            return Run(_full, Size);
        }

        public (int Rows, int Added) Flush()
        {
            if (_count == 0) return (0, 0);
            using var rest = Command(_count);
            var rows = _count;
            _count = 0;
            return (rows, Run(rest, rows));
        }

        // ON CONFLICT keeps the first of two rows for one postcode; the caller counts the other as a duplicate.
        private DbCommand Command(int rows)
        {
            var command = _connection.CreateCommand();
            command.Transaction = _transaction;
            var values = string.Join(',', Enumerable.Range(0, rows).Select(i => $"(@p{i},@d{i},@s{i},@a{i},@o{i})"));
            command.CommandText = $"""INSERT INTO "postcodes" ("Postcode", "District", "Sector", "Latitude", "Longitude") VALUES {values} ON CONFLICT("Postcode") DO NOTHING""";
            for (var i = 0; i < rows; i++)
            {
                Add(command, $"@p{i}", DbType.String);
                Add(command, $"@d{i}", DbType.String);
                Add(command, $"@s{i}", DbType.String);
                Add(command, $"@a{i}", DbType.Double);
                Add(command, $"@o{i}", DbType.Double);
            }
            command.Prepare();
            return command;
        }

        private static void Add(DbCommand command, string name, DbType type)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        private int Run(DbCommand command, int rows)
        {
            var parameters = command.Parameters;
            for (var i = 0; i < rows; i++)
            {
                var row = _pending[i];
                parameters[i * 5].Value = row.Postcode;
                parameters[i * 5 + 1].Value = row.District;
                parameters[i * 5 + 2].Value = row.Sector;
                parameters[i * 5 + 3].Value = row.Latitude;
                parameters[i * 5 + 4].Value = row.Longitude;
            }
            return command.ExecuteNonQuery();
        }

        public void Dispose() => _full.Dispose();
    }
}
