namespace Casewell.Notes;

/// <summary>Who took part in a contact. The first three are records of the case's client; staff are accounts.</summary>
public enum ParticipantKind
{
    Client,
    HouseholdMember,
    Collateral,
    Staff,
    Interpreter,
    Other,
}
