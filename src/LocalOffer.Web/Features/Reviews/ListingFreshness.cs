using System.Globalization;
using LocalOffer.Web.Features.Catalogue;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace LocalOffer.Web.Features.Reviews;

/// <summary>How current a listing is: due soon, overdue, or so overdue the public are warned.</summary>
public sealed class ListingFreshness(TimeProvider clock, IOptions<LocalOfferOptions> options)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The last review date that still counts as due soon rather than not yet due.</summary>
    public DateOnly DueSoonUntil => Today.AddDays(options.Value.ReminderDaysBefore);

    public int DaysOverdue(DateOnly reviewBy) => Today.DayNumber - reviewBy.DayNumber;

    /// <summary>More than <see cref="LocalOfferOptions.LongOverdueDays"/> past its review date.</summary>
    public bool MayBeOutOfDate(Listing listing) => DaysOverdue(listing.ReviewBy) > options.Value.LongOverdueDays;

    /// <summary>The first day the public page will say the listing may be out of date.</summary>
    public DateOnly WarnedFrom(DateOnly reviewBy) => reviewBy.AddDays(options.Value.LongOverdueDays + 1);

    /// <summary>A date as GOV.UK writes it, in English: 4 June 2027. For emails, which are written outside a request.</summary>
    public static string Describe(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>A date as GOV.UK writes it, in the visitor's language: 4 June 2027, 4 Mehefin 2027.</summary>
    public static string Show(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
