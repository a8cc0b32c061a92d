using Casewell.Common;

namespace Casewell.Clients.Matching;

/// <summary>The reasons a match gives, worded by the web; names and dates are arguments as the records hold them.</summary>
public static class MatchMessages
{
    [MessageArgs("identifierKind")] public const string SameIdentifier = "Match.SameIdentifier";

    /// <summary>The identifier kinds <see cref="SameIdentifier"/> names, inside its sentence ("Same Social Security number").</summary>
    public const string SocialSecurityNumber = "Match.Identifier.SocialSecurityNumber";
    public const string Medicaid = "Match.Identifier.Medicaid";
    public const string Medicare = "Match.Identifier.Medicare";
    public const string StateId = "Match.Identifier.StateId";
    public const string DriversLicense = "Match.Identifier.DriversLicense";
    public const string OtherIdentifier = "Match.Identifier.Other";

    public const string NamesSwapped = "Match.NamesSwapped";
    [MessageArgs("candidatePreferredName")] public const string CandidatePreferredName = "Match.CandidatePreferredName";
    [MessageArgs("queryPreferredName")] public const string QueryPreferredName = "Match.QueryPreferredName";
    public const string SameFirstName = "Match.SameFirstName";
    [MessageArgs("query", "candidate")] public const string NicknameFirstName = "Match.NicknameFirstName";
    [MessageArgs("query", "candidate")] public const string SimilarFirstName = "Match.SimilarFirstName";
    [MessageArgs("query", "candidate")] public const string FirstInitial = "Match.FirstInitial";
    public const string SameLastName = "Match.SameLastName";
    [MessageArgs("query", "candidate")] public const string LastNamePart = "Match.LastNamePart";
    [MessageArgs("query", "candidate")] public const string SimilarLastName = "Match.SimilarLastName";
    [MessageArgs("candidateName")] public const string CandidateOtherName = "Match.CandidateOtherName";
    [MessageArgs("queryName")] public const string QueryOtherName = "Match.QueryOtherName";

    [MessageArgs("years")] public const string BirthYearClose = "Match.BirthYearClose";
    public const string SameBirthDate = "Match.SameBirthDate";
    public const string BirthDateDayMonthSwapped = "Match.BirthDateDayMonthSwapped";
    [MessageArgs("query", "candidate")] public const string BirthDateOneDigitDifferent = "Match.BirthDateOneDigitDifferent";
    public const string SameBirthYear = "Match.SameBirthYear";
    [MessageArgs("years", "query", "candidate")] public const string BirthDatesFarApart = "Match.BirthDatesFarApart";
}
