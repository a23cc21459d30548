using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.Web.Features.Discovery;

/// <summary>
/// A service page's schema.org description (JSON-LD), for search engines: the service, who runs it, who it
/// is for, what it costs, where and when it happens and how to get in touch. It says only what the page
/// shows the public: contacts marked hidden are left out, and a venue shown as its area only gives its town
/// and postcode district (<see cref="PublicAddress"/>), never the street or its coordinates.
/// </summary>
public static class ServiceStructuredData
{
    /// <summary>
    /// Letters of every language written as themselves, but the characters that mean something in HTML
    /// (<c>&lt; &gt; &amp; ' "</c>) always escaped, so a provider's text can never close the script element
    /// it sits in. (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> would not do.)
    /// </summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON, safe to write as it is inside <c>&lt;script type="application/ld+json"&gt;</c>.</summary>
    public static string For(Listing listing, string siteAddress) => Describe(listing, siteAddress).ToJsonString(Json);

    public static JsonObject Describe(Listing l, string siteAddress)
    {
        var service = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Service",
            ["name"] = l.Name,
            ["description"] = l.Summary,
            ["url"] = $"{siteAddress}/services/{Uri.EscapeDataString(l.Slug)}",
        };
        var provider = new JsonObject { ["@type"] = "Organization", ["name"] = l.Provider.Name };
        Add(provider, "url", ListingText.WebAddress(l.Provider.Website));
        service["provider"] = provider;
        if (l.Categories.Count > 0) service["category"] = Array(l.Categories.Select(c => JsonValue.Create(c.Name)));
        Add(service, "areaServed", AreaServed(l));
        if (l.MinimumAge is not null || l.MaximumAge is not null)
        {
            var audience = new JsonObject { ["@type"] = "PeopleAudience" };
            Add(audience, "suggestedMinAge", l.MinimumAge);
            Add(audience, "suggestedMaxAge", l.MaximumAge);
            service["audience"] = audience;
        }
        Add(service, "offers", Offers(l));
        Add(service, "availableChannel", Channels(l));
        if (l.OpeningTimes.Count > 0)
        {
            service["hoursAvailable"] = Array(l.OpeningTimes.OrderBy(o => ((int)o.Day + 6) % 7).ThenBy(o => o.Opens).Select(o => new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = "https://schema.org/" + o.Day,
                ["opens"] = o.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["closes"] = o.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
            }));
        }
        return service;
    }

    /// <summary>The area the provider says it covers, or else the towns of its venues.</summary>
    private static JsonNode? AreaServed(Listing l)
    {
        if (!string.IsNullOrWhiteSpace(l.AreaCovered)) return JsonValue.Create(l.AreaCovered);
        var towns = l.Locations.Select(v => v.PublicAddress.Town).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        return towns.Count switch
        {
            0 => null,
            1 => JsonValue.Create(towns[0]),
            _ => Array(towns.Select(t => JsonValue.Create(t))),
        };
    }

    /// <summary>Free, or each price in pounds; the provider's own words about the cost go with them.</summary>
    private static JsonArray? Offers(Listing l)
    {
        var fees = string.IsNullOrWhiteSpace(l.Fees) ? null : l.Fees;
        var offers = new List<JsonObject>();
        if (l.IsFree) offers.Add(new JsonObject { ["@type"] = "Offer", ["price"] = 0, ["priceCurrency"] = "GBP" });
        else
        {
            foreach (var option in l.CostOptions)
            {
                var offer = new JsonObject { ["@type"] = "Offer", ["name"] = option.Option };
                // Without trailing zeros, so the price reads the same whichever database kept it (6.50 or 6.5, 55 or 55.0).
                if (option.Amount is { } amount) { offer["price"] = amount / 1.0000000000000000000000000000m; offer["priceCurrency"] = "GBP"; }
                offers.Add(offer);
            }
            if (offers.Count == 0) offers.Add(new JsonObject { ["@type"] = "Offer", ["description"] = fees ?? "There is a charge" });
        }
        if (fees is not null) foreach (var offer in offers) offer.TryAdd("description", fees);
        return Array(offers);
    }

    /// <summary>Each venue, the contacts the public may see and the website: the same ones the page shows.</summary>
    private static JsonArray? Channels(Listing l)
    {
        var channels = new List<JsonObject>();
        foreach (var address in l.Locations.Select(v => v.PublicAddress))
        {
            var postal = new JsonObject { ["@type"] = "PostalAddress" };
            Add(postal, "streetAddress", address.Street);
            Add(postal, "addressLocality", address.Town);
            Add(postal, "postalCode", address.Postcode);
            postal["addressCountry"] = "GB";
            var place = new JsonObject { ["@type"] = "Place" };
            Add(place, "name", address.Name);
            place["address"] = postal;
            channels.Add(new JsonObject { ["@type"] = "ServiceChannel", ["serviceLocation"] = place });
        }
        var contacts = l.PublicContacts.ToList();
        foreach (var contact in contacts)
        {
            var point = new JsonObject { ["@type"] = "ContactPoint" };
            Add(point, "name", contact.Name);
            Add(point, "contactType", contact.Title);
            Add(point, "telephone", contact.Phone);
            Add(point, "email", contact.Email);
            if (point.Count > 1) channels.Add(Phone(point));
        }
        if (!string.IsNullOrWhiteSpace(l.Email) && contacts.All(c => c.Email != l.Email))
            channels.Add(Phone(new JsonObject { ["@type"] = "ContactPoint", ["email"] = l.Email }));
        var website = ListingText.WebAddress(l.Website);
        if (website is not null) channels.Add(new JsonObject { ["@type"] = "ServiceChannel", ["serviceUrl"] = website });
        // The page gives the organisation's phone number only when the service has no other way in.
        if (contacts.Count == 0 && string.IsNullOrWhiteSpace(l.Email) && website is null && !string.IsNullOrWhiteSpace(l.Provider.Phone))
            channels.Add(Phone(new JsonObject { ["@type"] = "ContactPoint", ["telephone"] = l.Provider.Phone }));
        return Array(channels);
    }

    private static JsonObject Phone(JsonObject point) => new() { ["@type"] = "ServiceChannel", ["servicePhone"] = point };

    private static JsonArray? Array(IEnumerable<JsonNode?> nodes)
    {
        var array = new JsonArray(nodes.ToArray());
        return array.Count == 0 ? null : array;
    }

    private static void Add(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) target[name] = value;
    }

    private static void Add(JsonObject target, string name, int? value)
    {
        if (value is not null) target[name] = value;
    }

    private static void Add(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null) target[name] = value;
    }
}
