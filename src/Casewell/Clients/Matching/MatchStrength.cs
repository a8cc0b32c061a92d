namespace Casewell.Clients.Matching;

public enum MatchStrength
{
    Unlikely,
    Possible,
    Likely,
}
