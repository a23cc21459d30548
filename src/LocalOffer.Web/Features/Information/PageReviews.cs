namespace LocalOffer.Web.Features.Information;

public enum PageReviewState { Overdue, DueSoon, UpToDate, NeverReviewed }

/// <summary>One information page (or a translation of one) and when it is next due for review.</summary>
public sealed record PageReview(InformationPage Page, DateOnly? DueBy, PageReviewState State, bool OlderThanEnglish);

/// <summary>
/// Which information pages are due for review: each page's front matter says when it was last reviewed
/// and by whom; a page is due <c>InformationReviewMonths</c> after that. A translation reviewed before its
/// English page was last reviewed may be out of date, and is flagged.
/// </summary>
public static class PageReviews
{
    public const int DueSoonDays = 30;

    public static IReadOnlyList<PageReview> For(ContentLibrary content, DateOnly today, int reviewMonths)
    {
        PageReview Review(InformationPage page, InformationPage? english)
        {
            var due = page.LastReviewed?.AddMonths(reviewMonths);
            var state = due is null ? PageReviewState.NeverReviewed
                : due < today ? PageReviewState.Overdue
                : due <= today.AddDays(DueSoonDays) ? PageReviewState.DueSoon
                : PageReviewState.UpToDate;
            var older = english?.LastReviewed is DateOnly e && (page.LastReviewed is not DateOnly t || t < e);
            return new PageReview(page, due, state, older);
        }

        return content.All
            .SelectMany(page => content.TranslationsOf(page).Select(t => Review(t, page)).Prepend(Review(page, null)))
            .OrderBy(r => r.State)
            .ThenBy(r => r.DueBy ?? DateOnly.MinValue)
            .ThenBy(r => r.Page.Url, StringComparer.Ordinal)
            .ToList();
    }
}
