using LocalOffer.Web.Features.Feedback;

namespace LocalOffer.UnitTests.Feedback;

public sealed class PersonalDetailsTests
{
    private static List<(PersonalDetailKind Kind, string Text)> Found(string text) => PersonalDetails.Find(text).Select(d => (d.Kind, d.Text)).ToList();

    [Theory]
    [InlineData("Email me at jo.bloggs+send@example.co.uk please", "jo.bloggs+send@example.co.uk")]
    [InlineData("my address is SAM@MAIL.COM.", "SAM@MAIL.COM")]
    public void Finds_email_addresses(string text, string expected) =>
        Assert.Contains((PersonalDetailKind.Email, expected), Found(text));

    [Theory]
    [InlineData("Ring me on 07700 900123 any time", "07700 900123")]
    [InlineData("call 01225 477000.", "01225 477000")]
    [InlineData("mobile +44 7700 900 123", "+44 7700 900 123")]
    [InlineData("office (01632) 960001", "(01632) 960001")]
    [InlineData("020 7946 0018 is the number", "020 7946 0018")]
    public void Finds_UK_phone_numbers(string text, string expected) =>
        Assert.Contains((PersonalDetailKind.Phone, expected), Found(text));

    [Theory]
    [InlineData("We live at BA2 3EP near the park", "BA2 3EP")]
    [InlineData("postcode sw1a1aa", "sw1a1aa")]
    [InlineData("In EC1A 1BB.", "EC1A 1BB")]
    public void Finds_UK_postcodes(string text, string expected) =>
        Assert.Contains((PersonalDetailKind.Postcode, expected), Found(text));

    [Theory]
    [InlineData("He was born on 14/03/2016 and", "14/03/2016")]
    [InlineData("date of birth 3rd March 2015.", "3rd March 2015")]
    public void Finds_dates(string text, string expected) =>
        Assert.Contains((PersonalDetailKind.Date, expected), Found(text));

    [Theory]
    [InlineData("My son Oliver has autism and the page did not help", "Oliver")]
    [InlineData("my daughter, Amelia Jones, waited a year", "Amelia Jones")]
    [InlineData("our child is called Noah.", "Noah")]
    [InlineData("a boy named Leo was turned away", "Leo")]
    [InlineData("We spoke to Mrs Patel at the school", "Mrs Patel")]
    [InlineData("Dr. Hughes said no", "Dr. Hughes")]
    [InlineData("My son Oliver Smith-Jones waited", "Oliver Smith-Jones")]
    [InlineData("Ms O'Neill-Barry at the desk", "Ms O'Neill-Barry")]
    public void Finds_likely_names(string text, string expected) =>
        Assert.Contains((PersonalDetailKind.Name, expected), Found(text));

    [Theory]
    [InlineData("My son has autism and The Local Offer did not list any clubs.")]
    [InlineData("The transport page is hard to find. My daughter Is not able to travel alone.")]
    [InlineData("There were 12 clubs listed in 2024 but only 3 in 2025.")]
    public void Ordinary_words_and_numbers_are_not_flagged(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Segments_put_the_text_back_together_with_the_details_marked()
    {
        const string text = "My son Oliver <b>loves</b> it; email me@example.org.";
        var segments = PersonalDetails.Segments(text);
        Assert.Equal(text, string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["Oliver", "me@example.org"], segments.Where(s => s.Detail is not null).Select(s => s.Text));
    }

    [Fact]
    public void Contact_details_can_be_taken_out_for_providers()
    {
        var text = PersonalDetails.WithoutContactDetails("Ask Jo on 07700 900123 or jo@example.org, or Jo@Example.org", "jo@example.org");
        Assert.DoesNotContain("example.org", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("07700", text);
        Assert.Contains("[phone number taken out]", text);
    }

    [Fact]
    public void Only_abusive_vexatious_or_duplicate_may_withhold_a_comment_on_the_Local_Offer_itself()
    {
        Assert.Equal([WithholdReason.Abusive, WithholdReason.Vexatious, WithholdReason.Duplicate], CommentModeration.ReasonsFor(CommentTopic.EaseOfUse));
        Assert.Equal(Enum.GetValues<WithholdReason>(), CommentModeration.ReasonsFor(CommentTopic.Service));
    }
}
