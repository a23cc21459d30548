using System.Globalization;
using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Infrastructure.Database;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Postcodes;

/// <summary>Postcode lookups on a real SQLite file, loaded through the real ONSPD importer.</summary>
public sealed class PostcodeTests : IAsyncLifetime
{
    private readonly LocalOfferSite _site = new();

    // The ONSPD layout, with a few of the columns the importer must ignore.
    private const string Header = "pcd,pcd2,pcds,dointr,doterm,oscty,usertype,oseast1m,osnrth1m,osgrdind,lat,long,imd";

    private static string Row(string pcds, double lat, double lon, string doterm = "") =>
        Line(pcds, lat.ToString("F6", CultureInfo.InvariantCulture), lon.ToString("F6", CultureInfo.InvariantCulture), doterm);

    private static string Line(string pcds, string lat, string lon, string doterm = "")
    {
        var (pcd, pcd2) = (pcds, pcds);
        if (pcds.Split(' ') is [{ Length: >= 2 and <= 4 } outward, { Length: 3 } inward])
            (pcd, pcd2) = (outward + new string(' ', 4 - outward.Length) + inward, outward.PadRight(4) + " " + inward);
        return $"\"{pcd}\",\"{pcd2}\",\"{pcds}\",\"199801\",\"{doterm}\",\"E99999999\",\"0\",374960,164650,\"1\",{lat},{lon},12345";
    }

    // Lines: header 1, then 2 onwards.
    private static readonly string[] Sample =
    [
        Row("BA2 3EP", 51.3770, -2.3750),           // 2
        Row("BA2 3EQ", 51.3790, -2.3770),           // 3
        Row("BA2 4AA", 51.3750, -2.3550),           // 4
        Row("BA2 3ZZ", 51.3800, -2.3800, "201512"), // 5 terminated
        Row("BA2 3ZY", 99.999999, 0),               // 6 no grid reference
        Row("BS31 1EH", 51.4167, -2.5019),          // 7
    ];

    public Task InitializeAsync() { _ = _site.Server; return Task.CompletedTask; }
    public Task DisposeAsync() => _site.DisposeAsync().AsTask();

    private async Task<OnspdImportSummary> ImportAsync(params IEnumerable<string> rows)
    {
        var file = Path.Combine(_site.DataDirectory, $"onspd-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, [Header, .. rows]);
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(file);
    }

    private async Task<PostcodeLocation?> FindAsync(string text)
    {
        Assert.True(UkPostcode.TryParse(text, out var postcode), $"'{text}' should parse");
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IPostcodeLookup>().FindAsync(postcode);
    }

    private async Task<T> QueryAsync<T>(Func<LocalOfferDb, Task<T>> query)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LocalOfferDb>());
    }

    [Fact]
    public async Task A_postcode_in_the_table_is_found_exactly_whatever_its_case_and_spacing()
    {
        await ImportAsync(Sample);

        var found = await FindAsync(" ba23ep ");

        Assert.Equal(new PostcodeLocation(51.3770, -2.3750, PostcodeMatch.Exact, "BA2 3EP"), found);
    }

    [Fact]
    public async Task An_unknown_postcode_in_a_known_sector_falls_back_to_the_sector_centre()
    {
        await ImportAsync(Sample);

        var found = await FindAsync("BA2 3XX");

        Assert.NotNull(found);
        Assert.Equal((PostcodeMatch.Sector, "BA2 3"), (found.Match, found.MatchedCode));
        Assert.Equal((51.3770 + 51.3790) / 2, found.Latitude, 9);
        Assert.Equal((-2.3750 + -2.3770) / 2, found.Longitude, 9);
    }

    [Fact]
    public async Task An_unknown_sector_falls_back_to_the_district_centre()
    {
        await ImportAsync(Sample);

        var found = await FindAsync("BA2 9AB");

        Assert.NotNull(found);
        Assert.Equal((PostcodeMatch.District, "BA2"), (found.Match, found.MatchedCode));
        Assert.Equal((51.3770 + 51.3790 + 51.3750) / 3, found.Latitude, 9);
    }

    [Fact]
    public async Task An_outward_code_alone_goes_straight_to_the_district()
    {
        await ImportAsync(Sample);

        var found = await FindAsync("bs31");

        Assert.Equal(new PostcodeLocation(51.4167, -2.5019, PostcodeMatch.District, "BS31"), found);
    }

    [Fact]
    public async Task An_unknown_district_finds_nothing()
    {
        await ImportAsync(Sample);

        Assert.Null(await FindAsync("ZE1 1AA"));
        Assert.Null(await FindAsync("ZE1"));
    }

    [Fact]
    public async Task Terminated_postcodes_and_postcodes_without_coordinates_are_skipped()
    {
        var summary = await ImportAsync(Sample);

        Assert.Equal((6, 4, 1, 1, 0), (summary.RowsRead, summary.Loaded, summary.SkippedTerminated, summary.SkippedNoCoordinates, summary.BadRows));
        Assert.Equal((2, 3), (summary.Districts, summary.Sectors));
        var codes = await QueryAsync(db => db.Postcodes.Select(p => p.Postcode).OrderBy(p => p).ToListAsync());
        Assert.Equal(["BA23EP", "BA23EQ", "BA24AA", "BS311EH"], codes);
        // The terminated postcode still finds its sector; its own old centre is gone.
        Assert.Equal(PostcodeMatch.Sector, (await FindAsync("BA2 3ZZ"))!.Match);
    }

    [Fact]
    public async Task District_and_sector_centres_are_the_averages_of_their_postcodes()
    {
        await ImportAsync(Sample);

        var areas = await QueryAsync(db => db.PostcodeAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync());

        Assert.Equal(["BA2", "BA2 3", "BA2 4", "BS31", "BS31 1"], areas.Select(a => a.Code));
        Assert.Equal([PostcodeAreaKind.District, PostcodeAreaKind.Sector, PostcodeAreaKind.Sector, PostcodeAreaKind.District, PostcodeAreaKind.Sector], areas.Select(a => a.Kind));
        Assert.Equal([3, 2, 1, 1, 1], areas.Select(a => a.PostcodeCount));
    }

    [Fact]
    public async Task Importing_again_replaces_the_table_rather_than_adding_to_it()
    {
        await ImportAsync(Sample);
        var again = await ImportAsync(Row("BA2 3EP", 51.3771, -2.3751), Row("BA1 1AY", 51.3848, -2.3592));

        Assert.Equal(2, again.Loaded);
        var codes = await QueryAsync(db => db.Postcodes.Select(p => p.Postcode).OrderBy(p => p).ToListAsync());
        Assert.Equal(["BA11AY", "BA23EP"], codes);
        Assert.Equal(51.3771, (await FindAsync("BA2 3EP"))!.Latitude, 9);
        Assert.Null(await FindAsync("BS31 1EH"));
        var areas = await QueryAsync(db => db.PostcodeAreas.Select(a => a.Code).OrderBy(c => c).ToListAsync());
        Assert.Equal(["BA1", "BA1 1", "BA2", "BA2 3"], areas);
    }

    [Fact]
    public async Task Bad_rows_are_counted_and_reported_by_line_without_stopping_the_load()
    {
        var summary = await ImportAsync(
            Row("BA2 3EP", 51.3770, -2.3750),                   // 2
            Row("NOT A CODE", 51.3770, -2.3750),                // 3
            Line("BA2 3EQ", "fifty-one", "-2.3770"),            // 4
            "\"BA2 3EX\",\"BA2  3EX\",\"BA2 3EX\"",             // 5: too few columns
            Row("BA2 4AA", 51.3750, -2.3550),                   // 6
            Row("BA2 4AB", 51.3751, -2.3551).Replace("\"BA2 4AB\",\"1998", "\"BA2 4AB\"X,\"1998"), // 7: text after a closing quote
            Row("BA2 4AD", 123.5, -2.3550),                     // 8: off the globe
            Row("BA2", 51.3750, -2.3550),                       // 9: outward code only
            Row("BA2 3EP", 51.3000, -2.3000));                  // 10: the same postcode again

        Assert.Equal((9, 2, 6), (summary.RowsRead, summary.Loaded, summary.BadRows));
        Assert.Equal([3, 4, 5, 7, 8, 9], summary.FirstBadRows.Select(b => b.Line));
        Assert.Contains("'NOT A CODE' is not a full UK postcode", summary.FirstBadRows[0].Reason);
        Assert.Contains("not a number", summary.FirstBadRows[1].Reason);
        Assert.Equal("line 4: " + summary.FirstBadRows[1].Reason, summary.FirstBadRows[1].ToString());
        Assert.Equal(1, summary.Duplicates);
        Assert.Equal(51.3770, (await FindAsync("BA2 3EP"))!.Latitude, 9); // the first of the two is kept
    }

    [Fact]
    public async Task Only_the_first_20_bad_rows_are_listed_but_all_are_counted()
    {
        var summary = await ImportAsync([Row("BA2 3EP", 51.3770, -2.3750), .. Enumerable.Range(0, 25).Select(_ => "\"X\",\"X\",\"X\",\"\",\"\",\"\",\"\",1,1,\"1\",51,-2,1")]);

        Assert.Equal(25, summary.BadRows);
        Assert.Equal(Enumerable.Range(3, 20).Select(i => (long)i), summary.FirstBadRows.Select(b => b.Line));
    }

    [Fact]
    public async Task A_file_without_the_needed_columns_is_refused_and_the_table_is_kept()
    {
        await ImportAsync(Sample);
        var file = Path.Combine(_site.DataDirectory, "not-onspd.csv");
        await File.WriteAllTextAsync(file, "postcode,latitude,longitude\nBA2 3EP,51.377,-2.375\n");

        await using var scope = _site.Services.CreateAsyncScope();
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(file));

        Assert.Contains("pcds", error.Message);
        Assert.Equal(4, await QueryAsync(db => db.Postcodes.CountAsync()));
    }

    [Fact]
    public async Task A_file_with_no_live_postcode_leaves_the_table_as_it_was()
    {
        await ImportAsync(Sample);

        var summary = await ImportAsync(Row("BA2 3ZZ", 51.38, -2.38, "201512"), Row("BA2 3ZY", 99.999999, 0));

        Assert.False(summary.Replaced);
        Assert.Equal(4, await QueryAsync(db => db.Postcodes.CountAsync()));
        Assert.Equal(5, await QueryAsync(db => db.PostcodeAreas.CountAsync()));
    }

    [Fact]
    public async Task Looking_up_a_postcode_writes_nothing_about_it_to_the_logs()
    {
        await ImportAsync(Sample);

        await FindAsync("BA2 3EP");
        await FindAsync("BA2 3XX");
        await FindAsync("BA2 9AB");

        Assert.DoesNotContain(_site.Logs.Lines, l => l.Contains("BA2 3", StringComparison.OrdinalIgnoreCase) || l.Contains("BA23", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The demonstration site ships its own approximate postcodes, covering every demo venue.</summary>
[Collection(DemoSiteCollection.Name)]
public sealed class DemoPostcodeTests(DemoSite site)
{
    [Fact]
    public async Task Every_demo_venue_postcode_is_found_exactly_near_the_venue()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDb>();
        var lookup = scope.ServiceProvider.GetRequiredService<IPostcodeLookup>();

        Assert.True(await db.Postcodes.CountAsync() >= 250, "the demo postcodes were not loaded");
        Assert.False(await db.Postcodes.AnyAsync(p => p.Postcode == "BA23ZZ"), "the terminated demo postcode was loaded");
        Assert.False(await db.Postcodes.AnyAsync(p => p.Postcode == "BA11ZZ"), "the demo postcode without coordinates was loaded");
        Assert.True(await db.PostcodeAreas.AnyAsync(a => a.Code == "BA1 2" && a.Kind == PostcodeAreaKind.Sector));

        var venues = await db.Locations.AsNoTracking().Select(l => new { l.Postcode, l.Latitude, l.Longitude }).ToListAsync();
        Assert.NotEmpty(venues);
        foreach (var venue in venues)
        {
            Assert.True(UkPostcode.TryParse(venue.Postcode, out var postcode) && postcode.IsFull, $"'{venue.Postcode}' is not a full postcode");
            var found = await lookup.FindAsync(postcode);
            Assert.True(found?.Match == PostcodeMatch.Exact, $"{venue.Postcode} was not found exactly");
            Assert.True(GeoDistance.Miles(found.Latitude, found.Longitude, venue.Latitude, venue.Longitude) < 1, $"{venue.Postcode} is more than a mile from its venue");
        }
    }
}
