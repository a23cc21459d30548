using System.Globalization;
using System.Text.Json;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Search;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LocalOffer.UnitTests.Languages;

/// <summary>
/// The catalogue's reference data (categories, areas of need, age bands, the fixed wording of listing
/// fields) is looked up by its English name, which the source check cannot see: every name a family
/// can meet has a translation, and the wording built around numbers reads right in each language.
/// </summary>
public sealed class CatalogueWordingTests
{
    public static TheoryData<string> Languages => new() { "cy", "ur" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_category_need_age_band_and_fixed_wording_has_a_translation(string language)
    {
        var translations = InterfaceTextTests.Translations("Catalogue", language);
        var missing = ReferenceNames().Where(name => !translations.ContainsKey(name)).Distinct().Order().ToList();
        Assert.True(missing.Count == 0, $"Catalogue has no {language} text for:\n" + string.Join("\n", missing));
    }

    [Theory]
    [InlineData("en-GB", 0, 5, "0 to 5 years")]
    [InlineData("en-GB", 16, null, "From 16 years")]
    [InlineData("cy", 0, 5, "0 i 5 oed")]
    [InlineData("cy", null, 5, "Hyd at 5 oed")]
    [InlineData("cy", null, null, "Pob oed")]
    [InlineData("ur", 0, 5, "0 سے 5 سال")]
    public void Ages_read_naturally_in_each_language(string culture, int? min, int? max, string expected) =>
        InCulture(culture, () => Assert.Equal(expected, new AgeRange(min, max).Describe(Text())));

    [Fact]
    public void English_wording_through_the_localizer_is_the_same_as_without_it()
    {
        var listing = new Listing
        {
            Slug = "x", Name = "x", Summary = "x", Description = "x", IsFree = false,
            CostOptions = [new CostOption { Option = "Per session", Amount = 4.5m }, new CostOption { Option = "Siblings", Amount = 0 }],
            DeliveryModes = [DeliveryMode.Online, DeliveryMode.HomeVisit],
            Locations = new[] { "Bath", "Keynsham", "Radstock", "Midsomer Norton" }.Select(t => new Location { Town = t, Postcode = "" }).ToList(),
        };
        InCulture("en-GB", () =>
        {
            Assert.Equal(CostDescription.Headline(listing), CostDescription.Headline(listing, Text()));
            Assert.Equal(CostDescription.Options(listing), CostDescription.Options(listing, Text()));
            Assert.Equal(ListingText.Where(listing), ListingText.Where(listing, Text()));
            Assert.Equal("Bath, Keynsham, Radstock and other places, online, at home", ListingText.Where(listing, Text()));
            Assert.True(AgeBand.TryParse("7", out var seven));
            Assert.Equal("7 years old", seven.Describe(Text()));
        });
    }

    [Fact]
    public void Welsh_costs_and_places_keep_the_providers_own_words()
    {
        var listing = new Listing
        {
            Slug = "x", Name = "x", Summary = "x", Description = "x", IsFree = false,
            CostOptions = [new CostOption { Option = "Per session", Amount = 4.5m }, new CostOption { Option = "Siblings", Amount = 0 }],
            DeliveryModes = [DeliveryMode.Online],
            Locations = [new Location { Town = "Bath", Postcode = "" }],
        };
        InCulture("cy", () =>
        {
            Assert.Equal("O £4.50 per session", CostDescription.Headline(listing, Text()));
            Assert.Equal(["Per session: £4.50", "Siblings: am ddim"], CostDescription.Options(listing, Text()));
            Assert.Equal("Bath, ar-lein", ListingText.Where(listing, Text()));
            Assert.Equal("Dydd Llun", ListingText.DayName(DayOfWeek.Monday, CultureInfo.CurrentCulture));
        });
    }

    private static IEnumerable<string> ReferenceNames()
    {
        foreach (var c in ReadJson("categories.json").EnumerateArray().SelectMany(WithChildren))
        {
            yield return c.GetProperty("name").GetString()!;
            yield return c.GetProperty("summary").GetString()!;
        }
        foreach (var n in ReadJson("needs.json").EnumerateArray().SelectMany(WithChildren)) yield return n.GetProperty("name").GetString()!;
        foreach (var band in AgeBand.Bands) yield return band.Label;
        foreach (var m in Enum.GetValues<DeliveryMode>()) yield return ListingText.Describe(m);
        foreach (var r in Enum.GetValues<AccessRoute>()) yield return ListingText.Describe(r);
        foreach (var l in Enum.GetValues<ServiceLevel>()) { yield return ListingText.Describe(l); yield return l.ToString(); }
        foreach (var p in Enum.GetValues<EhcPlanRequirement>()) yield return ListingText.Describe(p);
        foreach (var r in Enum.GetValues<Reach>()) yield return ListingText.Describe(r);
        foreach (var f in Enum.GetValues<VenueFeature>()) yield return ListingText.Describe(f);
        foreach (var d in FacetGroups.DayOptions) yield return d.Label;
        foreach (var key in new[] { "how-helps", "staff-training", "parents-involved", "progress-shared", "moving-on" }) yield return ListingText.Question(key);
    }

    private static IEnumerable<JsonElement> WithChildren(JsonElement item) =>
        item.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array
            ? children.EnumerateArray().SelectMany(WithChildren).Prepend(item)
            : [item];

    private static JsonElement ReadJson(string file) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "LocalOffer.Web", "Catalogue", file))).RootElement;

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LocalOffer.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository root (with LocalOffer.sln) was not found above the test folder.");
    }

    private static IStringLocalizer Text() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(CatalogueStrings));

    private static void InCulture(string name, Action check)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            check();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
