using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

public class NicknamesTests
{
    [Theory]
    [InlineData("Bill", "William")]
    [InlineData("Willy", "William")]
    [InlineData("Liam", "William")]
    [InlineData("Bob", "Robert")]
    [InlineData("Robbie", "Robert")]
    [InlineData("Liz", "Elizabeth")]
    [InlineData("Betty", "Elizabeth")]
    [InlineData("Lisa", "Elizabeth")]
    [InlineData("Peggy", "Margaret")]
    [InlineData("Meg", "Margaret")]
    [InlineData("Jimmy", "James")]
    [InlineData("Dick", "Richard")]
    [InlineData("Rick", "Richard")]
    [InlineData("Kate", "Katherine")]
    [InlineData("Cathy", "Catherine")]
    [InlineData("Tony", "Anthony")]
    [InlineData("Pepe", "José")]
    [InlineData("Paco", "Francisco")]
    [InlineData("Pancho", "Francisco")]
    [InlineData("Lupe", "Guadalupe")]
    [InlineData("Chuy", "Jesús")]
    [InlineData("Nacho", "Ignacio")]
    [InlineData("Memo", "Guillermo")]
    [InlineData("Lola", "Dolores")]
    public void A_nickname_and_its_formal_name_are_equivalent_both_ways(string nickname, string formal)
    {
        Assert.True(Nicknames.AreEquivalent(nickname, formal));
        Assert.True(Nicknames.AreEquivalent(formal, nickname));
    }

    [Theory]
    [InlineData("Bill", "Will")]
    [InlineData("Peggy", "Maggie")]
    [InlineData("Paco", "Pancho")]
    public void Two_nicknames_of_the_same_name_are_equivalent(string a, string b) => Assert.True(Nicknames.AreEquivalent(a, b));

    [Fact]
    public void A_name_in_several_groups_has_each_formal_name_as_a_canonical_form()
    {
        Assert.Equal(["ALEXANDER", "ALEXANDRA", "ALEJANDRO", "ALEJANDRA"], Nicknames.CanonicalForms("Alex"));
        var chris = Nicknames.CanonicalForms("Chris");
        Assert.Contains("CHRISTOPHER", chris);
        Assert.Contains("CHRISTINE", chris);
        Assert.Contains("CHRISTINA", chris);
    }

    [Theory]
    [InlineData("Alex", "Alexander")]
    [InlineData("Alex", "Alexandra")]
    [InlineData("Chris", "Christopher")]
    [InlineData("Chris", "Christine")]
    [InlineData("Chris", "Christina")]
    public void A_nickname_of_several_names_is_equivalent_to_each(string nickname, string formal) =>
        Assert.True(Nicknames.AreEquivalent(nickname, formal));

    [Theory]
    [InlineData("Alexander", "Alexandra")]
    [InlineData("Christopher", "Christine")]
    [InlineData("William", "Robert")]
    [InlineData("Bill", "Bob")]
    public void Different_names_are_not_equivalent_even_through_a_shared_nickname(string a, string b) =>
        Assert.False(Nicknames.AreEquivalent(a, b));

    [Fact]
    public void A_formal_name_is_its_own_first_canonical_form()
    {
        Assert.Equal(["WILLIAM"], Nicknames.CanonicalForms("William"));
        Assert.Equal("NATHAN", Nicknames.CanonicalForms("Nathan")[0]);
    }

    [Fact]
    public void A_name_in_no_group_is_its_own_canonical_form() => Assert.Equal(["XOCHITL"], Nicknames.CanonicalForms("Xóchitl"));

    [Fact]
    public void Case_and_accents_are_ignored()
    {
        Assert.True(Nicknames.AreEquivalent("PEPE", "josé"));
        Assert.True(Nicknames.AreEquivalent("chuy", "JESUS"));
        Assert.Equal(["WILLIAM"], Nicknames.CanonicalForms("bIlL"));
    }

    [Fact]
    public void An_empty_name_has_no_canonical_form_and_no_equivalent()
    {
        Assert.Empty(Nicknames.CanonicalForms(" "));
        Assert.False(Nicknames.AreEquivalent("", ""));
        Assert.False(Nicknames.AreEquivalent(null, "William"));
    }

    [Fact]
    public void The_table_has_at_least_150_groups_with_distinct_formal_names()
    {
        Assert.True(Nicknames.GroupCount >= 150, $"{Nicknames.GroupCount} groups");
        var roots = NicknameGroups.Lines.Select(line => line.Split(' ')[0]).ToList();
        Assert.Equal(roots.Count, roots.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_group_has_a_formal_name_and_at_least_one_equivalent() =>
        Assert.All(NicknameGroups.Lines, line => Assert.True(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2, line));
}
