namespace Casewell.Cases;

/// <summary>Who did something to a case, with the name as it was then: the history must read the same after a rename.</summary>
public sealed record StaffRef(Guid Id, string Name)
{
    /// <summary>Casewell itself, for what no person did: the overdue sweep's marks.</summary>
    public static readonly StaffRef Casewell = new(Guid.Empty, "Casewell");
}
