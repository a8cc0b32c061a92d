namespace Casewell.Restrictions;

/// <summary>
/// A named staff member let through a restriction. Being on the list does not grant the record: the member still
/// needs their ordinary relationship to it (a case of theirs, their team's).
/// </summary>
public sealed class RestrictionAccess
{
    private RestrictionAccess() { }

    internal RestrictionAccess(Guid restrictionId, Guid staffId, Guid addedById, DateTimeOffset addedAt)
    {
        RestrictionId = restrictionId;
        StaffId = staffId;
        AddedById = addedById;
        AddedAt = addedAt;
    }

    public Guid RestrictionId { get; private set; }
    public Guid StaffId { get; private set; }
    public Guid AddedById { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }
}
