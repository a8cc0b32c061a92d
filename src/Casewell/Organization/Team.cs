using Casewell.Common;

namespace Casewell.Organization;

/// <summary>A unit of workers under one or more supervisors, optionally within a program.</summary>
public sealed class Team : IVersioned
{
    public const int MaxNameLength = 200;

    private readonly List<TeamMembership> members = [];

    private Team() { }

    public Team(Guid id, string name, Guid? programId)
    {
        Id = id;
        Name = name.Trim();
        ProgramId = programId;
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Guid? ProgramId { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; set; }
    public IReadOnlyList<TeamMembership> Members => members;

    /// <summary>Adds the worker, or changes whether they supervise the team if already a member.</summary>
    public void SetMember(Guid staffId, bool isSupervisor)
    {
        var existing = members.FirstOrDefault(m => m.StaffId == staffId);
        if (existing is null) members.Add(new TeamMembership(Id, staffId, isSupervisor));
        else existing.IsSupervisor = isSupervisor;
    }

    public void RemoveMember(Guid staffId) => members.RemoveAll(m => m.StaffId == staffId);

}
