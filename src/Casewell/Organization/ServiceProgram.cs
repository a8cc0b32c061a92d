using Casewell.Common;

namespace Casewell.Organization;

/// <summary>A program of the agency (e.g. "Family Preservation"): every case belongs to one; funders report by it.</summary>
public sealed class ServiceProgram : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    private ServiceProgram() { }

    private readonly List<ProgramManager> managers = [];

    public ServiceProgram(Guid id, string name, string? description)
    {
        Id = id;
        Rename(name, description);
        IsActive = true;
        ClosureRequiresApproval = true;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsActive { get; private set; }

    /// <summary>Whether a worker's closure of a case waits for a supervisor's approval (on by default).</summary>
    public bool ClosureRequiresApproval { get; private set; }

    /// <summary>Whether case workers may read all their team's cases, not only their own (off by default: least privilege).</summary>
    public bool TeamMayViewCases { get; private set; }

    /// <summary>
    /// Whether the program treats substance use disorders under 42 CFR Part 2: its clients' case records are then
    /// substance use treatment records, never disclosed without a consent that names that category.
    /// </summary>
    public bool IsPart2 { get; private set; }
    public int Version { get; set; }

    /// <summary>The program managers who oversee the program's cases and report on it.</summary>
    public IReadOnlyList<ProgramManager> Managers => managers;

    public void SetCasePolicies(bool closureRequiresApproval, bool teamMayViewCases)
    {
        ClosureRequiresApproval = closureRequiresApproval;
        TeamMayViewCases = teamMayViewCases;
    }

    public void MarkPart2(bool isPart2) => IsPart2 = isPart2;

    public void AddManager(Guid staffId)
    {
        if (managers.All(m => m.StaffId != staffId)) managers.Add(new ProgramManager(Id, staffId));
    }

    public void RemoveManager(Guid staffId) => managers.RemoveAll(m => m.StaffId == staffId);

    public void Rename(string name, string? description)
    {
        Name = name.Trim();
        Description = TextRules.OrNull(description);
    }

}
