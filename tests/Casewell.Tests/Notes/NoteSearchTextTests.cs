using Casewell.Notes;

namespace Casewell.Tests.Notes;

public sealed class NoteSearchTextTests
{
    private static NoteSearchText Parsed(string text)
    {
        var parsed = NoteSearchText.Parse(text);
        Assert.True(parsed.Succeeded, text);
        return parsed.Value!;
    }

    [Theory]
    [InlineData("Home visit", new[] { "home", "visit" })]
    [InlineData("\"home\" -visit*", new[] { "home", "visit" })]
    [InlineData("NEAR(school, 5) OR NOT", new[] { "near", "school", "5", "or", "not" })]
    [InlineData("data:plan", new[] { "data", "plan" })]
    [InlineData("O'Brien's 3pm", new[] { "o", "brien", "s", "3pm" })]
    [InlineData("Visit visit VISIT", new[] { "visit" })]
    [InlineData("Écoles  à  Montréal", new[] { "écoles", "à", "montréal" })]
    public void Only_letters_and_digits_make_words_lower_cased_each_once(string text, string[] words) =>
        Assert.Equal(words, Parsed(text).Words);

    [Fact]
    public void The_fts5_query_quotes_every_word_as_a_prefix_so_no_operator_survives() =>
        Assert.Equal("\"near\"* \"or\"* \"school\"*", Parsed("NEAR OR \"school\"*").ToFts5());

    [Fact]
    public void The_tsqueries_are_one_prefix_per_word_with_no_operator() =>
        Assert.Equal(["home:*", "visit:*"], Parsed("home & !visit | <->").ToTsQueries());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"*-:()&|!")]
    [InlineData("home\u0000visit")]
    [InlineData("home\nvisit")]
    public void Blank_punctuation_only_or_control_characters_are_refused_at_the_field(string? text)
    {
        var parsed = NoteSearchText.Parse(text);
        Assert.True(parsed.Failed);
        Assert.True(parsed.Errors.ContainsKey("q"));
    }

    [Fact]
    public void Too_long_or_too_many_words_is_refused()
    {
        Assert.True(NoteSearchText.Parse(new string('a', NoteSearchText.MaxLength + 1)).Errors.ContainsKey("q"));
        Assert.True(NoteSearchText.Parse(string.Join(' ', Enumerable.Range(0, NoteSearchText.MaxWords + 1).Select(i => $"w{i}"))).Errors.ContainsKey("q"));
        Assert.True(NoteSearchText.Parse(string.Join(' ', Enumerable.Range(0, NoteSearchText.MaxWords).Select(i => $"w{i}"))).Succeeded);
    }
}
