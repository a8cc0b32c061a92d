namespace Casewell.Organization;

public sealed class ProgramManager
{
    private ProgramManager() { }

    internal ProgramManager(Guid programId, Guid staffId)
    {
        ProgramId = programId;
        StaffId = staffId;
    }

    public Guid ProgramId { get; private set; }
    public Guid StaffId { get; private set; }
}
