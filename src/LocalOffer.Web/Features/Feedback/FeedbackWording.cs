using Microsoft.Extensions.Localization;

namespace LocalOffer.Web.Features.Feedback;

/// <summary>
/// The words of the comment form in one of its versions: standard, for young people ("easier words"),
/// or Easy Read (one idea a sentence, very short). The fields and rules are the same in every version.
/// The words are written here in English; <see cref="In"/> gives them in the visitor's language, the
/// English being the key in <c>FeedbackStrings.{language}.resx</c>.
/// </summary>
public sealed record FeedbackWording
{
    public const string YoungPeopleKey = "young-people", EasyReadKey = "easy-read";

    /// <summary>The value of <c>?version=</c>, or null for the standard version.</summary>
    public string? Key { get; init; }
    public required string Heading { get; init; }
    public required string ServiceHeading { get; init; }
    public required string[] Intro { get; init; }
    public required string Warning { get; init; }
    public required string TopicLegend { get; init; }
    public required Func<CommentTopic, string> Topic { get; init; }
    public required string GiverLegend { get; init; }
    public required Func<CommentGiver, string> Giver { get; init; }
    public required string TextLabel { get; init; }
    public required string TextHint { get; init; }
    public required string ServiceTextHint { get; init; }
    public required string EmailLabel { get; init; }
    public required string EmailHint { get; init; }
    public required string ConsentLabel { get; init; }
    public required string ConsentHint { get; init; }
    public required string Send { get; init; }

    public required string ChooseTopic { get; init; }
    public required string ChooseGiver { get; init; }
    public required string EnterText { get; init; }
    public required string TextTooLong { get; init; }
    public required string EmailInvalid { get; init; }
    public required string EmailTooLong { get; init; }
    public required string ConsentMissing { get; init; }
    public required string Honeypot { get; init; }
    public required string TooMany { get; init; }
    public required string NotSavedNow { get; init; }

    public required string SentTitle { get; init; }
    public required string[] WhatHappensNext { get; init; }
    public required string[] WhatHappensNextService { get; init; }

    /// <summary>These words in the visitor's language (English when there is no translation).</summary>
    public FeedbackWording In(IStringLocalizer text) => Map(english => text[english]);

    /// <summary>Every English text of this version, choices included: what the translations must cover.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            var all = new List<string>();
            Map(english => { all.Add(english); return english; });
            return all;
        }
    }

    private FeedbackWording Map(Func<string, string> word)
    {
        var topics = Enum.GetValues<CommentTopic>().ToDictionary(t => t, t => word(Topic(t)));
        var givers = Enum.GetValues<CommentGiver>().ToDictionary(g => g, g => word(Giver(g)));
        return this with
        {
            Heading = word(Heading), ServiceHeading = word(ServiceHeading), Intro = [.. Intro.Select(word)], Warning = word(Warning),
            TopicLegend = word(TopicLegend), Topic = t => topics[t], GiverLegend = word(GiverLegend), Giver = g => givers[g],
            TextLabel = word(TextLabel), TextHint = word(TextHint), ServiceTextHint = word(ServiceTextHint),
            EmailLabel = word(EmailLabel), EmailHint = word(EmailHint), ConsentLabel = word(ConsentLabel), ConsentHint = word(ConsentHint),
            Send = word(Send),
            ChooseTopic = word(ChooseTopic), ChooseGiver = word(ChooseGiver), EnterText = word(EnterText), TextTooLong = word(TextTooLong),
            EmailInvalid = word(EmailInvalid), EmailTooLong = word(EmailTooLong), ConsentMissing = word(ConsentMissing),
            Honeypot = word(Honeypot), TooMany = word(TooMany), NotSavedNow = word(NotSavedNow),
            SentTitle = word(SentTitle), WhatHappensNext = [.. WhatHappensNext.Select(word)], WhatHappensNextService = [.. WhatHappensNextService.Select(word)],
        };
    }

    public static FeedbackWording For(string? key) => key switch
    {
        YoungPeopleKey => YoungPeople,
        EasyReadKey => EasyRead,
        _ => Standard,
    };

    public static readonly FeedbackWording Standard = new()
    {
        Heading = "Have your say about the Local Offer",
        ServiceHeading = "Tell us about this service or report a problem",
        Intro =
        [
            "Tell us what you think of the Local Offer: the information in it, anything missing, how easy it is to use, or how we develop it.",
            "We read every comment. We publish comments about the Local Offer with our response, with personal details taken out.",
        ],
        Warning = "Do not include your child's name, date of birth or details of their EHC plan.",
        TopicLegend = "What is your comment about?",
        Topic = FeedbackText.Describe,
        GiverLegend = "Who is giving this comment?",
        Giver = FeedbackText.Describe,
        TextLabel = "Your comment",
        TextHint = "For example, what you found useful, what was hard to find, or what is missing",
        ServiceTextHint = "For example, something on the page that is wrong or out of date, or what you think of the service",
        EmailLabel = "Email address (optional)",
        EmailHint = "If you want a reply, give your email address. We will only use it to reply to you and will not publish it.",
        ConsentLabel = "I agree to the Local Offer team emailing me a reply",
        ConsentHint = "Only needed if you give your email address",
        Send = "Send your comment",
        ChooseTopic = "Select what your comment is about",
        ChooseGiver = "Select who is giving this comment",
        EnterText = "Enter your comment",
        TextTooLong = "Your comment must be 2,000 characters or fewer",
        EmailInvalid = "Enter an email address in the correct format, like name@example.com",
        EmailTooLong = "Your email address must be 200 characters or fewer",
        ConsentMissing = "Tick the box to agree to us emailing you, or remove your email address",
        Honeypot = "We could not accept this. If you are a person, leave the 'Leave this blank' box empty and send it again.",
        TooMany = "You have sent several comments in the last hour. Please wait and try again later, or phone the Local Offer team.",
        NotSavedNow = "We could not save your comment just now because of a problem on our side. Your words are still below: please send them again in a few minutes.",
        SentTitle = "Comment sent",
        WhatHappensNext =
        [
            "A member of the Local Offer team reads every comment.",
            "We publish comments about the Local Offer with the council's response. We take out personal details first.",
            "If you gave your email address and asked for a reply, we will email you.",
        ],
        WhatHappensNextService =
        [
            "A member of the Local Offer team reads every comment.",
            "We pass comments about a service to that service. If something on the page is wrong, we will check it with them.",
            "If you gave your email address and asked for a reply, we will email you.",
        ],
    };

    public static readonly FeedbackWording YoungPeople = Standard with
    {
        Key = YoungPeopleKey,
        Heading = "Tell us what you think of the Local Offer",
        ServiceHeading = "Tell us what you think of this service",
        Intro =
        [
            "The Local Offer is this website. It tells you about support and services if you have special educational needs or a disability.",
            "We want to know what you think. We read everything you send.",
        ],
        Warning = "Do not put your name, your birthday or anything from your EHC plan.",
        TopicLegend = "What do you want to tell us about?",
        Topic = topic => topic switch
        {
            CommentTopic.Information => "Something you read on this website",
            CommentTopic.Missing => "Something that is not on this website but should be",
            CommentTopic.EaseOfUse => "How easy it is to find things and use this website",
            CommentTopic.Development => "How we make this website better",
            CommentTopic.Service => "A service",
            _ => "Something else",
        },
        GiverLegend = "Who are you?",
        Giver = giver => giver switch
        {
            CommentGiver.ChildOrYoungPerson => "I am a child or young person",
            CommentGiver.ParentOrCarer => "I am a parent or carer",
            CommentGiver.OnBehalfOfChild => "I am writing for a child or young person",
            CommentGiver.Professional => "I work with children or young people",
            _ => "Someone else",
        },
        TextLabel = "What do you want to say?",
        TextHint = "You can say what was good, what was hard, or what is missing",
        ServiceTextHint = "You can say what was good, what was hard, or what is wrong on the page",
        EmailLabel = "Your email address (you do not have to give it)",
        EmailHint = "If you want a reply, give your email address. We will only use it to reply to you and will not publish it.",
        ConsentLabel = "Yes, you can email me a reply",
        ConsentHint = "Only tick this if you gave your email address",
        Send = "Send",
        ChooseTopic = "Choose what you want to tell us about",
        ChooseGiver = "Choose who you are",
        EnterText = "Write what you want to say",
        TextTooLong = "What you write must be 2,000 characters or fewer",
        EmailInvalid = "Check your email address. It should look like name@example.com",
        EmailTooLong = "Your email address must be 200 characters or fewer",
        ConsentMissing = "Tick the box so we can email you, or take out your email address",
        SentTitle = "Thank you. We got your message",
        WhatHappensNext =
        [
            "Someone from the Local Offer team will read it.",
            "We may put what you said on this website with our answer. We take out anything that says who you are.",
            "If you asked for a reply, we will email you.",
        ],
        WhatHappensNextService =
        [
            "Someone from the Local Offer team will read it.",
            "We will tell the service what you said. If something on the page is wrong, we will check it.",
            "If you asked for a reply, we will email you.",
        ],
    };

    public static readonly FeedbackWording EasyRead = YoungPeople with
    {
        Key = EasyReadKey,
        Heading = "Tell us what you think",
        ServiceHeading = "Tell us about this service",
        Intro =
        [
            "This website is called the Local Offer.",
            "It tells you about help for children and young people with special needs.",
            "We want to know what you think.",
        ],
        Warning = "Do not write your name. Do not write your birthday. Do not write about your EHC plan.",
        TopicLegend = "What is it about?",
        Topic = topic => topic switch
        {
            CommentTopic.Information => "Something I read here",
            CommentTopic.Missing => "Something that is not here",
            CommentTopic.EaseOfUse => "It is hard or easy to use",
            CommentTopic.Development => "How you make this website",
            CommentTopic.Service => "A service",
            _ => "Something else",
        },
        GiverLegend = "Who are you?",
        Giver = giver => giver switch
        {
            CommentGiver.ChildOrYoungPerson => "A child or young person",
            CommentGiver.ParentOrCarer => "A parent or carer",
            CommentGiver.OnBehalfOfChild => "I am helping a child or young person",
            CommentGiver.Professional => "I work with children",
            _ => "Someone else",
        },
        TextLabel = "What do you want to say?",
        TextHint = "Write it here.",
        ServiceTextHint = "Write it here.",
        EmailLabel = "Your email (you do not have to)",
        EmailHint = "If you want a reply, give your email address. We will only use it to reply to you and will not publish it.",
        ConsentLabel = "Yes. You can email me.",
        ConsentHint = "Only if you gave your email.",
        ChooseTopic = "Choose what it is about",
        ChooseGiver = "Choose who you are",
        EnterText = "Write what you want to say",
        TextTooLong = "That is too long. Use 2,000 letters or fewer.",
        EmailInvalid = "Check your email. It should look like name@example.com",
        ConsentMissing = "Tick the box. Or take out your email.",
        SentTitle = "Thank you",
        WhatHappensNext =
        [
            "We got your message.",
            "We will read it.",
            "We may put it on this website. We will take out your name.",
            "If you asked, we will email you.",
        ],
        WhatHappensNextService =
        [
            "We got your message.",
            "We will read it.",
            "We will tell the service.",
            "If you asked, we will email you.",
        ],
    };
}
