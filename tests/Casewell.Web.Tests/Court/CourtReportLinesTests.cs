using Casewell.Web.Court;

namespace Casewell.Web.Tests.Court;

/// <summary>The PDF's line breaker, measured here by characters (one unit each) so that each case is plain to see.</summary>
public sealed class CourtReportLinesTests
{
    private static List<string> Break(string text, double width) => [.. CourtReportLines.Break(text, width, s => s.Length)];

    [Fact]
    public void Lines_break_at_spaces_and_never_run_past_the_width()
    {
        var lines = Break("The family kept every appointment this month", 16);

        Assert.Equal(["The family kept", "every", "appointment this", "month"], lines);
        Assert.All(lines, l => Assert.True(l.Length <= 16));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_and_nothing_of_it_is_lost()
    {
        var lines = Break("see https://example.org/a/very/long/path now", 10);

        Assert.All(lines, l => Assert.True(l.Length <= 10, l));
        Assert.Equal("seehttps://example.org/a/very/long/pathnow", string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_writers_own_line_breaks_are_kept_and_an_empty_line_stays_a_line()
    {
        Assert.Equal(["First", "", "Third"], Break("First\r\n\nThird", 40));
    }
}
