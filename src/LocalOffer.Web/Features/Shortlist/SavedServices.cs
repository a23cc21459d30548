using LocalOffer.Web.Features.Catalogue.Search;

namespace LocalOffer.Web.Features.Shortlist;

/// <summary>What is on the visitor's list now: the saved services that are still published, oldest first.</summary>
public sealed class SavedList(IReadOnlyList<Guid> ids, IReadOnlySet<string> slugs)
{
    public static readonly SavedList Empty = new([], new HashSet<string>());

    public IReadOnlyList<Guid> Ids => ids;
    public int Count => ids.Count;
    public bool IsFull => ids.Count >= ShortlistCookie.MaxServices;
    public bool Contains(string slug) => slugs.Contains(slug);
}

/// <summary>
/// Reads the visitor's list once per request for the page frame and the save buttons, checked against the
/// published services held in memory for search, so no page needs a database query to know what is saved
/// and a service that has been withdrawn stops counting at once.
/// </summary>
public sealed class SavedServices(SearchCatalogue catalogue)
{
    private static readonly object Key = new();

    public SavedList For(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var known) && known is SavedList list) return list;
        var ids = ShortlistCookie.Read(context.Request);
        if (ids.Count == 0)
        {
            list = SavedList.Empty;
        }
        else
        {
            var facts = catalogue.Facts;
            var published = ids.Where(facts.ContainsKey).ToList();
            list = new SavedList(published, published.Select(id => facts[id].Card.Slug).ToHashSet(StringComparer.Ordinal));
        }
        context.Items[Key] = list;
        return list;
    }

    /// <summary>The list as the list page has just read it from the database, for the rest of the page to agree with.</summary>
    public static void Use(HttpContext context, IReadOnlyList<Guid> ids, IEnumerable<string> slugs) =>
        context.Items[Key] = new SavedList(ids, slugs.ToHashSet(StringComparer.Ordinal));
}
