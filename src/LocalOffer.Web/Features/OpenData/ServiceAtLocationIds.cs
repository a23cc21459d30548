using LocalOffer.Web.Features.Catalogue.Search;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// Finds the venue behind a service-at-location id. Those ids are name-based UUIDs made from the venue's
/// id (<see cref="ServiceRecords.ServiceAtLocationId"/>), which cannot be worked backwards, so the map is
/// built from the search catalogue's venues and built again whenever the catalogue changes.
/// </summary>
public sealed class ServiceAtLocationIds(SearchCatalogue catalogue)
{
    private sealed record Map(object Source, Dictionary<Guid, (Guid ListingId, Guid LocationId)> Venues);

    private Map? _map;

    public (Guid ListingId, Guid LocationId)? Find(Guid serviceAtLocationId)
    {
        var facts = catalogue.Facts;
        var map = _map;
        if (map is null || !ReferenceEquals(map.Source, facts))
        {
            var venues = new Dictionary<Guid, (Guid, Guid)>();
            foreach (var listing in facts.Values)
                foreach (var venue in listing.Venues) venues[ServiceRecords.ServiceAtLocationId(venue.LocationId)] = (listing.Id, venue.LocationId);
            _map = map = new Map(facts, venues);
        }
        return map.Venues.TryGetValue(serviceAtLocationId, out var found) ? found : null;
    }
}
