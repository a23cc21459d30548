using LocalOffer.Web.Features.Catalogue.Import;

namespace LocalOffer.IntegrationTests.Infrastructure;

/// <summary>
/// A small catalogue whose every fact the tests know: six hand-made services that exercise the
/// service page (a hidden contact, an address shown as its area only, a school's SEN report, open-ended
/// ages) and 24 swimming sessions so that results run to two pages.
/// </summary>
public static class FixtureCatalogue
{
    public const int PublishedCount = 30;

    public static IReadOnlyList<ListingFileEntry> Published() =>
    [
        new()
        {
            Id = Guid.Parse("11111111-1111-4111-8111-111111111111"),
            Slug = "chatterbox-speech-group",
            Name = "Chatterbox speech group",
            Organization = new("Keynsham Family Centre", null, null, null, "0117 496 0100"),
            Summary = "A friendly group for young children who are slow to start talking.",
            Description = "Songs, games and stories that help children find their words.\n\nA speech and language therapist leads every session.",
            Categories = ["therapies"],
            Level = "targeted",
            MinimumAge = 0, MaximumAge = 5,
            Needs = ["speech-language"],
            Eligibility = "Children under 6 who live in the area.",
            EhcPlan = "not-needed",
            AccessRoutes = ["self-referral", "professional-referral"],
            HowToAccess = "Ring the family centre to book a first visit.",
            Cost = new(true, null, null),
            Delivery = ["in-person"],
            Locations =
            [
                new() { Id = Guid.Parse("11111111-1111-4111-8111-000000000001"), Name = "Keynsham Family Centre", Address1 = "12 Temple Street", Town = "Keynsham", Postcode = "BS31 1EH", Latitude = 51.4135, Longitude = -2.4973, Accessibility = ["step-free", "hearing-loop"] },
            ],
            OpeningTimes = [new("MO", "09:30", "11:00")],
            OpeningNotes = "Term time only.",
            Contacts =
            [
                new(Guid.Parse("11111111-1111-4111-8111-0000000000c1"), "Priya Shah", "Group leader", "0117 496 0123", "priya@chatterbox.example", false),
                new(Guid.Parse("11111111-1111-4111-8111-0000000000c2"), "Hidden Harriet", "Manager", "0117 496 0999", "harriet@chatterbox.example", true),
            ],
            Website = "https://chatterbox.example",
            Languages = ["English", "Polish"],
            LocalOfferAnswers = [new("how-helps", "Every activity is planned with the therapist.")],
            LastChecked = new DateOnly(2026, 5, 14),
        },
        new()
        {
            Id = Guid.Parse("22222222-2222-4222-8222-222222222222"),
            Slug = "little-acorns-childminding",
            Name = "Little Acorns childminding",
            Organization = new("Little Acorns", null, null, null, null),
            Summary = "A registered childminder with experience of children with additional needs.",
            Description = "Small numbers and a calm home.",
            Categories = ["early-years-childcare"],
            Level = "universal",
            MinimumAge = 0, MaximumAge = 4,
            Eligibility = "Any family.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Email to arrange a visit.",
            Cost = new(false, "Funded hours can be used.", [new("Per hour", 6.50m), new("Per day", 55m)]),
            Delivery = ["in-person"],
            Locations =
            [
                new() { Id = Guid.Parse("22222222-2222-4222-8222-000000000001"), Name = "Childminder's home", Address1 = "7 Secret Lane", Town = "Bath", Postcode = "BA2 3EP", Latitude = 51.377, Longitude = -2.375, ShowAreaOnly = true },
            ],
            Contacts = [new(Guid.Parse("22222222-2222-4222-8222-0000000000c1"), "Sam Carter", null, null, "sam@littleacorns.example", false)],
            PersonalBudget = true,
            LastChecked = new DateOnly(2026, 9, 1),
        },
        new()
        {
            Id = Guid.Parse("33333333-3333-4333-8333-333333333333"),
            Slug = "oldfield-park-primary",
            Name = "Oldfield Park Primary School",
            Organization = new("Oldfield Park Primary School", null, null, null, null),
            Summary = "A mainstream primary school for children aged 4 to 11.",
            Description = "A community primary school.",
            Categories = ["schools"],
            Level = "universal",
            MinimumAge = 4, MaximumAge = 11,
            Eligibility = "Children of primary school age.",
            AccessRoutes = ["application"],
            HowToAccess = "Apply for a place through the council's school admissions.",
            Cost = new(true, null, null),
            Delivery = ["in-person"],
            Locations = [new() { Id = Guid.Parse("33333333-3333-4333-8333-000000000001"), Name = "Oldfield Park Primary School", Address1 = "Junction Road", Town = "Bath", Postcode = "BA2 3NQ", Latitude = 51.3775, Longitude = -2.3780 }],
            SenInformationReportUrl = "https://www.oldfieldparkprimary.example/sen-information-report",
            SenContactName = "Mrs Joanna Blake",
            LastChecked = new DateOnly(2026, 1, 10),
        },
        new()
        {
            Id = Guid.Parse("44444444-4444-4444-8444-444444444444"),
            Slug = "teen-talk-online",
            Name = "Teen talk online",
            Organization = new("Avonvale Wellbeing Trust", null, null, null, null),
            Summary = "Online chats with a counsellor for teenagers who feel anxious or low.",
            Description = "Text or video chats.",
            Categories = ["mental-health"],
            Level = "targeted",
            MinimumAge = 12, MaximumAge = 18,
            Needs = ["anxiety-mental-health"],
            Eligibility = "Young people aged 12 to 18.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Sign up on the website.",
            Cost = new(true, null, null),
            Delivery = ["online"],
            AreaWide = true,
            AreaCovered = "The whole of the council area",
            LastChecked = new DateOnly(2026, 3, 3),
        },
        new()
        {
            Id = Guid.Parse("55555555-5555-4555-8555-555555555555"),
            Slug = "open-door-youth-club",
            Name = "Open Door youth club",
            Organization = new("Open Door", null, null, null, null),
            Summary = "A youth club where everyone is welcome.",
            Description = "Games, music and a tuck shop.",
            Categories = ["clubs-youth-groups"],
            Level = "universal",
            Eligibility = "Everyone.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Just turn up.",
            Cost = new(false, null, [new("Per session", 1m)]),
            Delivery = ["in-person"],
            Locations = [new() { Id = Guid.Parse("55555555-5555-4555-8555-000000000001"), Town = "Radstock", Postcode = "BA3 3AA", Latitude = 51.293, Longitude = -2.448 }],
            LastChecked = new DateOnly(2026, 6, 1),
        },
        new()
        {
            Id = Guid.Parse("66666666-6666-4666-8666-666666666666"),
            Slug = "young-adults-job-club",
            Name = "Young adults job club",
            Organization = new("Avonvale Works", null, null, null, null),
            Summary = "Help to find work for young people from 16.",
            Description = "CVs, interviews and work tasters.",
            Categories = ["employment-training"],
            Level = "targeted",
            MinimumAge = 16,
            Eligibility = "Young people from 16.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Email to join.",
            Cost = new(true, null, null),
            Delivery = ["in-person", "phone"],
            Locations = [new() { Id = Guid.Parse("66666666-6666-4666-8666-000000000001"), Town = "Midsomer Norton", Postcode = "BA3 2AA", Latitude = 51.285, Longitude = -2.48 }],
            LastChecked = new DateOnly(2026, 7, 1),
        },
        .. Enumerable.Range(1, 24).Select(n => new ListingFileEntry
        {
            Id = Guid.Parse($"77777777-7777-4777-8777-{n:D12}"),
            Slug = $"swimming-session-{n}",
            Name = $"Swimming session {n:D2}",
            Organization = new("Avonvale Leisure", null, null, null, null),
            Summary = "A quiet swimming session with extra helpers.",
            Description = "Lanes kept for families.",
            Categories = ["sport"],
            Level = "universal",
            MinimumAge = 5, MaximumAge = 15,
            Eligibility = "Children aged 5 to 15.",
            AccessRoutes = ["self-referral"],
            HowToAccess = "Book at reception.",
            Cost = new(false, null, [new("Per swim", 3.20m)]),
            Delivery = ["in-person"],
            Locations = [new() { Id = Guid.Parse($"77777777-7777-4777-8777-{n + 100:D12}"), Town = "Bath", Postcode = "BA1 1AA", Latitude = 51.38, Longitude = -2.36 }],
            LastChecked = new DateOnly(2026, 8, 1),
        }),
    ];

    public static ListingFileEntry PendingListing() => new()
    {
        Id = Guid.Parse("88888888-8888-4888-8888-888888888888"),
        Slug = "not-yet-approved-group",
        Name = "Not yet approved group",
        Organization = new("Waiting Room Trust", null, null, null, null),
        Summary = "Waiting for an officer to approve it.",
        Description = "Should never be shown to the public.",
        Categories = ["therapies"],
        Eligibility = "Anyone.",
        AccessRoutes = ["self-referral"],
        HowToAccess = "Ring.",
        Cost = new(true, null, null),
        Delivery = ["online"],
        LastChecked = new DateOnly(2026, 8, 1),
    };
}
