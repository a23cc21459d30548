using System.Globalization;
using LocalOffer.Web.Features.Languages;
using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>What a service costs, in the words a family needs first: free, or how much.</summary>
public static class CostDescription
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One line for results and headings: "Free", "£4.50 per session", or "There is a charge".</summary>
    public static string Headline(Listing listing) => Headline(Summarise(listing), EnglishText.Instance);

    /// <summary>The headline in the visitor's language. The provider's own name for a price ("per session") stays as written.</summary>
    public static string Headline(Listing listing, IStringLocalizer text) => Headline(Summarise(listing), text);

    public static string Headline(CostSummary cost, IStringLocalizer text)
    {
        if (cost.IsFree) return text["Free"];
        if (cost.Amount is { } amount)
        {
            var price = $"{Money(amount)} {cost.Option?.ToLowerInvariant()}".Trim();
            return cost.MoreThanOnePrice ? text["From {0}", price] : price;
        }
        return text["There is a charge"];
    }

    /// <summary>What the headline needs, small enough to keep in memory for every listing in search results.</summary>
    public static CostSummary Summarise(Listing listing)
    {
        var priced = listing.CostOptions.FirstOrDefault(o => o.Amount is not null);
        return new CostSummary(listing.IsFree, priced?.Amount, priced?.Option, listing.CostOptions.Count(o => o.Amount is not null) > 1);
    }

    /// <summary>Every cost option, e.g. "Per session: £4.50"; a zero amount reads "free".</summary>
    public static IEnumerable<string> Options(Listing listing) => Options(listing, EnglishText.Instance);

    public static IEnumerable<string> Options(Listing listing, IStringLocalizer text) =>
        listing.CostOptions.Select(o => o.Amount is null
            ? o.Option
            : $"{o.Option}: {(o.Amount == 0 ? text["Free"].Value.ToLower(CultureInfo.CurrentCulture) : Money(o.Amount.Value))}");

    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? amount.ToString("C0", UkCulture)
            : amount.ToString("C2", UkCulture);
}

/// <summary>A listing's cost as the headline needs it: free, or its first price and whether there are others.</summary>
public sealed record CostSummary(bool IsFree, decimal? Amount, string? Option, bool MoreThanOnePrice);
