using LocalOffer.IntegrationTests.Infrastructure;
using LocalOffer.Web.Features.Feedback;
using Microsoft.EntityFrameworkCore;

namespace LocalOffer.IntegrationTests.Officers;

/// <summary>Comments put straight into the database, as the public form would leave them.</summary>
public static class ModerationTestData
{
    public static async Task<Comment> AddCommentAsync(this LocalOfferSite site, string text, CommentTopic topic = CommentTopic.Information,
        Guid? listingId = null, string? replyEmail = null, DateTimeOffset? receivedAt = null, CommentGiver givenBy = CommentGiver.ParentOrCarer)
    {
        var comment = new Comment
        {
            Id = Guid.NewGuid(), Text = text, Topic = topic, GivenBy = givenBy, ListingId = listingId, ReplyEmail = replyEmail,
            ReceivedAt = receivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-5),
        };
        await site.QueryAsync(db => { db.Comments.Add(comment); return db.SaveChangesAsync(); });
        return comment;
    }

    public static Task<Comment> CommentAsync(this LocalOfferSite site, Guid id) =>
        site.QueryAsync(db => db.Comments.AsNoTracking().Include(c => c.Themes).FirstAsync(c => c.Id == id));

    public static Task<List<CommentEvent>> CommentEventsAsync(this LocalOfferSite site, Guid id) =>
        site.QueryAsync(db => db.CommentEvents.AsNoTracking().Where(e => e.CommentId == id).OrderBy(e => e.Id).ToListAsync());

    public static Task<HttpResponseMessage> ModerateAsync(this HttpClient officer, Guid commentId, string handler, IEnumerable<KeyValuePair<string, string>> fields) =>
        officer.PostFormAsync($"/officer/comments/{commentId}?handler={handler}", fields, formPage: $"/officer/comments/{commentId}");

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    /// <summary>The emails sent to one address.</summary>
    public static async Task<List<string>> EmailsToAsync(this LocalOfferSite site, string address) =>
        (await site.EmailsAsync()).Where(e => e.Contains($"To: {address}\r", StringComparison.OrdinalIgnoreCase)).ToList();
}
