using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// Who may be named as taking part, and the names the note copies: the case's client, the people of their household
/// and their collateral contacts (current ones), and active staff. A household member whose record is restricted from
/// the writer is not offered and not accepted: for them that person does not exist (decision 0023).
/// </summary>
internal static class NoteParticipants
{
    /// <summary>The client, their household and their collaterals, in that order: what the form offers by checkbox.</summary>
    public static async Task<List<ParticipantRef>> CandidatesAsync(CasewellDbContext db, ClientAccess clients, Guid clientId, CancellationToken ct)
    {
        var client = await db.Clients.AsNoTracking().Where(c => c.Id == clientId)
            .Select(c => new ParticipantRef(ParticipantKind.Client, c.Id, (c.PreferredName ?? c.FirstName) + " " + c.LastName)).SingleAsync(ct);
        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => (r.ClientId == clientId || r.RelatedClientId == clientId) && r.EndedAt == null)
            .Select(r => new { r.Id, Other = r.ClientId == clientId ? r.RelatedClientId : r.ClientId, r.RelatedPersonName })
            .ToListAsync(ct);
        var otherIds = relationships.Select(r => r.Other).OfType<Guid>().Distinct().ToList();
        var names = await clients.Mentionable(db.Clients).AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .Select(c => new { c.Id, Name = (c.PreferredName ?? c.FirstName) + " " + c.LastName }).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var members = relationships
            .Select(r => new { r.Id, Name = r.Other is { } other ? names.GetValueOrDefault(other) : r.RelatedPersonName })
            .Where(r => !string.IsNullOrEmpty(r.Name))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .Select(r => new ParticipantRef(ParticipantKind.HouseholdMember, r.Id, r.Name!));
        var collaterals = await db.CollateralContacts.AsNoTracking()
            .Where(c => c.ClientId == clientId && c.EndedAt == null).OrderBy(c => c.Name)
            .Select(c => new ParticipantRef(ParticipantKind.Collateral, c.Id, c.Name)).ToListAsync(ct);
        return [client, .. members, .. collaterals];
    }

    /// <summary>The participants named, with their names from the records; field errors for those that are not the case's.</summary>
    public static async Task<List<ParticipantRef>> ResolveAsync(CasewellDbContext db, ClientAccess clients, Guid clientId,
        IReadOnlyList<ParticipantInput>? inputs, Validation v, CancellationToken ct)
    {
        var resolved = new List<ParticipantRef>();
        if (inputs is null || inputs.Count == 0) return resolved;
        var needRecords = inputs.Any(p => p?.Kind is ParticipantKind.Client or ParticipantKind.HouseholdMember or ParticipantKind.Collateral);
        List<ParticipantRef> candidates = needRecords ? await CandidatesAsync(db, clients, clientId, ct) : [];
        var staffIds = inputs.Where(p => p?.Kind == ParticipantKind.Staff && p.RecordId is not null).Select(p => p.RecordId!.Value).Distinct().ToList();
        var staff = staffIds.Count == 0 ? new Dictionary<Guid, string>() : await db.StaffUsers.AsNoTracking().Where(u => staffIds.Contains(u.Id) && u.IsActive)
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        for (var i = 0; i < inputs.Count; i++)
        {
            var p = inputs[i];
            // Those the shape check refused already (no kind, a name missing) have their error.
            if (p?.Kind is not { } kind || !Enum.IsDefined(kind) || (kind is ParticipantKind.Interpreter or ParticipantKind.Other && TextRules.IsBlank(p.Name))) continue;
            ParticipantRef? found = kind switch
            {
                ParticipantKind.Client => candidates.FirstOrDefault(c => c.Kind == ParticipantKind.Client && (p.RecordId is null || c.RecordId == p.RecordId)),
                ParticipantKind.HouseholdMember or ParticipantKind.Collateral => candidates.FirstOrDefault(c => c.Kind == kind && c.RecordId == p.RecordId),
                ParticipantKind.Staff => p.RecordId is { } id && staff.TryGetValue(id, out var name) ? new ParticipantRef(ParticipantKind.Staff, id, name) : null,
                _ => new ParticipantRef(kind, null, p.Name!.Trim()),
            };
            if (found is null) v.Add($"Participants[{i}]", new Message(NoteMessages.UnknownParticipant));
            else if (!resolved.Contains(found)) resolved.Add(found);
        }
        return resolved;
    }
}
