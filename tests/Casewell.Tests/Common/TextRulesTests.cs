using Casewell.Common;

namespace Casewell.Tests.Common;

public class TextRulesTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t")]
    [InlineData("\u200B")]
    [InlineData("\u200C\u200D")]
    [InlineData("\u2060")]
    [InlineData("\uFEFF")]
    [InlineData(" \u200B \uFEFF ")]
    public void Whitespace_and_characters_that_draw_nothing_are_blank(string? value) => Assert.True(TextRules.IsBlank(value));

    [Theory]
    [InlineData("a")]
    [InlineData("\u200Ba")]
    [InlineData("\u00A0x")]
    public void Anything_visible_is_not_blank(string value) => Assert.False(TextRules.IsBlank(value));

    [Fact]
    public void A_blank_optional_value_is_stored_as_nothing_and_others_trimmed()
    {
        Assert.Null(TextRules.OrNull("\u200B "));
        Assert.Equal("Home visit", TextRules.OrNull("  Home visit "));
    }

    [Theory]
    [InlineData("a\0b")]
    [InlineData("\u0001")]
    [InlineData("bell\u0007")]
    [InlineData("del\u007F")]
    [InlineData("c1\u0085")]
    public void Control_characters_are_refused_in_any_text(string value)
    {
        Assert.Equal(TextProblem.ControlCharacter, TextRules.ProblemOf(value, multiLine: false));
        Assert.Equal(TextProblem.ControlCharacter, TextRules.ProblemOf(value, multiLine: true));
    }

    [Fact]
    public void Half_of_a_surrogate_pair_is_refused_in_any_text()
    {
        // Not as InlineData: test discovery would carry these strings with the half pair replaced.
        foreach (var value in new[] { "half \uD800 pair", "low \uDC00 first", "ends high \uD83D" })
            Assert.Equal(TextProblem.ControlCharacter, TextRules.ProblemOf(value, multiLine: true));
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("windows\r\nbreak")]
    [InlineData("tab\there")]
    public void Tabs_and_line_breaks_are_kept_in_texts_of_several_lines_only(string value)
    {
        Assert.Null(TextRules.ProblemOf(value, multiLine: true));
        Assert.Equal(TextProblem.LineBreak, TextRules.ProblemOf(value, multiLine: false));
    }

    [Theory]
    [InlineData("José Núñez")]
    [InlineData("名前")]
    [InlineData("emoji 👩‍👧")]
    [InlineData("O'Brien-Smith")]
    public void Ordinary_text_in_any_script_is_fine(string value) => Assert.Null(TextRules.ProblemOf(value, multiLine: false));

    [Fact]
    public void A_field_error_names_the_field_and_says_what_to_do()
    {
        var v = new Validation();
        Message name = new("Test.Name"), code = new("Test.Code"), notes = new("Test.Notes"), title = new("Test.Title");

        v.SingleLine("Name", "a\0b", 100, name);
        v.SingleLine("Code", "A\nB", 10, code);
        v.MultiLine("Notes", "one\ntwo", 100, notes);
        v.Required("Title", "\u200B", title);

        var errors = v.ToDictionary();
        Assert.Equal(["Name", "Code", "Title"], errors.Keys);
        Assert.Equal([new Message(ValidationMessages.ControlCharacter, name)], errors["Name"]);
        Assert.Equal([new Message(ValidationMessages.LineBreak, code)], errors["Code"]);
        Assert.Equal([new Message(ValidationMessages.Required, title)], errors["Title"]);
    }

    [Fact]
    public void A_text_too_long_says_the_limit()
    {
        var v = new Validation();
        Message name = new("Test.Name");

        v.SingleLine("Name", "abcd", 3, name);

        Assert.Equal([new Message(ValidationMessages.TooLong, name, 3)], v.ToDictionary()["Name"]);
    }
}
