using System.Text.Json;
using LocalOffer.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>
/// Seeds the category list and the areas of need from the JSON files beside this class, once, into an
/// empty database. After that they are the council's data: officers change them, a restart never does.
/// </summary>
public static class ReferenceData
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task SeedAsync(LocalOfferDb db, CancellationToken ct = default)
    {
        if (!await db.Categories.AnyAsync(ct))
        {
            var order = 0;
            foreach (var top in Read<List<CategoryFile>>("categories.json"))
            {
                var parent = ToCategory(top, null, order++);
                db.Categories.Add(parent);
                var childOrder = 0;
                foreach (var child in top.Children ?? []) db.Categories.Add(ToCategory(child, parent.Id, childOrder++));
            }
        }
        if (!await db.Needs.AnyAsync(ct))
        {
            var order = 0;
            foreach (var area in Read<List<NeedFile>>("needs.json"))
            {
                db.Needs.Add(new Need { Code = area.Code, Name = area.Name, SortOrder = order++ });
                foreach (var child in area.Children ?? [])
                    db.Needs.Add(new Need { Code = child.Code, Name = child.Name, ParentCode = area.Code, SortOrder = order++ });
            }
        }
        if (!await db.LocalOfferQuestions.AnyAsync(ct))
        {
            // The standard SEND Local Offer questions; officers can reword, reorder, retire or add to them.
            (string Key, string Hint)[] standard =
            [
                ("how-helps", "What you do for children and young people with SEND, and how you adapt it to each one."),
                ("staff-training", "Training and experience your staff have in SEND, such as autism awareness or Makaton."),
                ("parents-involved", "How parents, carers and young people help plan and review support."),
                ("progress-shared", "How you tell families how things are going, and how often."),
                ("moving-on", "How you help with changes, such as starting school, changing class or leaving."),
            ];
            var order = 0;
            foreach (var (key, hint) in standard)
                db.LocalOfferQuestions.Add(new Features.Submissions.LocalOfferQuestion { Key = key, Text = ListingText.Question(key), Hint = hint, SortOrder = order++ });
        }
        await db.SaveChangesAsync(ct);
    }

    private static Category ToCategory(CategoryFile c, Guid? parentId, int order) => new()
    {
        Id = StableId.From("category", c.Slug),
        Slug = c.Slug,
        Name = c.Name,
        Summary = c.Summary ?? "",
        Icon = c.Icon,
        ParentId = parentId,
        SortOrder = order,
    };

    private static T Read<T>(string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Catalogue", file));
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{file} is empty");
    }

    private sealed record CategoryFile(string Slug, string Name, string? Summary, string? Icon, List<CategoryFile>? Children);
    private sealed record NeedFile(string Code, string Name, List<NeedFile>? Children);
}
