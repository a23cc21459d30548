using LocalOffer.Web.Features.Shortlist;

namespace LocalOffer.UnitTests.Shortlist;

public sealed class ShortlistCookieTests
{
    private static readonly Guid A = Guid.Parse("11111111-1111-4111-8111-111111111111"), B = Guid.Parse("22222222-2222-4222-8222-222222222222");

    [Fact]
    public void A_list_is_written_as_ids_and_read_back_in_the_same_order()
    {
        var value = ShortlistCookie.Format([B, A]);
        Assert.Equal("22222222222242228222222222222222.11111111111141118111111111111111", value);
        Assert.Equal([B, A], ShortlistCookie.Parse(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("....")]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("11111111-1111-4111-8111-111111111111")]
    [InlineData("{11111111111141118111111111111111}")]
    public void Anything_that_is_not_a_list_of_ids_reads_as_an_empty_list(string? value) =>
        Assert.Empty(ShortlistCookie.Parse(value));

    [Fact]
    public void Garbage_and_repeats_are_skipped_and_the_ids_kept()
    {
        var value = $"x.{A:N}.{A:N}. {B:N} .<script>";
        Assert.Equal([A, B], ShortlistCookie.Parse(value));
    }

    [Fact]
    public void No_more_than_fifty_services_are_read_however_long_the_cookie()
    {
        var ids = Enumerable.Range(0, 80).Select(_ => Guid.NewGuid()).ToList();
        Assert.Equal(ids.Take(ShortlistCookie.MaxServices), ShortlistCookie.Parse(string.Join('.', ids.Select(i => i.ToString("N")))));
        Assert.Equal(ShortlistCookie.MaxServices, ShortlistCookie.Parse(ShortlistCookie.Format(ids)).Count);
        Assert.True(ShortlistCookie.Format(ids).Length < 4000);
    }
}

public sealed class ShortlistLinksTests
{
    private static bool Local(string? url) => url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    [Theory]
    [InlineData("/services?q=swimming", "/services?q=swimming&shortlist=saved")]
    [InlineData("/services?q=swimming&shortlist=removed", "/services?q=swimming&shortlist=saved")]
    [InlineData("/services/chatterbox-speech-group", "/services/chatterbox-speech-group?shortlist=saved")]
    [InlineData("/services/chatterbox-speech-group#contact", "/services/chatterbox-speech-group?shortlist=saved")]
    [InlineData("https://elsewhere.example/", "/shortlist?shortlist=saved")]
    [InlineData("//elsewhere.example/", "/shortlist?shortlist=saved")]
    [InlineData(null, "/shortlist?shortlist=saved")]
    public void Going_back_stays_on_this_site_and_carries_one_message(string? returnUrl, string expected) =>
        Assert.Equal(expected, ShortlistLinks.Back(returnUrl, ShortlistLinks.Saved, Local));
}
