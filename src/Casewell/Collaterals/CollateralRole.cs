namespace Casewell.Collaterals;

public enum CollateralRole
{
    PrimaryCarePhysician,
    Psychiatrist,
    Therapist,
    Teacher,
    SchoolCounselor,
    Attorney,
    GuardianAdLitem,
    ProbationOfficer,
    ParoleOfficer,
    Caseworker,
    Clergy,
    Other,
}
