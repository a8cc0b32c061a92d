namespace Casewell.Organization;

public sealed class TeamMembership
{
    private TeamMembership() { }

    internal TeamMembership(Guid teamId, Guid staffId, bool isSupervisor)
    {
        TeamId = teamId;
        StaffId = staffId;
        IsSupervisor = isSupervisor;
    }

    public Guid TeamId { get; private set; }
    public Guid StaffId { get; private set; }
    public bool IsSupervisor { get; internal set; }
}
