using Microsoft.Data.Sqlite;

namespace LocalOffer.Web.Infrastructure.Database;

public sealed record BackupSummary(string File, long Bytes, int Listings, int Comments);

/// <summary>
/// A copy of the SQLite database taken while the site runs (SQLite's online backup: a consistent copy
/// even with requests writing), checked before it is trusted, and put back with the site stopped. The
/// search index is not backed up: it is rebuilt from the database when the site next starts.
/// For a PostgreSQL database the commands refuse and point to pg_dump and pg_restore instead.
/// </summary>
public static class DatabaseBackup
{
    public const string DatabaseFile = "localoffer.db";

    /// <summary>What the backup and restore commands say on a site whose database is PostgreSQL.</summary>
    public const string PostgreSqlAdvice =
        "The backup and restore commands copy the SQLite database file; this site's database is PostgreSQL. "
        + "Back it up with pg_dump (e.g. pg_dump --format=custom --file=localoffer.dump DATABASE) and put it back with "
        + "pg_restore (e.g. pg_restore --clean --if-exists --dbname=DATABASE localoffer.dump) with the site stopped. "
        + "Then run rebuild-search-index on each web server, so its search index matches the restored catalogue.";

    public static BackupSummary Backup(string dataDirectory, string destination)
    {
        var target = Path.GetFullPath(destination);
        if (File.Exists(target)) throw new InvalidOperationException($"{target} already exists: choose a new file name, so no backup is overwritten.");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var source = Open(Path.Combine(dataDirectory, DatabaseFile), SqliteOpenMode.ReadOnly))
        using (var copy = Open(target, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
        }
        return Check(target);
    }

    /// <summary>Puts a backup back in place of the database. Run it with the site stopped.</summary>
    public static BackupSummary Restore(string dataDirectory, string backup)
    {
        var source = Path.GetFullPath(backup);
        if (!File.Exists(source)) throw new InvalidOperationException($"{source} does not exist.");
        var summary = Check(source);
        var database = Path.Combine(dataDirectory, DatabaseFile);
        // Copy beside the database first, then swap, so a failed copy never leaves half a database.
        var incoming = database + ".restoring";
        File.Copy(source, incoming, overwrite: true);
        SqliteConnection.ClearAllPools();
        foreach (var journal in new[] { database + "-wal", database + "-shm" }) File.Delete(journal);
        File.Move(incoming, database, overwrite: true);
        var index = Path.Combine(dataDirectory, "search");
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        return summary with { File = database };
    }

    /// <summary>SQLite's integrity check, and that it is this site's database; throws when either fails.</summary>
    public static BackupSummary Check(string file)
    {
        using var connection = Open(file, SqliteOpenMode.ReadOnly);
        var integrity = Scalar(connection, "PRAGMA integrity_check");
        if (!string.Equals(integrity, "ok", StringComparison.Ordinal))
            throw new InvalidDataException($"{file} failed SQLite's integrity check: {integrity}");
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('listings', 'comments')") != "2")
            throw new InvalidDataException($"{file} is not a LocalOffer database.");
        return new BackupSummary(file, new FileInfo(file).Length,
            int.Parse(Scalar(connection, "SELECT count(*) FROM listings")!), int.Parse(Scalar(connection, "SELECT count(*) FROM comments")!));
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
