using LocalOffer.Web.Features.Accounts;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Officers;

public sealed class OrganisationsPageModel(Organisations organisations, SubmissionWorkflow workflow, AccountDirectory accounts, IStringLocalizer<OfficersStrings> text) : PageModel
{
    public IReadOnlyList<PendingOrganisation> Pending { get; private set; } = [];
    public IReadOnlyList<ApprovedOrganisation> Approved { get; private set; } = [];
    public int ApprovedTotal { get; private set; }
    // "page" is also Razor Pages' own route value, so it is read from the query string only.
    [FromQuery(Name = "page")] public string? PageText { get; set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages => Math.Max(1, (ApprovedTotal + Organisations.PageSize - 1) / Organisations.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PageText is not null)
        {
            if (!int.TryParse(PageText, out var number) || number < 1) return NotFound();
            PageNumber = number;
        }
        Pending = await organisations.PendingAsync(ct);
        (Approved, ApprovedTotal) = await organisations.ApprovedAsync(PageNumber, ct);
        if (PageNumber > Pages) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid providerId, CancellationToken ct)
    {
        var provider = await organisations.FindAsync(providerId, ct);
        if (provider is null) return NotFound();
        if (provider.Status == OrganisationStatus.Pending)
        {
            await workflow.ApproveOrganisationAsync(provider, await accounts.SignedInAsync(User, ct), ct);
            Banner.Set(TempData, text["{0} is approved. We have emailed its members.", provider.Name]);
        }
        return Redirect("/officer/organisations");
    }
}
