using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Restrictions;

/// <summary>
/// Restricts a client or a case, or changes why it is restricted. The restricting person is put on the access list
/// with whomever they name: nobody else, themselves included, would see the record afterwards.
/// </summary>
public sealed record RestrictRecord(RestrictedRecordKind Kind, Guid RecordId, RestrictionReason? Reason, string? Note, IReadOnlyList<Guid>? AccessList = null);

public sealed class RestrictRecordHandler(CasewellDbContext db, RestrictionManagers managers, CurrentStaff staff, TimeProvider clock)
{
    public async Task<Result<RestrictionView>> Handle(RestrictRecord request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var allowed = await managers.MayManageAsync(request.Kind, request.RecordId, ct);
        if (allowed.Failed) return Result<RestrictionView>.From(allowed);

        var v = new Validation();
        if (request.Reason is not { } reason || !Enum.IsDefined(reason)) v.Add("Reason", new Message(RestrictionMessages.ChooseReason));
        v.MultiLine("Note", request.Note, Restriction.MaxNoteLength, new Message(RestrictionMessages.Note));
        var named = (request.AccessList ?? []).Distinct().ToList();
        if (named.Count > Restriction.MaxAccessListLength)
            v.Add("AccessList", new Message(RestrictionMessages.AccessListFull, Restriction.MaxAccessListLength));
        else if (named.Count > 0 && await db.StaffUsers.CountAsync(u => named.Contains(u.Id) && u.IsActive, ct) != named.Count)
            v.Add("AccessList", new Message(RestrictionMessages.NoSuchStaff));
        if (v.HasErrors) return Result<RestrictionView>.Invalid(v.ToDictionary());

        var now = clock.GetUtcNow();
        var note = TextRules.OrNull(request.Note);
        var restriction = await RestrictionView.InForceAsync(db, request.Kind, request.RecordId, ct);
        if (restriction is null)
        {
            var by = new StaffRef(staff.Id, staff.Name);
            restriction = request.Kind == RestrictedRecordKind.Case
                ? Restriction.OfCase(Ids.New(clock), request.RecordId, request.Reason!.Value, note, by, now)
                : Restriction.OfClient(Ids.New(clock), request.RecordId, request.Reason!.Value, note, by, now);
            db.Restrictions.Add(restriction);
            named.Insert(0, staff.Id);
        }
        else if (restriction.Revise(request.Reason!.Value, note) is { Failed: true } refused)
        {
            return Result<RestrictionView>.From(refused);
        }
        foreach (var id in named)
        {
            if (restriction.Admit(id, staff.Id, now) is { Failed: true } full) return Result<RestrictionView>.From(full);
        }
        await db.SaveChangesAsync(ct);
        return Result<RestrictionView>.Ok(await RestrictionView.OfAsync(db, restriction, ct));
    }
}
