using Casewell.Notes;

namespace Casewell.Tests.Notes;

public sealed class NoteSnippetTests
{
    private static string Shown(IReadOnlyList<NoteSnippetPart> parts) => string.Concat(parts.Select(p => p.Match ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Every_whole_word_starting_with_a_searched_word_is_marked_whatever_its_case() =>
        Assert.Equal("Visited the school; [Schools] and [visits] vary, school is fine.",
            Shown(NoteSnippet.Of("Visited the school; Schools and visits vary, school is fine.", ["schools", "visits"])));

    [Fact]
    public void A_word_inside_another_is_not_a_match() =>
        Assert.Equal("Preschool, then [school].", Shown(NoteSnippet.Of("Preschool, then school.", ["school"])));

    [Fact]
    public void A_long_note_is_cut_around_the_first_match_with_ellipses()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 60)) + " the dog bit " + string.Join(' ', Enumerable.Repeat("more", 60));
        var parts = NoteSnippet.Of(text, ["dog"]);
        Assert.Equal("… ", parts[0].Text);
        Assert.Equal(" …", parts[^1].Text);
        Assert.Single(parts, p => p.Match && p.Text == "dog");
        Assert.True(string.Concat(parts.Select(p => p.Text)).Length <= NoteSnippet.Width + 4);
    }

    [Fact]
    public void Markup_in_a_note_stays_text_in_the_parts() =>
        Assert.Equal("<b>[bold]</b>", Shown(NoteSnippet.Of("<b>bold</b>", ["bold"])));
}
