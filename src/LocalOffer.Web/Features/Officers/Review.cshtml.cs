using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

public sealed class ReviewModel(SubmissionReviews reviews, SubmissionWorkflow workflow, AccountDirectory accounts, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public const int MaxReason = 2000;

    public SubmissionReview Review { get; private set; } = null!;

    /// <summary>The category slugs the officer ticks.</summary>
    [BindProperty] public List<string> Categories { get; set; } = [];

    /// <summary>Why the submission goes back to the provider.</summary>
    [BindProperty] public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await reviews.LoadAsync(id, ct) is not { } review) return NotFound();
        Review = review;
        Categories = [.. review.Proposed];
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken ct)
    {
        if (await reviews.LoadAsync(id, ct) is not { } review) return NotFound();
        Review = review;
        if (!review.IsWaiting) return AlreadyDecided();
        var withdrawal = review.Submission.Kind == SubmissionKind.Withdrawal;
        var chosen = Categories.Where(slug => review.Categories.Find(slug) is not null).Distinct().ToList();
        // The workflow would fall back to the provider's suggestions; here an officer unticking every box is a mistake to point out.
        if (!withdrawal && chosen.Count == 0)
        {
            ModelState.AddModelError(nameof(Categories), text["Select at least one category"]);
            return Page();
        }
        var problem = await workflow.ApproveAsync(review.Submission, await accounts.SignedInAsync(User, ct), withdrawal ? null : chosen, ct);
        if (problem is not null)
        {
            ModelState.AddModelError(review.OrganisationPending ? "organisation" : "decision",
                review.OrganisationPending ? text["Approve the organisation {0} first.", review.Provider.Name] : text.Translate(problem));
            return Page();
        }
        var slug = await reviews.SlugAsync(review.Submission.ListingId, ct);
        switch (review.Submission.Kind)
        {
            case SubmissionKind.NewListing: Banner.Set(TempData, text["{0} is published", review.ServiceName], $"/services/{slug}", text["See {0} on the site", review.ServiceName]); break;
            case SubmissionKind.Change: Banner.Set(TempData, text["The changes to {0} are published", review.ServiceName], $"/services/{slug}", text["See {0} on the site", review.ServiceName]); break;
            default: Banner.Set(TempData, text["{0} has been withdrawn. Families can no longer find it.", review.ServiceName]); break;
        }
        return Redirect("/officer/queue");
    }

    public async Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct)
    {
        if (await reviews.LoadAsync(id, ct) is not { } review) return NotFound();
        Review = review;
        Categories = [.. review.Proposed];
        if (!review.IsWaiting) return AlreadyDecided();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), text["Enter what the provider needs to change"]);
        else if (Reason.Trim().Length > MaxReason) ModelState.AddModelError(nameof(Reason), text["What the provider needs to change must be {0} characters or fewer", MaxReason.ToString("N0")]);
        if (!ModelState.IsValid) return Page();
        await workflow.ReturnAsync(review.Submission, await accounts.SignedInAsync(User, ct), Reason!, ct);
        Banner.Set(TempData, text["{0} has been returned to the provider with your reasons", review.ServiceName]);
        return Redirect("/officer/queue");
    }

    public async Task<IActionResult> OnPostApproveOrganisationAsync(Guid id, CancellationToken ct)
    {
        if (await reviews.LoadAsync(id, ct) is not { } review) return NotFound();
        if (review.OrganisationPending)
        {
            await workflow.ApproveOrganisationAsync(review.Provider, await accounts.SignedInAsync(User, ct), ct);
            Banner.Set(TempData, text["{0} is approved. You can now approve its listings.", review.Provider.Name]);
        }
        return Redirect($"/officer/submissions/{id}");
    }

    private PageResult AlreadyDecided()
    {
        ModelState.AddModelError("decided", text["This has already been decided: it is {0}.", OfficerText.State(Review.Submission.State, text).ToLower(System.Globalization.CultureInfo.CurrentCulture)]);
        return Page();
    }
}
