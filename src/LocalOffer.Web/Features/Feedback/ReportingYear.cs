namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// The council's reporting year for comments, by default September to August (the school year);
/// the month it starts in is configuration.
/// </summary>
public readonly record struct ReportingYear(int StartYear, int StartMonth)
{
    public DateOnly Starts => new(StartYear, StartMonth, 1);
    public DateOnly Ends => Starts.AddYears(1).AddDays(-1);

    /// <summary>"2025 to 2026", or "2026" when the year runs January to December.</summary>
    public string Label => StartMonth == 1 ? StartYear.ToString() : $"{StartYear} to {StartYear + 1}";

    public static ReportingYear For(DateOnly day, int startMonth) =>
        new(day.Month >= startMonth ? day.Year : day.Year - 1, startMonth);

    public static ReportingYear For(DateTimeOffset at, int startMonth) => For(DateOnly.FromDateTime(at.UtcDateTime), startMonth);

    public bool Contains(DateTimeOffset at) { var d = DateOnly.FromDateTime(at.UtcDateTime); return d >= Starts && d <= Ends; }
}
