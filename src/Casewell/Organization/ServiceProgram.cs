using Casewell.Common;

namespace Casewell.Organization;

/// <summary>A program of the agency (e.g. "Family Preservation"): every case belongs to one; funders report by it.</summary>
public sealed class ServiceProgram : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 2000;

    private ServiceProgram() { }

    public ServiceProgram(Guid id, string name, string? description)
    {
        Id = id;
        Rename(name, description);
        IsActive = true;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public bool IsActive { get; private set; }
    public int Version { get; set; }

    public void Rename(string name, string? description)
    {
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

}
