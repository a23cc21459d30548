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

    // The code is read from the address itself, not model-bound: a refused post is shown here as the same post,
    // and a body the form reader refuses (a NUL character, say) would otherwise leave the code unbound and show a 400 as a 500.
    public void OnGet() => Show();
    public void OnPost() => Show();

    private void Show()
    {
        Status = int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;
        if (Status is < 400 or > 599) Status = 500;
        Response.StatusCode = Status;
    }
}
