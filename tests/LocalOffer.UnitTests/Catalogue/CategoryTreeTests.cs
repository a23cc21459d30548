using LocalOffer.Web.Features.Catalogue;

namespace LocalOffer.UnitTests.Catalogue;

public sealed class CategoryTreeTests
{
    private static CategoryTree Tree()
    {
        var health = new Category { Id = Guid.NewGuid(), Slug = "health", Name = "Health", SortOrder = 1 };
        var education = new Category { Id = Guid.NewGuid(), Slug = "education", Name = "Education", SortOrder = 0 };
        return new CategoryTree(
        [
            health, education,
            new Category { Id = Guid.NewGuid(), Slug = "therapies", Name = "Therapies", ParentId = health.Id, SortOrder = 0 },
            new Category { Id = Guid.NewGuid(), Slug = "mental-health", Name = "Mental health", ParentId = health.Id, SortOrder = 1 },
            new Category { Id = Guid.NewGuid(), Slug = "schools", Name = "Schools", ParentId = education.Id },
        ]);
    }

    [Fact]
    public void Top_level_categories_come_in_their_set_order_with_their_children()
    {
        var tree = Tree();
        Assert.Equal(["education", "health"], tree.TopLevel.Select(c => c.Slug));
        Assert.Equal(["therapies", "mental-health"], tree.TopLevel[1].Children.Select(c => c.Slug));
    }

    [Fact]
    public void A_category_filter_includes_everything_below_it()
    {
        var tree = Tree();
        var ids = tree.SelfAndDescendantIds(tree.Find("health")!);
        Assert.Equal(3, ids.Count);
        Assert.Contains(tree.Find("therapies")!.Id, ids);
        Assert.DoesNotContain(tree.Find("schools")!.Id, ids);
        Assert.Single(tree.SelfAndDescendantIds(tree.Find("therapies")!));
    }

    [Fact]
    public void Finds_categories_by_slug_in_any_case_and_gives_the_path_from_the_top()
    {
        var tree = Tree();
        Assert.Equal(["health", "therapies"], tree.PathTo(tree.Find(" Therapies ")!).Select(c => c.Slug));
        Assert.Null(tree.Find("nope"));
        Assert.Null(tree.Find(null));
    }
}
