using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Clients;

/// <summary>Opens a client's profile. Every opening is recorded in the audit trail: who looked at whom, and when.</summary>
public sealed class GetClientProfileHandler(CasewellDbContext db, ClientReads reads, ClientAccess access)
{
    public const int RecentChangesShown = 50;

    /// <summary>The profile; 403 without a relationship (whom to ask), 404 for no such client (<see cref="ClientReads"/>).</summary>
    public async Task<Result<ClientProfile>> Handle(Guid clientId, CancellationToken ct)
    {
        var read = await reads.ReadAsync(clientId, ct);
        if (read.Failed) return Result<ClientProfile>.From(read);
        var client = read.Value!;

        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => (r.ClientId == clientId || r.RelatedClientId == clientId) && r.EndedAt == null)
            .ToListAsync(ct);
        var otherIds = relationships.Select(r => r.ClientId == clientId ? r.RelatedClientId : r.ClientId).OfType<Guid>().Distinct().ToList();
        // A relative whose record is restricted from the reader does not exist for them: the line goes, not just the name,
        // since even "a restricted person, spouse, lives elsewhere" on her abuser's record tells his worker she is hiding.
        var names = await access.Mentionable(db.Clients).AsNoTracking().Where(c => otherIds.Contains(c.Id))
            .Select(c => new { c.Id, c.FirstName, c.PreferredName, c.LastName, c.Phone }).ToDictionaryAsync(c => c.Id, ct);
        var household = relationships.Where(r => (r.ClientId == clientId ? r.RelatedClientId : r.ClientId) is not { } other || names.ContainsKey(other)).Select(r =>
        {
            var forward = r.ClientId == clientId;
            var otherId = forward ? r.RelatedClientId : r.ClientId;
            var other = otherId is { } id ? names.GetValueOrDefault(id) : null;
            var name = other is null ? r.RelatedPersonName ?? "" : $"{other.PreferredName ?? other.FirstName} {other.LastName}";
            return new RelationshipView(r.Id, forward ? r.Type : Households.Relationship.Inverse(r.Type), otherId, name,
                other?.Phone ?? r.RelatedPersonPhone, r.LivesInHousehold, r.IsEmergencyContact, r.Notes, r.Version);
        }).OrderByDescending(r => r.LivesInHousehold).ThenBy(r => r.Name).ToList();

        var collaterals = await db.CollateralContacts.AsNoTracking()
            .Where(c => c.ClientId == clientId && c.EndedAt == null)
            .OrderBy(c => c.Name)
            .Select(c => new CollateralView(c.Id, c.Name, c.Role, c.Organization, c.Phone, c.Email, c.Notes, c.Version))
            .ToListAsync(ct);
        var changes = await db.ClientChanges.AsNoTracking()
            .Where(c => c.ClientId == clientId)
            .OrderByDescending(c => c.ChangedAt)
            .Take(RecentChangesShown)
            .Select(c => new ChangeView(c.ChangedAt, c.ChangedByName, c.Field, c.OldValue, c.NewValue))
            .ToListAsync(ct);

        return Result<ClientProfile>.Ok(new ClientProfile(client.Id, client.Version, client.Details, client.DisplayName,
            client.Aliases.Select(a => new AliasView(a.Id, a.Kind, a.Name.Full)).ToList(),
            client.Identifiers.Select(i => new IdentifierView(i.Id, i.Kind, i.Masked)).ToList(),
            household, collaterals, changes, client.CreatedAt, client.UpdatedAt));
    }
}
