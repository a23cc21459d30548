using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Catalogue.Import;
using LocalOffer.Web.Infrastructure.Postcodes;
using Microsoft.Extensions.DependencyInjection;

namespace LocalOffer.IntegrationTests.Search;

/// <summary>
/// Seven services written to test ranking, synonyms, distance and filters, and a small postcode table
/// in the ONS Postcode Directory layout around Bath.
/// </summary>
public static class SearchFixture
{
    public const string Postcodes = """
        pcd,pcd2,pcds,dointr,doterm,lat,long
        BA2 3EP,BA2  3EP,BA2 3EP,198001,,51.377000,-2.375000
        BA2 3AA,BA2  3AA,BA2 3AA,198001,,51.378000,-2.376000
        BA1 1AA,BA1  1AA,BA1 1AA,198001,,51.381100,-2.359000
        BS311EH,BS31 1EH,BS31 1EH,198001,,51.413500,-2.497300
        BA3 3AA,BA3  3AA,BA3 3AA,198001,,51.293000,-2.448000
        """;

    public static async Task LoadAsync(LocalOfferSite site)
    {
        var file = Path.Combine(site.DataDirectory, "postcodes.csv");
        await File.WriteAllTextAsync(file, Postcodes.Replace("\r\n", "\n"));
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OnspdImporter>().ImportAsync(file);
        var result = await site.ImportAsync(Services());
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Problems));
    }

    private static ListingFileEntry Service(int n, string slug, string name, string summary, string description, string category,
        int? min, int? max, bool free, string[] delivery, (string Town, string Postcode, double Lat, double Lon)? venue,
        string[]? keywords = null, string[]? needs = null, string day = "MO", bool areaWide = false, string level = "universal") => new()
    {
        Id = Guid.Parse($"99999999-9999-4999-8999-{n:D12}"),
        Slug = slug, Name = name, Summary = summary, Description = description,
        Organization = new("Search Fixture Trust", null, null, null, null),
        Categories = [category], Keywords = [.. keywords ?? []], Needs = [.. needs ?? []],
        MinimumAge = min, MaximumAge = max, Level = level,
        Eligibility = "Families in the area.", AccessRoutes = ["self-referral"], HowToAccess = "Ring us.",
        Cost = free ? new(true, null, null) : new(false, null, [new("Per session", 5m)]),
        Delivery = [.. delivery], AreaWide = areaWide,
        Locations = venue is { } v ? [new() { Id = Guid.Parse($"99999999-9999-4999-8999-{n + 100:D12}"), Town = v.Town, Postcode = v.Postcode, Latitude = v.Lat, Longitude = v.Lon }] : [],
        OpeningTimes = [new(day, "10:00", "12:00")],
        LastChecked = new DateOnly(2026, 9, 1),
    };

    public static IReadOnlyList<ListingFileEntry> Services() =>
    [
        Service(1, "autism-family-club", "Autism family club", "A Saturday club for autistic children and their families.", "Games, crafts and a quiet room.",
            "clubs-youth-groups", 5, 11, true, ["in-person"], ("Bath", "BA2 3EP", 51.377, -2.375), needs: ["autism"], day: "SA"),
        Service(2, "sensory-swimming", "Sensory swimming", "Quiet swimming sessions with warm water and extra helpers.", "Children with autism are welcome; the lights are dimmed.",
            "sport", 3, 15, false, ["in-person"], ("Keynsham", "BS31 1EH", 51.4135, -2.4973), day: "SU"),
        Service(3, "overnight-short-breaks", "Overnight stays at Willow House", "Overnight stays for disabled children so families get a rest.", "Planned stays in a homely house.",
            "short-breaks", 8, 18, true, ["in-person"], ("Radstock", "BA3 3AA", 51.293, -2.448), level: "specialist"),
        Service(4, "speech-drop-in", "Little talkers drop-in", "A speech and language therapy drop-in for parents of toddlers.", "Bring your questions about first words.",
            "therapies", 0, 5, true, ["in-person"], ("Bath", "BA1 1AA", 51.3811, -2.359), needs: ["speech-language"], level: "targeted"),
        Service(5, "adhd-parent-course", "ADHD parenting course", "An online course for parents of children with ADHD.", "Six weekly evening sessions.",
            "parent-carer-support", 5, 16, true, ["online"], null, needs: ["adhd"], day: "TU", areaWide: true, level: "targeted"),
        Service(6, "ot-sensory-clinic", "Children's occupational therapy clinic", "Assessment and advice for children with sensory processing differences.", "Run by the NHS children's therapy team.",
            "therapies", 0, 18, true, ["in-person"], ("Bath", "BA2 3AA", 51.378, -2.376), level: "specialist"),
        Service(7, "autism-outreach-home", "Autism outreach at home", "Visits at home from the autism outreach team.", "Help with routines, sleep and communication.",
            "early-support", 2, 18, true, ["home-visit"], null, needs: ["autism"], day: "WE", areaWide: true, level: "specialist"),
    ];
}

public sealed class SearchSite : LocalOfferSite, IAsyncLifetime
{
    public SearchSite() { }

    /// <summary>A search site on a given data directory, to restart the site on the same data.</summary>
    internal SearchSite(string dataDirectory) : base(dataDirectory) { }

    public async Task InitializeAsync()
    {
        _ = Server;
        await SearchFixture.LoadAsync(this);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();
}
