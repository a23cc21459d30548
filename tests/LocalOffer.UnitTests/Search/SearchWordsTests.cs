using LocalOffer.Web.Features.Catalogue.Search;
using LocalOffer.Web.Infrastructure.SearchIndex;

namespace LocalOffer.UnitTests.Search;

public sealed class SearchWordsTests
{
    private static readonly Synonyms Synonyms = new(["autism, autistic, asd", "speech and language therapy, salt, speech, talking", "short breaks, respite"]);

    [Fact]
    public void Understands_an_age_and_a_need_in_a_parents_words()
    {
        var words = SearchWords.Understand("my 4 year old isn't talking", Synonyms);
        Assert.Equal(4, words.Age);
        var term = Assert.Single(words.Terms);
        Assert.Equal("talking", term.Text);
        Assert.Contains("speech and language therapy", term.Alternatives);
    }

    [Theory]
    [InlineData("autism club near BA2", "BA2")]
    [InlineData("autism club near ba2 3ep", "BA2 3EP")]
    [InlineData("BA23EP autism club", "BA2 3EP")]
    public void Finds_a_postcode_written_in_the_words_and_keeps_it_out_of_the_words(string text, string postcode)
    {
        var words = SearchWords.Understand(text, Synonyms);
        Assert.Equal(postcode, words.Postcode!.Display);
        Assert.Equal(["autism", "club"], words.Terms.Select(t => t.Text));
        Assert.DoesNotContain("ba2", words.Normalised);
    }

    [Fact]
    public void Phrases_are_matched_before_single_words_and_only_an_unfinished_last_word_is_a_prefix()
    {
        var words = SearchWords.Understand("speech and language therapy for autis", Synonyms);
        Assert.Equal(["speech and language therapy", "autis"], words.Terms.Select(t => t.Text));
        Assert.True(words.Terms[1].IsPrefix);
        Assert.False(SearchWords.Understand("respite ", Synonyms).Terms[0].IsPrefix);
        Assert.False(SearchWords.Understand("swimming ", Synonyms).Terms[0].IsPrefix);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"()*-NEAR")]
    [InlineData("the and of my")]
    [InlineData("😀🧩")]
    public void Text_with_no_usable_words_is_an_empty_search(string text) =>
        Assert.True(SearchWords.Understand(text, Synonyms).IsEmpty);

    [Fact]
    public void Very_long_text_is_cut_to_a_sensible_length()
    {
        var words = SearchWords.Understand(string.Concat(Enumerable.Repeat("autism ", 5000)), Synonyms);
        Assert.True(words.Normalised.Length <= SearchWords.MaxLength);
    }

    [Fact]
    public void The_index_query_is_only_quoted_words_so_operators_are_never_operators()
    {
        var words = SearchWords.Understand("asd NEAR \"club\" OR (respite) -swim*", Synonyms);
        var fts = SqliteSearchIndex.ToFtsQuery(words.ToQuery());
        Assert.Equal("(\"autism\" OR \"autistic\" OR \"asd\") AND \"club\" AND (\"short breaks\" OR \"respite\") AND \"swim\"*", fts);
    }

    [Theory]
    [InlineData("autsim", "autism")]
    [InlineData("swimmming", "swimming")]
    [InlineData("respit", "respite")]
    [InlineData("zzzzzz", null)]
    [InlineData("ab", null)]
    public void Misspellings_get_the_nearest_known_word(string typed, string? expected)
    {
        var vocabulary = new Dictionary<string, int> { ["swimming"] = 4, ["swimmer"] = 1, ["autism"] = 9, ["club"] = 3 };
        Assert.Equal(expected, SpellingSuggestions.Nearest(typed, vocabulary, ["respite", "short breaks"]));
    }

    [Theory]
    [InlineData("autism", "autism", 0)]
    [InlineData("autsim", "autism", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Edit_distance_counts_swaps_as_one_edit(string a, string b, int expected) =>
        Assert.Equal(expected, SpellingSuggestions.Distance(a, b));
}
