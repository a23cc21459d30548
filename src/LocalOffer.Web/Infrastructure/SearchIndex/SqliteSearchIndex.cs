using System.Text;
using Microsoft.Data.Sqlite;

namespace LocalOffer.Web.Infrastructure.SearchIndex;

/// <summary>
/// The search index in its own SQLite file, using FTS5: BM25 ranking with field weights, Porter
/// stemming, a prefix index for the last word typed, and a second unstemmed table whose vocabulary
/// (names, keywords, summaries, categories, needs) feeds spelling suggestions. The file carries a format version; a file from another version, a
/// corrupt file or one out of step with the catalogue is rebuilt.
/// </summary>
public sealed class SqliteSearchIndex : ISearchIndex
{
    /// <summary>Bump when the index layout or tokenising changes: older files are then rebuilt.</summary>
    public const int FormatVersion = 2;

    // name, keywords, summary, description, categories, needs, provider
    private const string Weights = "10.0, 6.0, 4.0, 1.0, 2.0, 2.0, 1.0";

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile IReadOnlyDictionary<string, int>? _vocabulary;

    public SqliteSearchIndex(string file)
    {
        File = file;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public string File { get; }

    public async Task<string?> CheckAsync(string catalogueStamp, CancellationToken ct = default)
    {
        if (!System.IO.File.Exists(File)) return "missing";
        try
        {
            await using var connection = await OpenAsync(ct);
            if (await ScalarAsync<long>(connection, "PRAGMA user_version", ct) != FormatVersion) return "built by another version";
            if (await ScalarAsync<string>(connection, "PRAGMA quick_check", ct) != "ok") return "corrupt";
            await ScalarAsync<long>(connection, "INSERT INTO listings(listings) VALUES('integrity-check'); SELECT 1", ct);
            var stamp = await ScalarAsync<string>(connection, "SELECT value FROM meta WHERE key = 'catalogue'", ct);
            return stamp == catalogueStamp ? null : "out of step with the catalogue";
        }
        catch (SqliteException e)
        {
            return $"unreadable ({e.SqliteErrorCode})";
        }
    }

    public async Task RebuildAsync(IEnumerable<IndexDocument> documents, string catalogueStamp, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            // Build beside the live file and swap it in, so searches keep working during a rebuild.
            var building = File + ".building";
            SqliteConnection.ClearAllPools();
            DeleteFiles(building);
            Directory.CreateDirectory(Path.GetDirectoryName(File)!);
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(ct);
                await ExecuteAsync(connection, $"""
                    PRAGMA journal_mode = OFF;
                    PRAGMA synchronous = OFF;
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                    CREATE TABLE docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
                    CREATE VIRTUAL TABLE listings USING fts5(name, keywords, summary, description, categories, needs, provider,
                        content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2', prefix='3');
                    CREATE VIRTUAL TABLE words USING fts5(text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
                    CREATE VIRTUAL TABLE words_vocab USING fts5vocab(words, 'row');
                    PRAGMA user_version = {FormatVersion};
                    """, ct);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
                var writer = new DocumentWriter(connection, transaction);
                foreach (var document in documents) await writer.InsertAsync(document, ct);
                await SetStampAsync(connection, transaction, catalogueStamp, ct);
                await transaction.CommitAsync(ct);
                await ExecuteAsync(connection, "INSERT INTO listings(listings) VALUES('optimize'); PRAGMA journal_mode = DELETE;", ct);
            }
            SqliteConnection.ClearAllPools();
            DeleteFiles(File);
            System.IO.File.Move(building, File);
            _vocabulary = null;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task UpdateAsync(IReadOnlyCollection<IndexDocument> upserts, IReadOnlyCollection<Guid> removals, string catalogueStamp, CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            var writer = new DocumentWriter(connection, transaction);
            foreach (var id in removals.Concat(upserts.Select(u => u.Id))) await writer.DeleteAsync(id, ct);
            foreach (var document in upserts) await writer.InsertAsync(document, ct);
            await SetStampAsync(connection, transaction, catalogueStamp, ct);
            await transaction.CommitAsync(ct);
            _vocabulary = null;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public IReadOnlyList<IndexMatch> Search(IndexQuery query)
    {
        var match = ToFtsQuery(query);
        if (match.Length == 0) return [];
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.id, -bm25(listings, {Weights}) AS score
            FROM listings JOIN docs d ON d.rowid = listings.rowid
            WHERE listings MATCH $match
            """;
        command.Parameters.AddWithValue("$match", match);
        using var reader = command.ExecuteReader();
        var results = new List<IndexMatch>();
        while (reader.Read()) results.Add(new IndexMatch(Guid.Parse(reader.GetString(0)), reader.GetDouble(1)));
        return results;
    }

    public bool Contains(string word)
    {
        var match = Quote(word);
        if (match.Length <= 2) return false;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM listings WHERE listings MATCH $match)";
        command.Parameters.AddWithValue("$match", match);
        return (long)command.ExecuteScalar()! == 1;
    }

    public IReadOnlyDictionary<string, int> Vocabulary()
    {
        var cached = _vocabulary;
        if (cached is not null) return cached;
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM words_vocab WHERE length(term) > 2";
        using var reader = command.ExecuteReader();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read()) vocabulary[reader.GetString(0)] = reader.GetInt32(1);
        return _vocabulary = vocabulary;
    }

    /// <summary>
    /// FTS5 query text built only from quoted strings, which FTS5 treats as plain words or phrases: no
    /// operator, column filter or bracket from a visitor can reach its parser.
    /// </summary>
    public static string ToFtsQuery(IndexQuery query)
    {
        var clauses = new List<string>();
        foreach (var clause in query.Clauses)
        {
            var alternatives = clause.Alternatives.Select(Quote).Where(a => a.Length > 2).ToList();
            if (alternatives.Count == 0) continue;
            if (clause.Prefix && alternatives.Count == 1) alternatives[0] += "*";
            clauses.Add(alternatives.Count == 1 ? alternatives[0] : "(" + string.Join(" OR ", alternatives) + ")");
        }
        return string.Join(query.MatchAll ? " AND " : " OR ", clauses);
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c == '"') builder.Append("\"\"");
            else if (char.IsLetterOrDigit(c) || c == ' ') builder.Append(c);
        }
        return builder.Append('"').ToString().Replace("\" ", "\"").Replace(" \"", "\"");
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    private static async Task SetStampAsync(SqliteConnection connection, SqliteTransaction transaction, string stamp, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES('catalogue', $stamp) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$stamp", stamp);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync(ct);
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void DeleteFiles(string file)
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + "-journal" })
            if (System.IO.File.Exists(path)) System.IO.File.Delete(path);
    }

    /// <summary>Prepared statements for writing documents inside one transaction.</summary>
    private sealed class DocumentWriter
    {
        private readonly SqliteCommand _findRow, _insertDoc, _insertText, _insertWords, _deleteText, _deleteWords, _deleteDoc;

        public DocumentWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            SqliteCommand Make(string sql, params string[] parameters)
            {
                var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = sql;
                foreach (var p in parameters) command.Parameters.Add(new SqliteParameter(p, null));
                return command;
            }
            _findRow = Make("SELECT rowid FROM docs WHERE id = $id", "$id");
            _insertDoc = Make("INSERT INTO docs(id) VALUES($id) RETURNING rowid", "$id");
            _insertText = Make("INSERT INTO listings(rowid, name, keywords, summary, description, categories, needs, provider) VALUES($row, $name, $keywords, $summary, $description, $categories, $needs, $provider)",
                "$row", "$name", "$keywords", "$summary", "$description", "$categories", "$needs", "$provider");
            _insertWords = Make("INSERT INTO words(rowid, text) VALUES($row, $text)", "$row", "$text");
            _deleteText = Make("DELETE FROM listings WHERE rowid = $row", "$row");
            _deleteWords = Make("DELETE FROM words WHERE rowid = $row", "$row");
            _deleteDoc = Make("DELETE FROM docs WHERE rowid = $row", "$row");
        }

        public async Task InsertAsync(IndexDocument d, CancellationToken ct)
        {
            _insertDoc.Parameters["$id"].Value = d.Id.ToString();
            var row = (long)(await _insertDoc.ExecuteScalarAsync(ct))!;
            _insertText.Parameters["$row"].Value = row;
            _insertText.Parameters["$name"].Value = d.Name;
            _insertText.Parameters["$keywords"].Value = d.Keywords;
            _insertText.Parameters["$summary"].Value = d.Summary;
            _insertText.Parameters["$description"].Value = d.Description;
            _insertText.Parameters["$categories"].Value = d.Categories;
            _insertText.Parameters["$needs"].Value = d.Needs;
            _insertText.Parameters["$provider"].Value = d.Provider;
            await _insertText.ExecuteNonQueryAsync(ct);
            _insertWords.Parameters["$row"].Value = row;
            // The spelling vocabulary: the words that describe a service best, not every word of every description.
            _insertWords.Parameters["$text"].Value = string.Join(' ', d.Name, d.Keywords, d.Summary, d.Categories, d.Needs);
            await _insertWords.ExecuteNonQueryAsync(ct);
        }

        public async Task DeleteAsync(Guid id, CancellationToken ct)
        {
            _findRow.Parameters["$id"].Value = id.ToString();
            if (await _findRow.ExecuteScalarAsync(ct) is not long row) return;
            foreach (var command in new[] { _deleteText, _deleteWords, _deleteDoc })
            {
                command.Parameters["$row"].Value = row;
                await command.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
