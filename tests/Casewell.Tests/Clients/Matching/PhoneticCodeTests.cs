using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

public class PhoneticCodeTests
{
    [Theory]
    [InlineData("Catherine", "Katherine")]
    [InlineData("Catherine", "Kathryn")]
    [InlineData("Jon", "John")]
    [InlineData("Smith", "Smyth")]
    [InlineData("Smith", "Smithe")]
    [InlineData("Jonson", "Johnson")]
    [InlineData("Phillip", "Filip")]
    [InlineData("Stephen", "Steven")]
    [InlineData("Ericson", "Erickson")]
    [InlineData("Erickson", "Eriksen")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Mohammed", "Mohamed")]
    [InlineData("Geoff", "Jeff")]
    [InlineData("Thompson", "Tomson")]
    [InlineData("Schmidt", "Schmitt")]
    [InlineData("McDonald", "MacDonald")]
    [InlineData("McKenzie", "MacKenzie")]
    [InlineData("Dixon", "Dickson")]
    [InlineData("Hodges", "Hoges")]
    [InlineData("Knight", "Night")]
    [InlineData("Wright", "Right")]
    [InlineData("Meghan", "Megan")]
    [InlineData("Hernández", "Hernandes")]
    [InlineData("Gonzalez", "Gonzales")]
    [InlineData("Yvonne", "Ivonne")]
    [InlineData("Rhonda", "Ronda")]
    public void Spelling_variants_share_a_code(string a, string b) =>
        Assert.Equal(PhoneticCode.Encode(a), PhoneticCode.Encode(b));

    [Theory]
    [InlineData("Smith", "Smart")]
    [InlineData("Maria", "Mark")]
    [InlineData("Johnson", "Jackson")]
    [InlineData("Catherine", "Caroline")]
    [InlineData("Daniel", "Donald")]
    [InlineData("Robert", "Rupert")]
    [InlineData("Smith", "Schmidt")]
    [InlineData("Eric", "Rick")]
    public void Different_names_get_different_codes(string a, string b) =>
        Assert.NotEqual(PhoneticCode.Encode(a), PhoneticCode.Encode(b));

    [Fact]
    public void Case_and_accents_do_not_change_the_code()
    {
        Assert.Equal(PhoneticCode.Encode("JOSÉ"), PhoneticCode.Encode("jose"));
        Assert.Equal(PhoneticCode.Encode("Núñez"), PhoneticCode.Encode("NUNEZ"));
    }

    [Fact]
    public void A_compound_surname_has_one_code_however_it_is_joined()
    {
        var hyphenated = PhoneticCode.Encode("Garcia-Lopez");
        Assert.Equal(hyphenated, PhoneticCode.Encode("Garcia Lopez"));
        Assert.Equal(hyphenated, PhoneticCode.Encode("GarciaLopez"));
    }

    [Fact]
    public void A_leading_vowel_is_kept_as_one_symbol()
    {
        Assert.Equal(PhoneticCode.Encode("Eric"), PhoneticCode.Encode("Aric"));
        Assert.StartsWith("A", PhoneticCode.Encode("Oliver"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("-.'")]
    public void A_name_without_letters_has_an_empty_code(string? name) => Assert.Equal("", PhoneticCode.Encode(name));

    [Fact]
    public void Codes_never_exceed_the_maximum_length()
    {
        var code = PhoneticCode.Encode("Wolfeschlegelsteinhausenbergerdorff Montgomery-Fitzgerald");
        Assert.Equal(PhoneticCode.MaxLength, code.Length);
    }

    [Fact]
    public void Letters_outside_the_latin_alphabet_still_produce_a_code()
    {
        Assert.NotEqual("", PhoneticCode.Encode("Ødegård"));
        Assert.NotEqual("", PhoneticCode.Encode("Иванов"));
    }
}
