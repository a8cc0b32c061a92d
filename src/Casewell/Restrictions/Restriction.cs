using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Restrictions;

/// <summary>
/// A client or a case kept from everyone not on its access list: for them the record does not exist. A restricted
/// client restricts every case of theirs. Lifting keeps the row (who restricted, who lifted, when) for the trail;
/// a record has at most one restriction in force.
/// </summary>
public sealed class Restriction : IVersioned
{
    public const int MaxNoteLength = 2000;
    public const int MaxAccessListLength = 50;

    private readonly List<RestrictionAccess> accessList = [];

    private Restriction() { }

    private Restriction(Guid id, Guid? clientId, Guid? caseId, RestrictionReason reason, string? note, StaffRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        Id = id;
        ClientId = clientId;
        CaseId = caseId;
        Reason = reason;
        Note = note;
        RestrictedById = by.Id;
        RestrictedByName = by.Name;
        RestrictedAt = at;
    }

    public static Restriction OfClient(Guid id, Guid clientId, RestrictionReason reason, string? note, StaffRef by, DateTimeOffset at) =>
        new(id, clientId, null, reason, note, by, at);

    public static Restriction OfCase(Guid id, Guid caseId, RestrictionReason reason, string? note, StaffRef by, DateTimeOffset at) =>
        new(id, null, caseId, reason, note, by, at);

    public Guid Id { get; private set; }

    /// <summary>Set for a restricted client (and so all their cases); null for a restricted case.</summary>
    public Guid? ClientId { get; private set; }

    /// <summary>Set for a restricted case; null for a restricted client.</summary>
    public Guid? CaseId { get; private set; }

    public RestrictionReason Reason { get; private set; }
    public string? Note { get; private set; }
    public Guid RestrictedById { get; private set; }
    public string RestrictedByName { get; private set; } = "";
    public DateTimeOffset RestrictedAt { get; private set; }
    public DateTimeOffset? LiftedAt { get; private set; }
    public Guid? LiftedById { get; private set; }
    public string? LiftedByName { get; private set; }
    public int Version { get; set; }
    public IReadOnlyList<RestrictionAccess> AccessList => accessList;

    public bool InForce => LiftedAt is null;

    /// <summary>Changes why the record is restricted (a second PUT): the access list stays.</summary>
    public Result Revise(RestrictionReason reason, string? note)
    {
        if (!InForce) return Result.Refused(new Message(RestrictionMessages.Lifted));
        Reason = reason;
        Note = note;
        return Result.Ok();
    }

    public Result Lift(StaffRef by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!InForce) return Result.Refused(new Message(RestrictionMessages.Lifted));
        LiftedAt = at;
        LiftedById = by.Id;
        LiftedByName = by.Name;
        return Result.Ok();
    }

    /// <summary>Adds the staff member to the list; adding someone already on it changes nothing.</summary>
    public Result Admit(Guid staffId, Guid addedById, DateTimeOffset at)
    {
        if (!InForce) return Result.Refused(new Message(RestrictionMessages.Lifted));
        if (accessList.Any(a => a.StaffId == staffId)) return Result.Ok();
        if (accessList.Count >= MaxAccessListLength) return Result.Refused(new Message(RestrictionMessages.AccessListFull, MaxAccessListLength));
        accessList.Add(new RestrictionAccess(Id, staffId, addedById, at));
        return Result.Ok();
    }

    /// <summary>Takes the staff member off the list; false when they were not on it.</summary>
    public bool Remove(Guid staffId) => InForce && accessList.RemoveAll(a => a.StaffId == staffId) > 0;
}
