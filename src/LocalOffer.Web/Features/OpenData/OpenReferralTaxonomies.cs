using LocalOffer.Web.Features.Catalogue;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// The site's two classifications as Open Referral taxonomies: the directory's categories (the council's
/// own list) and the areas of special educational need. Ids are name-based UUIDs, so a category keeps its
/// term id for ever and the same seeded category has the same id on every council's site.
/// </summary>
public sealed class OpenReferralTaxonomies
{
    public static readonly Guid CategoriesId = StableId.From("taxonomy", "local-offer-categories");
    public static readonly Guid NeedsId = StableId.From("taxonomy", "send-needs");
    public const string CategoriesName = "Local Offer categories";
    public const string NeedsName = "Areas of special educational need";

    public static Guid NeedTermId(string code) => StableId.From("need", code);

    private readonly Dictionary<Guid, Or.TaxonomyTerm> _terms;

    public OpenReferralTaxonomies(IEnumerable<Category> categories, IEnumerable<Need> needs, string publicUrl)
    {
        var site = publicUrl.TrimEnd('/');
        var categoryList = categories.OrderBy(c => c.ParentId is null ? 0 : 1).ThenBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();
        var needList = needs.OrderBy(n => n.SortOrder).ToList();
        var categoryTerms = categoryList.Select(c => new Or.TaxonomyTerm
        {
            Id = c.Id,
            Name = c.Name,
            Description = string.IsNullOrWhiteSpace(c.Summary) ? c.Name : c.Summary,
            ParentId = c.ParentId,
            Taxonomy = CategoriesName,
            TaxonomyId = CategoriesId,
            Term = c.Slug,
            Code = c.Slug,
            TermUri = $"{site}/categories/{c.Slug}",
        }).ToList();
        var needTerms = needList.Select(n => new Or.TaxonomyTerm
        {
            Id = NeedTermId(n.Code),
            Name = n.Name,
            Description = n.Name,
            ParentId = n.ParentCode is null ? null : NeedTermId(n.ParentCode),
            Taxonomy = NeedsName,
            TaxonomyId = NeedsId,
            Term = n.Code,
            Code = n.Code,
        }).ToList();
        Terms = [.. categoryTerms, .. needTerms];
        _terms = Terms.ToDictionary(t => t.Id);
        Taxonomies =
        [
            new Or.Taxonomy
            {
                Id = CategoriesId, Name = CategoriesName, Version = "1",
                Description = "The kinds of service in this SEND Local Offer: education, health, social care, leisure, preparing for adulthood and more, each with sub-categories.",
                Uri = $"{site}/services",
            },
            new Or.Taxonomy
            {
                Id = NeedsId, Name = NeedsName, Version = "1",
                Description = "The four broad areas of need in the SEND Code of Practice, with specific needs within each.",
            },
        ];
    }

    public IReadOnlyList<Or.Taxonomy> Taxonomies { get; }

    /// <summary>Every term: categories (top level first), then needs.</summary>
    public IReadOnlyList<Or.TaxonomyTerm> Terms { get; }

    public Or.TaxonomyTerm? Term(Guid id) => _terms.GetValueOrDefault(id);

    public Or.Taxonomy? Taxonomy(Guid id, bool withTerms) =>
        Taxonomies.FirstOrDefault(t => t.Id == id) is { } taxonomy
            ? withTerms ? taxonomy with { TaxonomyTerms = Terms.Where(t => t.TaxonomyId == id).ToList() } : taxonomy
            : null;
}
