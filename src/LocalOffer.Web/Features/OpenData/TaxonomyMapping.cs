using CsvHelper;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Catalogue.Import;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>A taxonomy term no category or need was found for, and how many imported services used it.</summary>
public sealed record UnmappedTerm(string Term, Guid? Id, string? Taxonomy, int Services);

/// <summary>
/// Turns other directories' taxonomy terms into this site's categories and areas of need. A term whose id is
/// one of this site's own (a category's id, or a need's term id, as the export and the API give them) maps
/// directly. Any other term goes through the mapping file the council edits: a CSV file with the columns
/// <c>term_id,term,category,need</c>, one row per term (or several rows, to give a term several categories).
/// A row matches a term by its id when <c>term_id</c> is given, otherwise by <c>term</c>, which is compared,
/// ignoring case, with the term's <c>term</c>, <c>name</c> and <c>code</c>. <c>category</c> is a category slug and
/// <c>need</c> a need code; either may be empty. Lines starting with # are comments.
/// </summary>
public sealed class TaxonomyMapping
{
    public static string DefaultFile => Path.Combine(AppContext.BaseDirectory, "Catalogue", "taxonomy-mapping.csv");

    private readonly Dictionary<Guid, string> _categoryIds;
    private readonly Dictionary<Guid, string> _needIds;
    private readonly Dictionary<string, string> _categorySlugs;
    private readonly Dictionary<Guid, List<Row>> _byId = [];
    private readonly Dictionary<string, List<Row>> _byText = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (UnmappedTerm Term, HashSet<Guid> Services)> _unmapped = [];

    private sealed record Row(string? Category, string? Need);

    private TaxonomyMapping(IEnumerable<Category> categories, IEnumerable<Need> needs)
    {
        var categoryList = categories.ToList();
        _categoryIds = categoryList.ToDictionary(c => c.Id, c => c.Slug);
        _categorySlugs = categoryList.ToDictionary(c => c.Slug, c => c.Slug, StringComparer.OrdinalIgnoreCase);
        _needIds = needs.ToDictionary(n => OpenReferralTaxonomies.NeedTermId(n.Code), n => n.Code);
    }

    /// <summary>Reads the mapping file; every row that is wrong is a problem, and a mapping with problems must not be used.</summary>
    public static (TaxonomyMapping Mapping, IReadOnlyList<ImportProblem> Problems) Load(string? path, IEnumerable<Category> categories, IEnumerable<Need> needs)
    {
        var mapping = new TaxonomyMapping(categories, needs);
        var problems = new List<ImportProblem>();
        if (path is null) return (mapping, problems);
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) return (mapping, [new ImportProblem(file, 0, "", "the taxonomy mapping file was not found")]);

        var needCodes = mapping._needIds.Values.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var options = CsvReaderOptions.Default with
        {
            Separator = ',', HasHeader = true, TrackLineNumbers = true, CommentPrefix = '#', SkipEmptyLines = true,
            OnMalformedRecord = r => problems.Add(new ImportProblem(file, 0, "", $"the row is not well-formed CSV ({r.Reason})") { Line = (int)r.LineNumber }),
        };
        using var csv = CsvReader.FromFile(path, options);
        if (!csv.TryGetFieldIndex("term_id", out var idColumn) | !csv.TryGetFieldIndex("term", out var termColumn)
            | !csv.TryGetFieldIndex("category", out var categoryColumn) | !csv.TryGetFieldIndex("need", out var needColumn))
            return (mapping, [new ImportProblem(file, 0, "", "the header must be: term_id,term,category,need") { Line = 1 }]);
        while (csv.Read())
        {
            string? Field(int column) => csv.FieldCount > column && csv.GetString(column).Trim() is { Length: > 0 } text ? text : null;
            var line = (int)csv.LineNumber;
            void Bad(string reason) => problems.Add(new ImportProblem(file, 0, "", reason) { Line = line });

            var idText = Field(idColumn);
            var term = Field(termColumn);
            var category = Field(categoryColumn);
            var need = Field(needColumn);
            Guid? id = null;
            if (idText is not null)
            {
                if (Guid.TryParse(idText, out var parsed)) id = parsed;
                else { Bad($"term_id '{idText}' is not a UUID"); continue; }
            }
            if (id is null && term is null) { Bad("give a term_id or a term"); continue; }
            if (category is null && need is null) { Bad("give a category or a need"); continue; }
            if (category is not null && !mapping._categorySlugs.TryGetValue(category, out category)) { Bad($"unknown category '{Field(categoryColumn)}'"); continue; }
            if (need is not null && !needCodes.TryGetValue(need, out need)) { Bad($"unknown need '{Field(needColumn)}'"); continue; }

            var row = new Row(category, need);
            if (id is { } key) Add(mapping._byId, key, row);
            else Add(mapping._byText, term!, row);
        }
        return (mapping, problems);
    }

    private static void Add<TKey>(Dictionary<TKey, List<Row>> rows, TKey key, Row row) where TKey : notnull
    {
        if (!rows.TryGetValue(key, out var list)) rows[key] = list = [];
        list.Add(row);
    }

    /// <summary>The categories and needs a service's term gives it; an unmapped term is counted for the report.</summary>
    public (IReadOnlyList<string> Categories, IReadOnlyList<string> Needs) Map(Guid serviceId, Guid? termId, Or.TaxonomyTerm? term)
    {
        var id = termId ?? term?.Id;
        if (id == Guid.Empty) id = null;
        if (id is { } own && _categoryIds.TryGetValue(own, out var slug)) return ([slug], []);
        if (id is { } need && _needIds.TryGetValue(need, out var code)) return ([], [code]);

        var rows = id is { } known && _byId.TryGetValue(known, out var byId) ? byId : null;
        if (rows is null && term is not null)
        {
            foreach (var text in new[] { term.Term, term.Name, term.Code })
                if (!string.IsNullOrWhiteSpace(text) && _byText.TryGetValue(text.Trim(), out var byText)) { rows = byText; break; }
        }
        if (rows is not null)
            return (rows.Select(r => r.Category).OfType<string>().ToList(), rows.Select(r => r.Need).OfType<string>().ToList());

        var label = term is null ? id?.ToString() ?? "(no term)" : FirstText(term.Name, term.Term, term.Code) ?? term.Id.ToString();
        var keyText = id?.ToString() ?? label;
        if (!_unmapped.TryGetValue(keyText, out var entry)) _unmapped[keyText] = entry = (new UnmappedTerm(label, id, term?.Taxonomy, 0), []);
        entry.Services.Add(serviceId);
        return ([], []);
    }

    /// <summary>The terms no category or need was found for, the most used first.</summary>
    public IReadOnlyList<UnmappedTerm> Unmapped =>
        _unmapped.Values.Select(u => u.Term with { Services = u.Services.Count }).OrderByDescending(u => u.Services).ThenBy(u => u.Term, StringComparer.OrdinalIgnoreCase).ToList();

    private static string? FirstText(params string?[] texts) => texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
}
