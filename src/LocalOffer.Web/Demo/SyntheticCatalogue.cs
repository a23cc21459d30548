using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Demo;

/// <summary>
/// Makes any number of plausible published services for benchmarks. The same seed always gives the
/// same services (ids, names, ages, places), so benchmark runs can be compared. Not demo content:
/// its sentences are assembled from fragments and say so.
/// </summary>
public sealed class SyntheticCatalogue(LocalOfferDb db, TimeProvider clock)
{
    private static readonly string[] Adjectives = ["Little", "Bright", "Rainbow", "Sunflower", "Riverside", "Hilltop", "Open Door", "Together", "Kingfisher", "Meadow", "Harbour", "Acorn", "Willow", "Compass", "Lantern", "Oak Tree", "Stepping Stones", "Starlight", "Orchard", "Heron"];
    private static readonly string[] Kinds = ["speech and language drop-in", "autism support group", "sensory play session", "inclusive swimming club", "short breaks club", "parent carer coffee morning", "occupational therapy clinic", "youth club", "holiday play scheme", "dyslexia tutoring", "supported internship", "independent travel training", "physiotherapy clinic", "music therapy group", "ADHD parenting course", "deaf children's group", "visual impairment outreach", "mental health support", "wheelchair football", "job coaching", "counselling service", "drama group", "nursery", "childminder", "family support service"];
    private static readonly (string Town, string Sector, double Lat, double Lon)[] Places =
    [
        ("Bath", "BA1 1", 51.3811, -2.3590), ("Bath", "BA2 3", 51.3770, -2.3750), ("Bath", "BA2 1", 51.3780, -2.3970),
        ("Bath", "BA2 2", 51.3640, -2.3800), ("Bath", "BA1 6", 51.3950, -2.3450), ("Keynsham", "BS31 1", 51.4130, -2.4980),
        ("Saltford", "BS31 3", 51.4030, -2.4500), ("Midsomer Norton", "BA3 2", 51.2850, -2.4800), ("Radstock", "BA3 3", 51.2930, -2.4480),
        ("Peasedown St John", "BA2 8", 51.3150, -2.4250), ("Paulton", "BS39 7", 51.3070, -2.5030), ("Chew Magna", "BS40 8", 51.3670, -2.6090),
    ];
    private static readonly string[] Sentences =
    [
        "Sessions are relaxed and staff know that every child is different.",
        "Families can come along to look round before deciding.",
        "Staff have training in autism awareness and communication support.",
        "Young people help plan what happens each term.",
        "There is a quiet space for anyone who needs a break.",
        "Brothers and sisters are welcome at most sessions.",
        "We work with schools and health teams when families ask us to.",
        "Places are limited, so please get in touch early.",
    ];

    public async Task<int> GenerateAsync(int count, int seed, CancellationToken ct = default)
    {
        var random = new Random(seed);
        var categories = await db.Categories.Where(c => c.ParentId != null).OrderBy(c => c.Slug).ToListAsync(ct);
        var needs = await db.Needs.OrderBy(n => n.Code).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var providers = Enumerable.Range(0, Math.Max(1, count / 8)).Select(i => new Provider
        {
            Id = NextGuid(random),
            Name = $"{Adjectives[i % Adjectives.Length]} Trust {i + 1}",
        }).ToList();
        db.Providers.AddRange(providers);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var made = 0;
        while (made < count)
        {
            var batch = Math.Min(1000, count - made);
            for (var i = 0; i < batch; i++)
            {
                var n = made + i;
                var kind = Kinds[random.Next(Kinds.Length)];
                var place = Places[random.Next(Places.Length)];
                var min = random.Next(0, 20);
                int? max = random.Next(5) == 0 ? null : Math.Min(25, min + random.Next(1, 12));
                var category = categories[random.Next(categories.Count)];
                var need = needs[random.Next(needs.Count)];
                var name = $"{Adjectives[random.Next(Adjectives.Length)]} {kind} {place.Town} {n + 1}";
                var free = random.Next(3) > 0;
                var areaWide = random.Next(10) == 0;
                var checkedOn = today.AddDays(-random.Next(0, 500));
                var listing = new Listing
                {
                    Id = NextGuid(random),
                    Slug = $"synthetic-{seed}-{n + 1}",
                    Name = char.ToUpperInvariant(name[0]) + name[1..],
                    Summary = $"A {kind} in {place.Town} for children and young people with SEND (synthetic benchmark data).",
                    Description = string.Join("\n\n", Enumerable.Range(0, 3).Select(_ => Sentences[random.Next(Sentences.Length)])),
                    ProviderId = providers[random.Next(providers.Count)].Id,
                    Status = ListingStatus.Published,
                    Level = (ServiceLevel)random.Next(3),
                    MinimumAge = random.Next(6) == 0 ? null : min,
                    MaximumAge = max,
                    Eligibility = "Open to families who live in the area.",
                    HowToAccess = "Ring or email to book a place.",
                    AccessRoutes = [AccessRoute.SelfReferral],
                    IsFree = free,
                    CostOptions = free ? [] : [new CostOption { Option = "Per session", Amount = random.Next(2, 30) }],
                    DeliveryModes = areaWide ? [DeliveryMode.Online, DeliveryMode.Phone] : [DeliveryMode.InPerson],
                    AreaWide = areaWide,
                    Locations = areaWide ? [] :
                    [
                        new Location
                        {
                            Id = NextGuid(random),
                            Name = $"{place.Town} community centre",
                            Address1 = $"{random.Next(1, 200)} High Street",
                            Town = place.Town,
                            Postcode = $"{place.Sector}{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}",
                            Latitude = place.Lat + (random.NextDouble() - 0.5) * 0.012,
                            Longitude = place.Lon + (random.NextDouble() - 0.5) * 0.012,
                        },
                    ],
                    OpeningTimes = [new OpeningTime { Id = NextGuid(random), Day = (DayOfWeek)random.Next(7), Opens = new TimeOnly(9 + random.Next(8), 0), Closes = new TimeOnly(18, 0) }],
                    Keywords = [kind],
                    Languages = ["English"],
                    LastChecked = checkedOn,
                    ReviewBy = checkedOn.AddMonths(12),
                    CreatedAt = clock.GetUtcNow(),
                    UpdatedAt = clock.GetUtcNow(),
                };
                db.Attach(category);
                db.Attach(need);
                listing.Categories.Add(category);
                listing.Needs.Add(need);
                db.Listings.Add(listing);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            made += batch;
        }
        return made;
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
