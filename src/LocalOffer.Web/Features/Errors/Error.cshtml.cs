using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LocalOffer.Web.Features.Errors;

/// <summary>Friendly pages for errors and unknown addresses, with the right status code and no technical detail.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>For 429: the whole minutes to wait, from the Retry-After header the refusal set.</summary>
    public int WaitMinutes => int.TryParse(Response.Headers.RetryAfter, out var seconds) ? Math.Max(1, (seconds + 59) / 60) : 1;

    // The code comes only from the address: a refused upload is re-shown here as a post, and its body is never read.
    public void OnGet([FromRoute] int? code) => Show(code);
    public void OnPost([FromRoute] int? code) => Show(code);

    private void Show(int? code)
    {
        Status = code ?? 500;
        if (Status is < 400 or > 599) Status = 500;
        Response.StatusCode = Status;
    }
}
