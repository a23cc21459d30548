using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Information;

/// <summary>For officers: every information page with its owner, last review and when it is next due, overdue first.</summary>
[Authorize(Policy = Policies.Officer)]
public sealed class PageReviewsPageModel(ContentLibrary content, TimeProvider clock, IOptions<LocalOfferOptions> options) : PageModel
{
    public IReadOnlyList<PageReview> Reviews { get; private set; } = [];
    public int ReviewMonths => options.Value.InformationReviewMonths;

    public void OnGet() =>
        Reviews = PageReviews.For(content, DateOnly.FromDateTime(clock.GetLocalNow().Date), ReviewMonths);
}
