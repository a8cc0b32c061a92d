namespace Casewell.Cases;

/// <summary>A worker holding a case for a time: the history supervisors read to see who held it and how long.</summary>
public sealed class CaseAssignment
{
    private CaseAssignment() { }

    internal CaseAssignment(Guid id, Guid caseId, Guid staffId, string staffName, AssignmentRole role, DateTimeOffset startedAt, Guid assignedBy)
    {
        Id = id;
        CaseId = caseId;
        StaffId = staffId;
        StaffName = staffName;
        Role = role;
        StartedAt = startedAt;
        AssignedBy = assignedBy;
    }

    public Guid Id { get; private set; }
    public Guid CaseId { get; private set; }
    public Guid StaffId { get; private set; }
    public string StaffName { get; private set; } = "";
    public AssignmentRole Role { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public Guid AssignedBy { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public string? EndReason { get; private set; }

    public bool IsCurrent => EndedAt is null;

    internal void End(DateTimeOffset now, string? reason)
    {
        EndedAt ??= now;
        EndReason ??= reason;
    }
}
