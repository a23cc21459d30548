using System.Globalization;
using LocalOffer.Web.Features.Feedback;
using LocalOffer.Web.Infrastructure.Hosting;
using Microsoft.Extensions.Options;
using Or = LocalOffer.Web.Features.OpenData.OpenReferral;

namespace LocalOffer.Web.Features.OpenData;

/// <summary>
/// A local extension of the API, under <c>/x_local_offer/</c> so it can never clash with the standard:
/// the published comments on the Local Offer with the council's responses, and each published
/// "You said, we did" year exactly as the public page shows it. Only what the public pages show:
/// comments as published (never the words as sent, never a reply address), figures as frozen.
/// </summary>
public static class FeedbackExtension
{
    public const string Path = "/x_local_offer";
    public static readonly string[] CommentParameters = ["page", "per_page", "year", "topic"];

    public sealed record CommentRecord(Guid Id, string Text, string Topic, string GivenBy, DateOnly DecidedOn, IReadOnlyList<string> Themes, IReadOnlyList<ResponseRecord> Responses);
    public sealed record ResponseRecord(string? YouSaid, string WeDid, string Status, DateOnly? ActionDate, string? Theme);
    public sealed record YearRecord(int StartYear, string Label, DateTimeOffset? PublishedAt, string PageUrl, string DataUrl);

    public static void MapFeedbackExtension(this RouteGroupBuilder api)
    {
        api.MapGet(Path + "/comments", async (HttpRequest request, PublishedComments comments, CancellationToken ct) =>
        {
            var (query, problem) = ApiQuery.Parse(request.Query, ApiQuery.PagingParameters);
            if (query is null) return Results.Problem(statusCode: 400, title: "Bad request", detail: problem);
            int? year = null;
            if (request.Query["year"].ToString() is { Length: > 0 } yearText)
            {
                if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 2000 or > 2100)
                    return Results.Problem(statusCode: 400, title: "Bad request", detail: "year must be the year a reporting year starts in, such as 2026.");
                year = y;
            }
            CommentTopic? topic = null;
            if (request.Query["topic"].ToString() is { Length: > 0 } topicText)
            {
                topic = Enum.GetValues<CommentTopic>().Cast<CommentTopic?>().FirstOrDefault(t => ServiceRecords.Code(t!.Value) == topicText.Trim().ToLowerInvariant());
                if (topic is null)
                    return Results.Problem(statusCode: 400, title: "Bad request",
                        detail: "topic must be one of: " + string.Join(", ", Enum.GetValues<CommentTopic>().Select(t => ServiceRecords.Code(t))) + ".");
            }
            var found = await comments.FindAsync(new PublishedComments.Filter(year, topic, null, query.Page, query.PerPage), ct);
            var items = found.Page == query.Page
                ? found.Items.Select(c => new CommentRecord(c.Id, c.Text, c.Topic, c.GivenBy, c.DecidedOn, c.Themes,
                    c.Responses.Select(r => new ResponseRecord(r.YouSaid, r.WeDid, r.Status, r.ActionDate, r.Theme)).ToList())).ToList()
                : [];
            return Results.Json(Or.Page<CommentRecord>.Of(items, found.Total, query.Page, query.PerPage), Or.OpenReferralJson.Options);
        });

        api.MapGet(Path + "/you_said_we_did", async (YearSummaries years, IOptions<LocalOfferOptions> options, CancellationToken ct) =>
        {
            var site = options.Value.PublicUrl.TrimEnd('/');
            var published = (await years.PublishedAsync(ct)).Select(y => new YearRecord(y.StartYear, y.Label, y.PublishedAt,
                $"{site}/you-said-we-did/{y.StartYear}", $"{site}{OpenReferralApi.BasePath}{Path}/you_said_we_did/{y.StartYear}")).ToList();
            return Results.Json(Or.Page<YearRecord>.Of(published, published.Count, 1, Math.Max(1, published.Count)), Or.OpenReferralJson.Options);
        });

        api.MapGet(Path + "/you_said_we_did/{year}", async (string year, YearSummaries years, CancellationToken ct) =>
            int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var startYear) && await years.PublishedAsync(startYear, ct) is { } report
                ? Results.Json(new { start_year = report.StartYear, published_at = report.PublishedAt, how_comments_were_sought = report.HowCommentsWereSought, figures = report.Figures }, Or.OpenReferralJson.Options)
                : Results.Problem(statusCode: 404, title: "Not found", detail: "No \"You said, we did\" summary has been published for this year."));
    }
}
