namespace Casewell.Clients.Matching;

/// <summary>
/// One way of reading a query name against a candidate name: which parts correspond and how well.
/// FirstName and LastName are named by the candidate's side.
/// </summary>
internal sealed record NameAlignment(double Value, PartMatch FirstName, PartMatch LastName, bool Swapped, RecordedName Query, RecordedName Candidate);
