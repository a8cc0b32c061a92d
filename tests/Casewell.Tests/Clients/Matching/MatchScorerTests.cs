using Casewell.Clients;
using Casewell.Clients.Matching;
using Casewell.Common;

namespace Casewell.Tests.Clients.Matching;

public class MatchScorerTests
{
    private static MatchResult Score(SubjectBuilder query, SubjectBuilder candidate) => MatchScorer.Score(query.Build(), candidate.Build());

    private static Message[] Reasons(MatchResult result) => [.. result.Reasons.Select(r => r.Message)];

    [Fact]
    public void The_same_person_recorded_the_same_way_is_Likely()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Equal([new Message(MatchMessages.SameFirstName), new Message(MatchMessages.SameLastName), new Message(MatchMessages.SameBirthDate)], Reasons(result));
    }

    [Fact]
    public void Case_and_accents_do_not_lower_the_score()
    {
        var accented = Score(SubjectBuilder.Named("José", "Hernández").Born("1980-03-14"), SubjectBuilder.Named("JOSE", "hernandez").Born("1980-03-14"));
        var plain = Score(SubjectBuilder.Named("Jose", "Hernandez").Born("1980-03-14"), SubjectBuilder.Named("Jose", "Hernandez").Born("1980-03-14"));

        Assert.Equal(plain.Score, accented.Score);
    }

    [Fact]
    public void A_shared_identifier_makes_a_differently_spelled_record_Likely()
    {
        var result = Score(
            SubjectBuilder.Named("Jon", "Smyth").WithSocialSecurityNumber("a1b2"),
            SubjectBuilder.Named("John", "Smith").WithSocialSecurityNumber("a1b2"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Contains(new MatchReason(MatchReasonKind.SameIdentifier, new Message(MatchMessages.SameIdentifier, new Message(MatchMessages.SocialSecurityNumber))), result.Reasons);
    }

    [Fact]
    public void The_same_hash_under_another_identifier_kind_is_not_a_match()
    {
        var result = Score(
            SubjectBuilder.Named("Kwame", "Mensah").WithIdentifier(IdentifierKind.Medicaid, "a1b2"),
            SubjectBuilder.Named("Kofi", "Asante").WithIdentifier(IdentifierKind.StateId, "a1b2"));

        Assert.Equal(0, result.Score);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void Another_person_with_the_same_common_name_born_years_apart_is_Unlikely()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1952-11-02"));

        Assert.Equal(MatchStrength.Unlikely, result.Strength);
        Assert.Contains(result.Reasons, r => r.Kind == MatchReasonKind.BirthDatesFarApart);
    }

    [Fact]
    public void Unrelated_people_score_nothing()
    {
        var result = Score(SubjectBuilder.Named("Maria", "Garcia").Born("1990-05-06"), SubjectBuilder.Named("John", "Smith").Born("1990-08-09"));

        Assert.Equal(MatchStrength.Unlikely, result.Strength);
        Assert.DoesNotContain(result.Reasons, r => r.Kind is MatchReasonKind.SimilarFirstName or MatchReasonKind.SimilarLastName);
    }

    [Fact]
    public void A_nickname_is_named_in_the_reasons_and_stays_Likely_with_the_same_birth_date()
    {
        var result = Score(SubjectBuilder.Named("Bill", "Johnson").Born("1980-03-14"), SubjectBuilder.Named("William", "Johnson").Born("1980-03-14"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Contains(new Message(MatchMessages.NicknameFirstName, "Bill", "William"), Reasons(result));
    }

    [Fact]
    public void A_nickname_matches_in_both_directions()
    {
        var result = Score(SubjectBuilder.Named("Guadalupe", "Reyes"), SubjectBuilder.Named("Lupe", "Reyes"));

        Assert.Contains(new Message(MatchMessages.NicknameFirstName, "Guadalupe", "Lupe"), Reasons(result));
    }

    [Fact]
    public void A_nickname_of_a_word_of_a_compound_first_name_counts()
    {
        var result = Score(SubjectBuilder.Named("Lupe", "Martinez"), SubjectBuilder.Named("María Guadalupe", "Martínez"));

        Assert.Contains(new Message(MatchMessages.NicknameFirstName, "Lupe", "Guadalupe"), Reasons(result));
    }

    [Fact]
    public void Transposed_letters_are_a_similar_last_name()
    {
        var result = Score(SubjectBuilder.Named("John", "Smtih").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Contains(new Message(MatchMessages.SimilarLastName, "Smtih", "Smith"), Reasons(result));
    }

    [Fact]
    public void Swapped_first_and_last_names_are_recognised()
    {
        var result = Score(SubjectBuilder.Named("Nguyen", "Minh").Born("1980-03-14"), SubjectBuilder.Named("Minh", "Nguyen").Born("1980-03-14"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Equal(new Message(MatchMessages.NamesSwapped), result.Reasons[0].Message);
    }

    [Fact]
    public void A_surname_that_is_also_a_first_name_is_not_read_as_a_swap()
    {
        var result = Score(SubjectBuilder.Named("Thomas", "Jones"), SubjectBuilder.Named("Mark", "Thomas"));

        Assert.DoesNotContain(result.Reasons, r => r.Kind == MatchReasonKind.NamesSwapped);
    }

    [Fact]
    public void A_maiden_name_on_file_matches_a_query_under_that_name()
    {
        var result = Score(
            SubjectBuilder.Named("Maria", "Lopez").Born("1975-06-07"),
            SubjectBuilder.Named("Maria", "Garcia").AlsoKnownAs("Maria", "Lopez").Born("1975-06-07"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Contains(new Message(MatchMessages.CandidateOtherName, "Maria Lopez"), Reasons(result));
    }

    [Fact]
    public void An_other_name_given_at_intake_matches_the_legal_name_on_file()
    {
        var result = Score(
            SubjectBuilder.Named("Maria", "Garcia").AlsoKnownAs("Maria", "Lopez"),
            SubjectBuilder.Named("Maria", "Lopez"));

        Assert.Contains(new Message(MatchMessages.QueryOtherName, "Maria Lopez"), Reasons(result));
    }

    [Fact]
    public void A_changed_surname_with_the_same_first_name_and_birth_date_is_Possible()
    {
        var result = Score(SubjectBuilder.Named("Ana", "Ruiz").Born("1985-04-12"), SubjectBuilder.Named("Ana", "Torres").Born("1985-04-12"));

        Assert.Equal(MatchStrength.Possible, result.Strength);
    }

    [Fact]
    public void One_part_of_a_hyphenated_surname_matches()
    {
        var result = Score(SubjectBuilder.Named("Maria", "Garcia").Born("1975-06-07"), SubjectBuilder.Named("Maria", "Garcia-Lopez").Born("1975-06-07"));

        Assert.Equal(MatchStrength.Likely, result.Strength);
        Assert.Contains(new Message(MatchMessages.LastNamePart, "Garcia", "Garcia-Lopez"), Reasons(result));
    }

    [Fact]
    public void A_missing_middle_name_does_not_change_the_score()
    {
        var withMiddle = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").WithMiddleName("Paul").Born("1980-03-14"));
        var without = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Equal(without.Score, withMiddle.Score);
    }

    [Fact]
    public void A_preferred_name_on_file_matches_the_name_given_at_intake()
    {
        var result = Score(SubjectBuilder.Named("Bobby", "Jones"), SubjectBuilder.Named("Robert", "Jones").Preferring("Bobby"));

        Assert.Contains(new Message(MatchMessages.CandidatePreferredName, "Bobby"), Reasons(result));
    }

    [Fact]
    public void A_first_initial_is_weak_evidence()
    {
        var initial = Score(SubjectBuilder.Named("J.", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));
        var full = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Contains(new Message(MatchMessages.FirstInitial, "J.", "John"), Reasons(initial));
        Assert.Equal(MatchStrength.Possible, initial.Strength);
        Assert.True(initial.Score < full.Score);
    }

    [Fact]
    public void Four_letter_names_one_letter_apart_are_not_called_similar()
    {
        var result = Score(SubjectBuilder.Named("Mary", "Smith"), SubjectBuilder.Named("Mark", "Smith"));

        Assert.DoesNotContain(result.Reasons, r => r.Kind == MatchReasonKind.SimilarFirstName);
    }

    [Theory]
    [InlineData("1982-01-01", "1980-03-14")]
    [InlineData("1978-07-01", "1980-03-14")]
    public void An_approximate_birth_date_within_two_years_is_Possible(string approximate, string exact)
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").BornAbout(approximate), SubjectBuilder.Named("John", "Smith").Born(exact));

        Assert.Equal(MatchStrength.Possible, result.Strength);
        Assert.Contains(new Message(MatchMessages.BirthYearClose, 2), Reasons(result));
    }

    [Fact]
    public void An_approximate_birth_date_three_years_off_adds_nothing_and_takes_nothing()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").BornAbout("1983-01-01"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));
        var noDate = Score(SubjectBuilder.Named("John", "Smith"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Equal(noDate.Score, result.Score);
    }

    [Fact]
    public void A_birth_date_with_day_and_month_swapped_is_recognised()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-04-03"), SubjectBuilder.Named("John", "Smith").Born("1980-03-04"));

        Assert.Equal(MatchStrength.Possible, result.Strength);
        Assert.Contains(new Message(MatchMessages.BirthDateDayMonthSwapped), Reasons(result));
    }

    [Fact]
    public void A_birth_date_one_digit_off_is_recognised()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-24"), SubjectBuilder.Named("John", "Smith").Born("1980-03-14"));

        Assert.Equal(MatchStrength.Possible, result.Strength);
        Assert.Contains(new Message(MatchMessages.BirthDateOneDigitDifferent, "1980-03-24", "1980-03-14"), Reasons(result));
    }

    [Fact]
    public void Only_the_same_birth_year_is_weak_evidence()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-11-30"), SubjectBuilder.Named("John", "Smith").Born("1980-02-01"));

        Assert.Contains(new Message(MatchMessages.SameBirthYear), Reasons(result));
        Assert.Equal(48, result.Score);
    }

    [Fact]
    public void Candidates_rank_exact_then_typo_then_nickname_only()
    {
        var query = SubjectBuilder.Named("William", "Smith").Born("1980-03-14").Build();
        var exact = MatchScorer.Score(query, SubjectBuilder.Named("William", "Smith").Born("1980-03-14").Build());
        var typo = MatchScorer.Score(query, SubjectBuilder.Named("William", "Smtih").Born("1980-03-14").Build());
        var nickname = MatchScorer.Score(query, SubjectBuilder.Named("Bill", "Smith").Born("1980-03-14").Build());
        var nicknameOnly = MatchScorer.Score(query, SubjectBuilder.Named("Bill", "Smith").Build());

        Assert.True(exact.Score > typo.Score, $"{exact.Score} > {typo.Score}");
        Assert.True(typo.Score > nickname.Score, $"{typo.Score} > {nickname.Score}");
        Assert.True(nickname.Score > nicknameOnly.Score, $"{nickname.Score} > {nicknameOnly.Score}");
        Assert.Equal(MatchStrength.Unlikely, nicknameOnly.Strength);
    }

    [Fact]
    public void The_score_stays_between_0_and_100()
    {
        var everything = Score(
            SubjectBuilder.Named("John", "Smith").Born("1980-03-14").WithSocialSecurityNumber("a1b2").WithIdentifier(IdentifierKind.Medicaid, "c3d4"),
            SubjectBuilder.Named("John", "Smith").Born("1980-03-14").WithSocialSecurityNumber("a1b2").WithIdentifier(IdentifierKind.Medicaid, "c3d4"));
        var nothing = Score(SubjectBuilder.Named("Maria", "Garcia").Born("1990-05-06"), SubjectBuilder.Named("John", "Smith").Born("1950-07-08"));

        Assert.Equal(100, everything.Score);
        Assert.Equal(0, nothing.Score);
    }

    [Fact]
    public void The_same_inputs_give_the_same_result()
    {
        var query = SubjectBuilder.Named("Bill", "Smtih").AlsoKnownAs("Billy", "Smith").BornAbout("1981-01-01").Build();
        var candidate = SubjectBuilder.Named("William", "Smith").AlsoKnownAs("Will", "Smyth").Born("1980-03-14").Build();

        var first = MatchScorer.Score(query, candidate);
        var second = MatchScorer.Score(query, candidate);

        Assert.Equal(first.Score, second.Score);
        Assert.Equal(first.Reasons, second.Reasons);
    }

    [Fact]
    public void A_candidate_without_names_or_dates_scores_nothing()
    {
        var result = Score(SubjectBuilder.Named("John", "Smith").Born("1980-03-14"), SubjectBuilder.Named("", ""));

        Assert.Equal(0, result.Score);
        Assert.Equal(MatchStrength.Unlikely, result.Strength);
    }
}
