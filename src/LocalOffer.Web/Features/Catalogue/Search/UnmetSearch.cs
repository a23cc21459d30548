namespace LocalOffer.Web.Features.Catalogue.Search;

/// <summary>
/// A search that found nothing: evidence of a gap in provision. Anonymous by design: the words and
/// filters, the day, and at most the postcode district, never the postcode.
/// </summary>
public sealed class UnmetSearch
{
    public long Id { get; set; }
    public DateOnly SearchedOn { get; set; }
    public string Words { get; set; } = "";
    /// <summary>The filters in the search, as the query string that carried them (without the postcode).</summary>
    public string Filters { get; set; } = "";
    public string? District { get; set; }
}
