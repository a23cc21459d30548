using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Hosting;
using Npgsql;

namespace LocalOffer.UnitTests.Database;

public sealed class DatabaseConnectionTests
{
    [Fact]
    public void PostgreSQL_reuses_prepared_statements_unless_the_council_says_otherwise()
    {
        var chosen = DatabaseConnection.From(new DatabaseOptions { Provider = "postgresql", ConnectionString = "Host=db;Database=localoffer;Username=lo" }, "data");
        var settings = new NpgsqlConnectionStringBuilder(chosen.ConnectionString);
        Assert.Equal(DatabaseEngine.PostgreSql, chosen.Engine);
        Assert.Equal((50, true, "db", "localoffer"), (settings.MaxAutoPrepare, settings.NoResetOnClose, settings.Host, settings.Database));

        var own = new NpgsqlConnectionStringBuilder(DatabaseConnection.From(
            new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = "Host=db;Max Auto Prepare=0;NoResetOnClose=false" }, "data").ConnectionString);
        Assert.Equal((0, false), (own.MaxAutoPrepare, own.NoResetOnClose));
    }
}
