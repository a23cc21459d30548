using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Providers;

/// <summary>A provider's listings, with where each stands and what to do next.</summary>
public sealed class DashboardModel(ProviderDashboard dashboard, SubmissionWorkflow workflow, AccountDirectory accounts, Reviews.ListingFreshness freshness, Feedback.CommentModeration comments, IStringLocalizer<ProvidersStrings> text) : PageModel
{
    public List<ProviderOrganisation> Organisations { get; private set; } = [];
    /// <summary>Comments about the organisations' services, shared when an officer decided them; never who sent them.</summary>
    public IReadOnlyList<Feedback.ProviderComment> Comments { get; private set; } = [];
    public Reviews.ListingFreshness Freshness => freshness;
    [TempData] public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Organisations = await dashboard.ForAsync(User.AccountId()!.Value, ct);
        Comments = await comments.ForProviderAsync(User.AccountId()!.Value, ct);
    }

    public async Task<IActionResult> OnPostNewAsync(Guid provider, CancellationToken ct)
    {
        var account = await accounts.FindAsync(User.AccountId()!.Value, ct);
        if (account is null || !await workflow.IsMemberAsync(account.Id, provider, ct)) return NotFound();
        var submission = await workflow.StartNewAsync(provider, account, ct);
        return Redirect($"/provider/drafts/{submission.Id}/about");
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid listing, CancellationToken ct)
    {
        var (account, found) = await MineAsync(listing, ct);
        if (found is null) return NotFound();
        var submission = await workflow.StartChangeAsync(found, account!, ct);
        return Redirect($"/provider/drafts/{submission.Id}");
    }

    public async Task<IActionResult> OnPostConfirmAsync(Guid listing, CancellationToken ct)
    {
        var (account, found) = await MineAsync(listing, ct);
        if (found is null || found.Status != Catalogue.ListingStatus.Published) return NotFound();
        await workflow.ConfirmStillAccurateAsync(found, account, ct);
        Done = text["You confirmed {0} is still accurate. We will ask you again by {1}.", found.Name, found.ReviewBy.ToString("d MMMM yyyy")];
        return RedirectToPage();
    }

    private async Task<(Account?, Catalogue.Listing?)> MineAsync(Guid listingId, CancellationToken ct)
    {
        var account = await accounts.FindAsync(User.AccountId()!.Value, ct);
        var listing = await workflow.LoadListingAsync(listingId, ct);
        return account is not null && listing is not null && await workflow.IsMemberAsync(account.Id, listing.ProviderId, ct) ? (account, listing) : (account, null);
    }
}
