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

    public void OnGet() => Show();
    public void OnPost() => Show();

    // The code is read from the address itself, not model-bound: when a re-executed POST's form cannot
    // be read (a NUL in a field, say), binding fails as a whole and would turn a 400 into a 500.
    private void Show()
    {
        Status = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 500;
        if (Status is < 400 or > 599) Status = 500;
        Response.StatusCode = Status;
    }
}
