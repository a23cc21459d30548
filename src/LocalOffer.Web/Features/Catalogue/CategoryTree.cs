namespace LocalOffer.Web.Features.Catalogue;

/// <summary>The category list as a tree, read once per request from the database.</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<string, Category> _bySlug;

    public CategoryTree(IEnumerable<Category> categories)
    {
        var all = categories.ToList();
        _bySlug = all.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        var byId = all.ToDictionary(c => c.Id);
        foreach (var c in all) c.Children.Clear();
        foreach (var c in all.Where(c => c.ParentId is not null).OrderBy(c => c.SortOrder).ThenBy(c => c.Name))
        {
            if (byId.TryGetValue(c.ParentId!.Value, out var parent))
            {
                c.Parent = parent;
                parent.Children.Add(c);
            }
        }
        TopLevel = all.Where(c => c.ParentId is null).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToList();
    }

    public IReadOnlyList<Category> TopLevel { get; }

    public Category? Find(string? slug) =>
        slug is not null && _bySlug.TryGetValue(slug.Trim(), out var c) ? c : null;

    /// <summary>The category and every category below it: a filter on "Health" includes "Therapies".</summary>
    public IReadOnlyList<Guid> SelfAndDescendantIds(Category category)
    {
        var ids = new List<Guid>();
        var stack = new Stack<Category>([category]);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            ids.Add(c.Id);
            foreach (var child in c.Children) stack.Push(child);
        }
        return ids;
    }

    /// <summary>From the top level down to the category, for breadcrumbs.</summary>
    public IReadOnlyList<Category> PathTo(Category category)
    {
        var path = new List<Category>();
        for (var c = category; c is not null; c = c.Parent) path.Insert(0, c);
        return path;
    }
}
