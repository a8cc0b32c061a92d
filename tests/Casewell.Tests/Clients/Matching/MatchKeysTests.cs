using Casewell.Clients;
using Casewell.Clients.Matching;

namespace Casewell.Tests.Clients.Matching;

public class MatchKeysTests
{
    [Fact]
    public void A_client_gets_one_key_of_each_family()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").Born("1980-03-14").WithSocialSecurityNumber("a1b2").Build());

        Assert.Equal(
            ["D:19800314", "FY:JN|1980", "I:a1b2", "L:SMT", "LY:SMT|1980", "NA:HIMST|HJNO", "NP:JN|SMT"],
            keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Swapped_first_and_last_names_produce_the_same_name_pair_key()
    {
        var straight = NameKeys(MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").Build()));
        var swapped = NameKeys(MatchKeys.Query(SubjectBuilder.Named("Smith", "John").Build()));

        Assert.Contains("NP:JN|SMT", swapped);
        Assert.Contains("NA:HIMST|HJNO", swapped);
        Assert.Equal(straight, swapped);
    }

    [Fact]
    public void A_hyphenated_last_name_gives_keys_for_the_whole_name_and_each_part()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("Maria", "García-López").Build());

        Assert.Contains("L:" + PhoneticCode.Encode("Garcia Lopez"), keys);
        Assert.Contains("L:" + PhoneticCode.Encode("Garcia"), keys);
        Assert.Contains("L:" + PhoneticCode.Encode("Lopez"), keys);
    }

    [Fact]
    public void Surname_particles_are_never_a_key_alone()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("Ana", "de la Cruz").Build());

        Assert.Contains("L:" + PhoneticCode.Encode("Cruz"), keys);
        Assert.DoesNotContain("L:" + PhoneticCode.Encode("de"), keys);
        Assert.DoesNotContain("L:" + PhoneticCode.Encode("la"), keys);
    }

    [Fact]
    public void A_nickname_also_keys_the_formal_name()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("Bill", "Smith").Born("1980-03-14").Build());

        Assert.Contains(NamePairKey("William", "Smith"), keys);
        Assert.Contains(NamePairKey("Bill", "Smith"), keys);
        Assert.Contains("FY:" + PhoneticCode.Encode("William") + "|1980", keys);
    }

    [Fact]
    public void A_preferred_name_is_keyed_with_the_last_name()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("Robert", "Jones").Preferring("Bobby").Build());

        Assert.Contains(NamePairKey("Bobby", "Jones"), keys);
    }

    [Fact]
    public void A_maiden_name_is_keyed_like_the_legal_name()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("Maria", "Garcia").AlsoKnownAs("Maria", "Lopez").Build());

        Assert.Contains(NamePairKey("Maria", "Garcia"), keys);
        Assert.Contains(NamePairKey("Maria", "Lopez"), keys);
        Assert.Contains("L:" + PhoneticCode.Encode("Lopez"), keys);
    }

    [Fact]
    public void A_middle_name_does_not_change_the_keys()
    {
        var without = MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").Born("1980-03-14").Build());
        var with = MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").WithMiddleName("Paul").Born("1980-03-14").Build());

        Assert.Equal(without.Order(StringComparer.Ordinal), with.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_subject_without_names_gets_only_birth_date_and_identifier_keys()
    {
        var keys = MatchKeys.Query(SubjectBuilder.Named(" ", "").Born("1980-03-14").WithSocialSecurityNumber("a1b2").Build());

        Assert.All(keys, key => Assert.True(key.StartsWith("D:", StringComparison.Ordinal) || key.StartsWith("I:", StringComparison.Ordinal), key));
        Assert.Contains("D:19800314", keys);
        Assert.Contains("I:a1b2", keys);
    }

    [Fact]
    public void The_query_looks_up_birth_years_two_either_side()
    {
        var keys = MatchKeys.Query(SubjectBuilder.Named("John", "Smith").Born("1980-03-14").Build());

        foreach (var year in new[] { "1978", "1979", "1980", "1981", "1982" })
        {
            Assert.Contains($"LY:SMT|{year}", keys);
            Assert.Contains($"FY:JN|{year}", keys);
        }
        Assert.DoesNotContain("LY:SMT|1977", keys);
        Assert.DoesNotContain("LY:SMT|1983", keys);
    }

    [Fact]
    public void The_query_looks_up_the_date_with_day_and_month_swapped()
    {
        Assert.Contains("D:19800403", MatchKeys.Query(SubjectBuilder.Named("John", "Smith").Born("1980-03-04").Build()));
        Assert.DoesNotContain("D:19800403", MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").Born("1980-03-04").Build()));
    }

    [Fact]
    public void No_swapped_date_is_looked_up_when_the_day_cannot_be_a_month()
    {
        var keys = MatchKeys.Query(SubjectBuilder.Named("John", "Smith").Born("1980-03-14").Build());

        Assert.Single(keys, key => key.StartsWith("D:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_approximate_birth_date_blocks_by_year_but_not_by_date()
    {
        var keys = MatchKeys.Stored(SubjectBuilder.Named("John", "Smith").BornAbout("1980-01-01").Build());

        Assert.DoesNotContain(keys, key => key.StartsWith("D:", StringComparison.Ordinal));
        Assert.Contains("LY:SMT|1980", keys);
    }

    [Fact]
    public void The_query_does_not_look_up_a_last_name_alone()
    {
        var keys = MatchKeys.Query(SubjectBuilder.Named("John", "Smith").Build());

        Assert.DoesNotContain(keys, key => key.StartsWith("L:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_key_fits_the_key_column()
    {
        var longName = string.Concat(Enumerable.Repeat("Abcdefghijklmnopqrstuvwxyz", 4));
        var subject = SubjectBuilder.Named(longName, longName + "-" + longName)
            .Born("1980-03-04")
            .WithSocialSecurityNumber(new string('f', 150))
            .Build();

        var keys = MatchKeys.Stored(subject).Concat(MatchKeys.Query(subject)).Concat(MatchKeys.SearchKeys(longName + " " + longName));

        Assert.All(keys, key => Assert.InRange(key.Length, 3, ClientMatchKey.MaxKeyLength));
    }

    [Fact]
    public void A_client_with_three_aliases_stays_under_150_keys()
    {
        var subject = SubjectBuilder.Named("María Guadalupe", "García-López")
            .Preferring("Lupe")
            .AlsoKnownAs("Lupita", "Hernández")
            .AlsoKnownAs("Maria", "de la Cruz Ramírez")
            .AlsoKnownAs("Mary", "Garcia")
            .Born("1975-06-07")
            .WithSocialSecurityNumber("a1b2")
            .WithIdentifier(IdentifierKind.Medicaid, "c3d4")
            .Build();

        Assert.InRange(MatchKeys.Stored(subject).Count, 1, 149);
        Assert.InRange(MatchKeys.Query(subject).Count, 1, 250);
    }

    [Theory]
    [MemberData(nameof(SamePersonRecordedDifferently))]
    public void A_query_shares_a_key_with_the_same_person_recorded_differently(string variant, SubjectBuilder query, SubjectBuilder candidate)
    {
        var shared = MatchKeys.Query(query.Build()).Intersect(MatchKeys.Stored(candidate.Build()));

        Assert.True(shared.Any(), variant);
    }

    public static TheoryData<string, SubjectBuilder, SubjectBuilder> SamePersonRecordedDifferently => new()
    {
        { "spelling of first name", SubjectBuilder.Named("Jon", "Smith"), SubjectBuilder.Named("John", "Smith") },
        { "transposed first name", SubjectBuilder.Named("Jhon", "Smith"), SubjectBuilder.Named("John", "Smith") },
        { "transposed last name", SubjectBuilder.Named("John", "Smtih"), SubjectBuilder.Named("John", "Smith") },
        { "transposition changing the sound", SubjectBuilder.Named("Rosa", "Garica"), SubjectBuilder.Named("Rosa", "Garcia") },
        { "nickname", SubjectBuilder.Named("Bill", "Johnson"), SubjectBuilder.Named("William", "Johnson") },
        { "two nicknames of one name", SubjectBuilder.Named("Will", "Johnson"), SubjectBuilder.Named("Billy", "Johnson") },
        { "Spanish nickname", SubjectBuilder.Named("Pepe", "Hernandez"), SubjectBuilder.Named("José", "Hernández") },
        { "swapped names", SubjectBuilder.Named("Smith", "John"), SubjectBuilder.Named("John", "Smith") },
        { "maiden name", SubjectBuilder.Named("Maria", "Lopez"), SubjectBuilder.Named("Maria", "Garcia").AlsoKnownAs("Maria", "Lopez") },
        { "married name not on file", SubjectBuilder.Named("Ana", "Ruiz").Born("1985-04-12"), SubjectBuilder.Named("Ana", "Torres").Born("1985-04-12") },
        { "hyphenated on file", SubjectBuilder.Named("Maria", "Garcia"), SubjectBuilder.Named("Maria", "Garcia-Lopez") },
        { "hyphenated at intake", SubjectBuilder.Named("Maria", "Garcia-Lopez"), SubjectBuilder.Named("Maria", "Lopez") },
        { "second surname only", SubjectBuilder.Named("Maria", "Lopez"), SubjectBuilder.Named("Maria", "Garcia Lopez") },
        { "spelling of both names", SubjectBuilder.Named("Katherine", "Thompson"), SubjectBuilder.Named("Catherine", "Tomson") },
        { "Scandinavian surname", SubjectBuilder.Named("Stephen", "Ericson"), SubjectBuilder.Named("Steven", "Eriksen") },
        { "transliteration", SubjectBuilder.Named("Mohammed", "Ali"), SubjectBuilder.Named("Muhammad", "Ali") },
        { "German surname", SubjectBuilder.Named("Geoff", "Schmidt"), SubjectBuilder.Named("Jeff", "Schmitt") },
        { "Mac and Mc", SubjectBuilder.Named("Liz", "McDonald"), SubjectBuilder.Named("Elizabeth", "MacDonald") },
        { "compound first name", SubjectBuilder.Named("Lupe", "Martinez"), SubjectBuilder.Named("María Guadalupe", "Martínez") },
        { "preferred name on file", SubjectBuilder.Named("Bobby", "Jones"), SubjectBuilder.Named("Robert", "Jones").Preferring("Bob") },
        { "unusual first name misspelled", SubjectBuilder.Named("Sochil", "Ramirez").Born("1990-02-02"), SubjectBuilder.Named("Xóchitl", "Ramírez").Born("1990-02-02") },
        { "approximate date two years off", SubjectBuilder.Named("Xochitl", "Ramyrez").BornAbout("1988-01-01"), SubjectBuilder.Named("Xóchitl", "Ramírez").Born("1990-02-02") },
        { "day and month swapped, surname changed", SubjectBuilder.Named("Tamsin", "Ruiz").Born("1985-12-04"), SubjectBuilder.Named("Tamzin", "Torres").Born("1985-04-12") },
        { "same identifier, names too different", SubjectBuilder.Named("Kwame", "Mensah").WithSocialSecurityNumber("a1b2"), SubjectBuilder.Named("Kofi", "Asante").WithSocialSecurityNumber("a1b2") },
    };

    [Fact]
    public void Different_people_share_no_key()
    {
        var query = SubjectBuilder.Named("Maria", "Garcia").Born("1990-05-06").Build();
        var candidate = SubjectBuilder.Named("John", "Smith").Born("1960-07-08").Build();

        Assert.Empty(MatchKeys.Query(query).Intersect(MatchKeys.Stored(candidate)));
    }

    [Theory]
    [InlineData("jon smtih")]
    [InlineData("Smith, John")]
    [InlineData("SMITH,JOHN")]
    [InlineData("John Smith")]
    [InlineData("Bill Smith")]
    [InlineData("smyth, william")]
    public void A_search_finds_the_client_under_typos_order_and_nicknames(string text)
    {
        var stored = MatchKeys.Stored(SubjectBuilder.Named("William", "Smith").AlsoKnownAs("John", "Smith").Build());

        Assert.NotEmpty(MatchKeys.SearchKeys(text).Intersect(stored));
    }

    [Theory]
    [InlineData("smith")]
    [InlineData("Smyth")]
    [InlineData("Smith, J.")]
    public void A_search_for_a_surname_alone_uses_the_last_name_key(string text) =>
        Assert.Equal(["L:SMT"], MatchKeys.SearchKeys(text));

    [Fact]
    public void A_search_pairs_every_two_words()
    {
        var keys = MatchKeys.SearchKeys("Maria Garcia Lopez");

        Assert.Contains(NamePairKey("Maria", "Garcia"), keys);
        Assert.Contains(NamePairKey("Maria", "Lopez"), keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  , ")]
    [InlineData("123")]
    public void A_search_without_a_name_has_no_keys(string? text) => Assert.Empty(MatchKeys.SearchKeys(text));

    private static string NamePairKey(string first, string last)
    {
        var a = PhoneticCode.Encode(first);
        var b = PhoneticCode.Encode(last);
        return string.CompareOrdinal(a, b) <= 0 ? $"NP:{a}|{b}" : $"NP:{b}|{a}";
    }

    private static string[] NameKeys(IReadOnlyCollection<string> keys) =>
        [.. keys.Where(key => key.StartsWith("NP:", StringComparison.Ordinal) || key.StartsWith("NA:", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
}
