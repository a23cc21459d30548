namespace LocalOffer.Web.Features.Catalogue;

/// <summary>A directory category. Officers own the list; it is stored as data, seeded from categories.json.</summary>
public sealed class Category
{
    public Guid Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>The icon shown on the home page tile (top-level categories only).</summary>
    public string? Icon { get; set; }
    public Guid? ParentId { get; set; }
    public Category? Parent { get; set; }
    public List<Category> Children { get; set; } = [];
    public int SortOrder { get; set; }
    public List<Listing> Listings { get; set; } = [];
}

/// <summary>An area of need (one of the four broad areas) or a specific need within one.</summary>
public sealed class Need
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? ParentCode { get; set; }
    public int SortOrder { get; set; }
    public List<Listing> Listings { get; set; } = [];
}
