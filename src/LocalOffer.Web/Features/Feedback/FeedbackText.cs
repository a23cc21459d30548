namespace LocalOffer.Web.Features.Feedback;

/// <summary>The words the feedback pages, moderation and the yearly summary use for each choice.</summary>
public static class FeedbackText
{
    public static string Describe(CommentTopic topic) => topic switch
    {
        CommentTopic.Information => "The information in the Local Offer",
        CommentTopic.Missing => "Something missing from the Local Offer",
        CommentTopic.EaseOfUse => "How easy the information is to find and use",
        CommentTopic.Development => "How the Local Offer is developed and reviewed",
        CommentTopic.Service => "A particular service",
        _ => "Something else",
    };

    public static string Describe(CommentGiver giver) => giver switch
    {
        CommentGiver.ChildOrYoungPerson => "A child or young person",
        CommentGiver.ParentOrCarer => "A parent or carer",
        CommentGiver.OnBehalfOfChild => "Someone on behalf of a child or young person",
        CommentGiver.Professional => "A professional",
        _ => "Someone else",
    };

    public static string Describe(WithholdReason reason) => reason switch
    {
        WithholdReason.Abusive => "Abusive",
        WithholdReason.Vexatious => "Vexatious",
        WithholdReason.PersonalInformation => "Personal information that cannot be taken out",
        WithholdReason.Duplicate => "A duplicate of another comment",
        _ => "Not about the Local Offer",
    };

    public static string Describe(ActionStatus status) => status switch
    {
        ActionStatus.Planned => "Planned",
        ActionStatus.InProgress => "In progress",
        _ => "Done",
    };

    /// <summary>
    /// Comments the law says must be published (the Local Offer's content and gaps, how easy it is to
    /// use, how it is developed) may only be withheld as abusive or vexatious, or as a duplicate.
    /// </summary>
    public static bool MayWithhold(CommentTopic topic, WithholdReason reason) =>
        topic is not (CommentTopic.Information or CommentTopic.Missing or CommentTopic.EaseOfUse or CommentTopic.Development)
        || reason is WithholdReason.Abusive or WithholdReason.Vexatious or WithholdReason.Duplicate;
}
