using System.Globalization;
using System.Reflection;
using System.Threading.RateLimiting;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Security;

/// <summary>The public forms with a limit of their own (comments keep theirs: <c>LocalOffer:Feedback:CommentsPerHour</c>).</summary>
public enum LimitedForm { SignIn, ForgotPassword, Register, PageUseful, Shortlist }

/// <summary>The <c>LocalOffer:RateLimits</c> section: how many posts of each form one internet address may send in a while.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Wrong sign-ins (only failures count, so a busy office behind one address can still sign in).</summary>
    public FormLimit SignIn { get; set; } = new() { Limit = 10, Minutes = 15 };
    /// <summary>Requests for a password reset link, each of which may send an email.</summary>
    public FormLimit ForgotPassword { get; set; } = new() { Limit = 5, Minutes = 60 };
    /// <summary>Posts of the registration form.</summary>
    public FormLimit Register { get; set; } = new() { Limit = 10, Minutes = 60 };
    /// <summary>"Was this page useful?" answers.</summary>
    public FormLimit PageUseful { get; set; } = new() { Limit = 60, Minutes = 10 };
    /// <summary>Save, remove and clear on "Your list".</summary>
    public FormLimit Shortlist { get; set; } = new() { Limit = 120, Minutes = 10 };

    public FormLimit For(LimitedForm form) => form switch
    {
        LimitedForm.SignIn => SignIn,
        LimitedForm.ForgotPassword => ForgotPassword,
        LimitedForm.Register => Register,
        LimitedForm.PageUseful => PageUseful,
        _ => Shortlist,
    };
}

public sealed class FormLimit
{
    public int Limit { get; set; }
    public int Minutes { get; set; }
}

/// <summary>
/// One limiter per form, partitioned by the sender's internet address. The address is only a key held in
/// memory while its window lasts (idle partitions are dropped): it is never stored or logged. Behind a
/// reverse proxy the site must be told to trust the proxy's forwarded address, or every visitor shares
/// the proxy's (see the README's "Security" section).
/// </summary>
/// <remarks>
/// These are the limiters of System.Threading.RateLimiting that ASP.NET Core's rate-limiting middleware
/// is built on, used from a page filter (<see cref="FormRateLimitFilter"/>) rather than the middleware:
/// the middleware limits a whole endpoint, and a Razor Page's endpoint serves both the form (GET) and its
/// post, so reading the sign-in page would use up sign-in attempts; and a request it refuses never
/// reaches the page, so the form could not be shown again with what the person typed.
/// </remarks>
public sealed class FormRateLimits : IDisposable
{
    private readonly Dictionary<LimitedForm, PartitionedRateLimiter<string>> _limiters;

    public FormRateLimits(IOptions<LocalOfferOptions> options) =>
        _limiters = Enum.GetValues<LimitedForm>().ToDictionary(form => form, form =>
        {
            var limit = options.Value.RateLimits.For(form);
            var window = TimeSpan.FromMinutes(Math.Max(1, limit.Minutes));
            var permits = Math.Max(1, limit.Limit);
            return PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true }));
        });

    /// <summary>Uses one of the address's posts; false, with how long to wait, when there are none left.</summary>
    public bool TryTake(LimitedForm form, string address, out TimeSpan retryAfter) => Attempt(form, address, 1, out retryAfter);

    /// <summary>Whether the address has any posts left, using none.</summary>
    public bool HasAllowance(LimitedForm form, string address, out TimeSpan retryAfter) => Attempt(form, address, 0, out retryAfter);

    private bool Attempt(LimitedForm form, string address, int permits, out TimeSpan retryAfter)
    {
        using var lease = _limiters[form].AttemptAcquire(address, permits);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values) limiter.Dispose();
    }
}

/// <summary>
/// Puts a page's posts under a <see cref="LimitedForm"/> limit. <see cref="KeepsForm"/>: a refused post
/// shows the form again, with what was typed and the reason in the error summary, rather than an error
/// page; otherwise (a single button, with nothing typed) the friendly "too many requests" page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RateLimitedFormAttribute(LimitedForm form) : Attribute
{
    public LimitedForm Form { get; } = form;
    public bool KeepsForm { get; init; }
    /// <summary>Only posts the page refuses (shown again with errors) count, and once they reach the limit every post is refused.</summary>
    public bool CountsFailuresOnly { get; init; }
}

/// <summary>Applies <see cref="RateLimitedFormAttribute"/> to the posts of the pages that carry it.</summary>
public sealed class FormRateLimitFilter(FormRateLimits limits, IStringLocalizer<SecurityStrings> text) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var limit = context.ActionDescriptor.HandlerTypeInfo.GetCustomAttribute<RateLimitedFormAttribute>();
        if (limit is null || !HttpMethods.IsPost(context.HttpContext.Request.Method))
        {
            await next();
            return;
        }
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var allowed = limit.CountsFailuresOnly
            ? limits.HasAllowance(limit.Form, address, out var wait)
            : limits.TryTake(limit.Form, address, out wait);
        if (!allowed)
        {
            Refuse(context, limit, wait);
            return;
        }
        var done = await next();
        if (limit.CountsFailuresOnly && done.Exception is null && done.Result is PageResult && !context.ModelState.IsValid)
            limits.TryTake(limit.Form, address, out _);
    }

    private void Refuse(PageHandlerExecutingContext context, RateLimitedFormAttribute limit, TimeSpan wait)
    {
        var minutes = WaitMinutes(wait);
        context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);
        if (limit.KeepsForm)
        {
            context.ModelState.AddModelError("", minutes == 1
                ? text["You have sent this form too many times. Wait 1 minute and try again."]
                : text["You have sent this form too many times. Wait {0} minutes and try again.", minutes]);
            context.Result = new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        else
        {
            // Shown by the error page (Features/Errors), which reads the wait from Retry-After.
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
        }
    }

    /// <summary>Whole minutes to wait, at least one.</summary>
    public static int WaitMinutes(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
}
