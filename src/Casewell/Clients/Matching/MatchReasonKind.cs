namespace Casewell.Clients.Matching;

public enum MatchReasonKind
{
    SameIdentifier,
    SameFirstName,
    PreferredName,
    NicknameFirstName,
    SimilarFirstName,
    FirstInitial,
    SameLastName,
    LastNamePart,
    SimilarLastName,
    NamesSwapped,
    OtherName,
    SameBirthDate,
    BirthDateDayMonthSwapped,
    BirthDateOneDigitDifferent,
    BirthYearClose,
    SameBirthYear,
    BirthDatesFarApart,
}
