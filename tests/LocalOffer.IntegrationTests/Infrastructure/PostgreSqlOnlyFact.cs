namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// A test of what only PostgreSQL does here (several servers on one database, the database server
/// restarting), run in the PostgreSQL pass of the suite (<see cref="TestDatabase.Variable"/>) and
/// skipped in the SQLite pass.
/// </summary>
public sealed class PostgreSqlOnlyFactAttribute : FactAttribute
{
    public PostgreSqlOnlyFactAttribute(string reason)
    {
        if (!TestDatabase.IsPostgreSql) Skip = "PostgreSQL only: " + reason;
    }
}
