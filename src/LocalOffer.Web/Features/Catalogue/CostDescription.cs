using System.Globalization;

namespace LocalOffer.Web.Features.Catalogue;

/// <summary>What a service costs, in the words a family needs first: free, or how much.</summary>
public static class CostDescription
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One line for results and headings: "Free", "£4.50 per session", or "There is a charge".</summary>
    public static string Headline(Listing listing)
    {
        if (listing.IsFree) return "Free";
        var priced = listing.CostOptions.FirstOrDefault(o => o.Amount is not null);
        if (priced is not null)
        {
            var more = listing.CostOptions.Count(o => o.Amount is not null) > 1 ? "From " : "";
            return $"{more}{Money(priced.Amount!.Value)} {priced.Option.ToLowerInvariant()}".Trim();
        }
        return "There is a charge";
    }

    /// <summary>Every cost option, e.g. "Per session: £4.50"; a zero amount reads "free".</summary>
    public static IEnumerable<string> Options(Listing listing) =>
        listing.CostOptions.Select(o => o.Amount is null
            ? o.Option
            : $"{o.Option}: {(o.Amount == 0 ? "free" : Money(o.Amount.Value))}");

    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? amount.ToString("C0", UkCulture)
            : amount.ToString("C2", UkCulture);
}
