using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// Which database engine the tests run the site on. By default each site has its SQLite file in its data
/// directory; when <c>LOCALOFFER_TEST_POSTGRES</c> holds a PostgreSQL server's connection string (e.g.
/// <c>Host=127.0.0.1;Port=5432;Username=localoffer;Password=localoffer</c>), each data directory gets a fresh
/// database of its own on that server instead, named after the folder, so a second site started on a kept
/// data directory finds the first one's data. The search index stays a SQLite file in the data directory.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "LOCALOFFER_TEST_POSTGRES";

    private static readonly ConcurrentDictionary<string, byte> Created = new();

    static TestDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        // Databases of sites kept for a later one that never came, or of processes a test did not clean up after.
        foreach (var name in Created.Keys) { try { Drop(name, quietly: true); } catch (NpgsqlException) { } }
    };

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool IsPostgreSql => Server is not null;

    public static string DatabaseName(string dataDirectory)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)));
        var id = Guid.TryParseExact(folder, "N", out var guid) ? guid.ToString("N")
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..32];
        return "lo_test_" + id;
    }

    /// <summary>The site's database settings for this data directory (none on SQLite); creates the PostgreSQL database if it is missing.</summary>
    public static IReadOnlyDictionary<string, string> Settings(string dataDirectory)
    {
        if (Server is null) return new Dictionary<string, string>();
        var name = DatabaseName(dataDirectory);
        Create(name);
        return new Dictionary<string, string>
        {
            ["LocalOffer:Database:Provider"] = "PostgreSQL",
            ["LocalOffer:Database:ConnectionString"] = ConnectionString(name),
        };
    }

    /// <summary>The same settings as environment variables, for a site started as a process.</summary>
    public static IEnumerable<KeyValuePair<string, string>> EnvironmentSettings(string dataDirectory) =>
        Settings(dataDirectory).Select(s => KeyValuePair.Create(s.Key.Replace(":", "__"), s.Value));

    public static string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(Server)
    {
        Database = database,
        // Hundreds of test sites: idle connections go back quickly so the server's limit is never reached.
        ConnectionIdleLifetime = 10,
        MaxPoolSize = 20,
    }.ToString();

    /// <summary>Drops the data directory's database, if this is a PostgreSQL run and it exists.</summary>
    public static void Drop(string dataDirectory)
    {
        if (Server is null) return;
        Drop(DatabaseName(dataDirectory), quietly: false);
    }

    private static void Create(string name)
    {
        if (Created.ContainsKey(name)) return;
        using var connection = Admin();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (exists.ExecuteScalar() is null)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            create.ExecuteNonQuery();
        }
        Created[name] = 0;
    }

    private static void Drop(string name, bool quietly)
    {
        using (var pooled = new NpgsqlConnection(ConnectionString(name))) NpgsqlConnection.ClearPool(pooled);
        using var connection = Admin();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        if (quietly) drop.CommandTimeout = 5;
        drop.ExecuteNonQuery();
        Created.TryRemove(name, out _);
    }

    private static NpgsqlConnection Admin()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
