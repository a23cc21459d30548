using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LocalOffer.Web.Infrastructure.Database.Migrations;

// Schema changes are EF Core migrations written by hand (the EF Core design-time package that
// scaffolds them is not available to us). Each migration runs a reviewed SQL script kept beside it,
// one per database engine. EF Core records what has run in __EFMigrationsHistory, exactly as for
// scaffolded migrations. How to add one: Migrations/README.md.

[DbContext(typeof(LocalOfferDb))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0001_initial", migrationBuilder.ActiveProvider));
}

[DbContext(typeof(LocalOfferDb))]
[Migration("20261122000002_PostcodesAndUnmetSearches")]
public sealed class PostcodesAndUnmetSearches : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0002_postcodes-and-unmet-searches", migrationBuilder.ActiveProvider));
}

[DbContext(typeof(LocalOfferDb))]
[Migration("20261202000003_AccountsAndSubmissions")]
public sealed class AccountsAndSubmissions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0003_accounts-and-submissions", migrationBuilder.ActiveProvider));
}

[DbContext(typeof(LocalOfferDb))]
[Migration("20261202000004_Comments")]
public sealed class Comments : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0004_comments", migrationBuilder.ActiveProvider));
}

[DbContext(typeof(LocalOfferDb))]
[Migration("20261202000005_SeveralServers")]
public sealed class SeveralServers : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0005_several-servers", migrationBuilder.ActiveProvider));
}

[DbContext(typeof(LocalOfferDb))]
[Migration("20261203000006_VenueAndContactOrder")]
public sealed class VenueAndContactOrder : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql(MigrationScript.Read("0006_venue-and-contact-order", migrationBuilder.ActiveProvider));
}

internal static class MigrationScript
{
    public static string Read(string name, string? provider)
    {
        var engine = provider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "sqlite",
            DatabaseSetup.PostgreSqlProvider => "postgresql",
            _ => throw new NotSupportedException($"No migration scripts are written for {provider}."),
        };
        var resource = $"LocalOffer.Web.Infrastructure.Database.Migrations.{name}.{engine}.sql";
        using var stream = typeof(MigrationScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
