using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

public class JaroWinklerTests
{
    // Values published with Winkler's method (MARTHA/MARHTA, DWAYNE/DUANE, DIXON/DICKSONX).
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.961)]
    [InlineData("DWAYNE", "DUANE", 0.840)]
    [InlineData("DIXON", "DICKSONX", 0.813)]
    public void Known_pairs_score_as_published(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Equal_names_score_1() => Assert.Equal(1, JaroWinkler.Similarity("SMITH", "SMITH"));

    [Fact]
    public void Names_without_common_letters_score_0() => Assert.Equal(0, JaroWinkler.Similarity("ABC", "XYZ"));

    [Fact]
    public void An_empty_name_scores_0() => Assert.Equal(0, JaroWinkler.Similarity("", "SMITH"));

    [Fact]
    public void The_score_is_symmetric() =>
        Assert.Equal(JaroWinkler.Similarity("SMTIH", "SMITH"), JaroWinkler.Similarity("SMITH", "SMTIH"), 10);
}
