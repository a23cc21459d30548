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

    /// <summary>The test runs PostgreSQL's own server programs, which only root may start as the postgres user (as CI does).</summary>
    public bool NeedsRoot
    {
        get => _needsRoot;
        set
        {
            _needsRoot = value;
            if (value && Skip is null && Environment.UserName != "root") Skip = "Needs root, to run PostgreSQL's server programs as the postgres user";
        }
    }
    private bool _needsRoot;
}
