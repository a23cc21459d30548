using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Reviews;

/// <summary>The one-step "still accurate" page a reminder email links to. No sign-in: the token is the authority.</summary>
public sealed class ConfirmListingModel(ListingConfirmation confirmation) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    public ConfirmCheck Check { get; private set; } = new(ConfirmState.InvalidLink, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        KeepTokenPrivate();
        Check = await confirmation.CheckAsync(Token, ct);
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        KeepTokenPrivate();
        Check = await confirmation.ConfirmAsync(Token, ct);
    }

    // The token is in the address: keep it out of caches and out of the Referer sent to other sites.
    private void KeepTokenPrivate()
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
