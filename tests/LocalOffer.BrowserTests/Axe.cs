using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LocalOffer.BrowserTests;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, run on the page as it is now.</summary>
public static class Axe
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
        // Only violations come back: listing every passing node of a long page costs seconds and is not used.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var result = await page.RunAxe(WcagAA);
        Assert.True(result.Violations.Length == 0,
            $"{what} ({page.Url}): " + string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
    }
}
