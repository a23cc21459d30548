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
        // An unhandled exception arrives without a code, its status already chosen by StatusFor.
        Status = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : Response.StatusCode >= 500 ? Response.StatusCode : 500;
        if (Status is < 400 or > 599) Status = 500;
        Response.StatusCode = Status;
    }

    /// <summary>
    /// 503 when the database could not be reached or was busy (restarting, failing over, locked): the
    /// page asks the visitor to try again in a few minutes, and a load balancer or monitor sees the
    /// site is temporarily unavailable rather than broken. Everything else is a 500.
    /// </summary>
    public static int StatusFor(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is System.Data.Common.DbException { IsTransient: true } or System.Net.Sockets.SocketException or TimeoutException) return StatusCodes.Status503ServiceUnavailable;
        return StatusCodes.Status500InternalServerError;
    }
}
