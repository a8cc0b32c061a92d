using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>Edits a profile. Each changed field is kept in the client's history; a stale version is refused, never overwritten.</summary>
public sealed record UpdateClient(Guid ClientId, int Version, ClientDetails Details);

public sealed class UpdateClientHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock, AgencyCalendar calendar)
{
    public async Task<Result> Handle(UpdateClient request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var client = await access.Editable(db.Clients).Include(c => c.Aliases).Include(c => c.Identifiers)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == request.ClientId, ct);
        if (client is null) return Result.NotFound();
        var v = new Validation();
        ClientRules.CheckDetails(v, request.Details, calendar.Today());
        if (v.HasErrors) return v.ToResult();
        if (client.Version != request.Version) return Result.Conflict(new Message(ClientMessages.Stale));

        var now = clock.GetUtcNow();
        var changes = client.Update(request.Details, now);
        if (changes.Count == 0) return Result.Ok();
        foreach (var change in changes)
            db.ClientChanges.Add(new ClientChange(Ids.New(clock), client.Id, now, db.Actor.Id, db.Actor.Name, change.Field, change.OldValue, change.NewValue));
        await ClientMatchIndex.RefreshAsync(db, client, isNew: false, ct);
        // The version read with the form must still be the stored one when this save runs.
        db.Entry(client).Property(c => c.Version).OriginalValue = request.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Conflict(new Message(ClientMessages.Stale));
        }
        return Result.Ok();
    }
}
