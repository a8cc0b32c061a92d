using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

public class AnagramKeyTests
{
    [Theory]
    [InlineData("Smtih", "Smith")]
    [InlineData("Jhon", "John")]
    [InlineData("Garica", "Garcia")]
    [InlineData("Mraia", "Maria")]
    public void Transposed_letters_give_the_same_key(string typo, string name) =>
        Assert.Equal(AnagramKey.Of(name), AnagramKey.Of(typo));

    [Fact]
    public void The_key_is_the_folded_letters_in_order() => Assert.Equal("HIMST", AnagramKey.Of("Smith"));

    [Fact]
    public void Different_letters_give_different_keys() => Assert.NotEqual(AnagramKey.Of("Smith"), AnagramKey.Of("Smyth"));

    [Fact]
    public void Spaces_hyphens_case_and_accents_are_ignored() =>
        Assert.Equal(AnagramKey.Of("garcía lópez"), AnagramKey.Of("GARCIA-LOPEZ"));

    [Fact]
    public void Long_names_are_cut_to_the_maximum_length() =>
        Assert.Equal(AnagramKey.MaxLength, AnagramKey.Of(new string('A', 60) + new string('B', 60)).Length);

    [Fact]
    public void A_name_without_letters_has_an_empty_key() => Assert.Equal("", AnagramKey.Of(" - "));
}
