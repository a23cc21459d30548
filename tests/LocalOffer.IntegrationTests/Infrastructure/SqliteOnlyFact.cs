namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// A test about the SQLite database file itself (its backup, its locks), skipped when the run uses
/// PostgreSQL (<see cref="TestDatabase.Variable"/>); say why, and test the PostgreSQL side separately.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string reason)
    {
        if (TestDatabase.IsPostgreSql) Skip = "SQLite only: " + reason;
    }
}
