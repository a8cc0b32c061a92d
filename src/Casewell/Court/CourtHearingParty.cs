namespace Casewell.Court;

/// <summary>
/// Someone at a hearing besides the judge: an attorney, a guardian ad litem, a parent, the client. The role is the
/// court's own word for it ("attorney for the mother", "CASA volunteer"), which differs from court to court. The case is
/// kept on the row so that its audit entries name the client, as every part of a case does.
/// </summary>
public sealed class CourtHearingParty
{
    public const int MaxNameLength = 200;
    public const int MaxRoleLength = 100;

    private CourtHearingParty() { }

    internal CourtHearingParty(Guid id, Guid hearingId, Guid caseId, int position, string name, string role)
    {
        Id = id;
        HearingId = hearingId;
        CaseId = caseId;
        Position = position;
        Name = name.Trim();
        Role = role.Trim();
    }

    public Guid Id { get; private set; }
    public Guid HearingId { get; private set; }
    public Guid CaseId { get; private set; }

    /// <summary>The order the worker listed them in: the court's own order of appearance, usually.</summary>
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string Role { get; private set; } = "";
}
