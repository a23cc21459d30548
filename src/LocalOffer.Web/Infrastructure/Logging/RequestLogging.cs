using System.Diagnostics;

namespace LocalOffer.Web.Infrastructure.Logging;

/// <summary>
/// One log line per request: method, path, redacted query, status and elapsed time. Serilog's own
/// request-logging middleware (Serilog.AspNetCore) is not available from our package registry, so this
/// is the small piece of it the site needs.
/// </summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : LogLevel.Information;
            logger.Log(level, "HTTP {Method} {Path}{Query} responded {StatusCode} in {Elapsed:0.0} ms",
                context.Request.Method,
                context.Request.Path.Value,
                QueryStringRedactor.Redact(context.Request.QueryString.Value),
                status,
                elapsed);
        }
    }
}
