using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Households;

/// <summary>Links a client to another client or to a person who is not a client. Type: what the other person is to the client.</summary>
public sealed record AddRelationship(Guid ClientId, RelationshipType Type, Guid? RelatedClientId, string? RelatedPersonName,
    string? RelatedPersonPhone, bool LivesInHousehold, bool IsEmergencyContact, string? Notes);

public sealed class AddRelationshipHandler(CasewellDbContext db, ClientAccess access, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(AddRelationship request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await access.Editable(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<Guid>.NotFound();
        var v = new Validation();
        if (!Enum.IsDefined(request.Type)) v.Add("Type", "Choose how this person is related to the client.");
        if (request.RelatedClientId is { } relatedId)
        {
            if (relatedId == request.ClientId) v.Add("RelatedClientId", "A client cannot be related to themselves.");
            else if (!await access.Readable(db.Clients).AnyAsync(c => c.Id == relatedId, ct)) v.Add("RelatedClientId", "Choose a client who exists.");
            else if (await db.Relationships.AnyAsync(r => r.EndedAt == null &&
                ((r.ClientId == request.ClientId && r.RelatedClientId == relatedId) || (r.ClientId == relatedId && r.RelatedClientId == request.ClientId)), ct))
                v.Add("RelatedClientId", "These two clients are already linked.");
        }
        else
        {
            v.Required("RelatedPersonName", request.RelatedPersonName, "the person's name");
        }
        v.SingleLine("RelatedPersonName", request.RelatedPersonName, Relationship.MaxNameLength, "name");
        v.SingleLine("RelatedPersonPhone", request.RelatedPersonPhone, Relationship.MaxPhoneLength, "phone number");
        v.MultiLine("Notes", request.Notes, Relationship.MaxNotesLength, "notes");
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());

        var relationship = new Relationship(Ids.New(clock), request.ClientId, request.Type, request.RelatedClientId, request.RelatedPersonName,
            request.RelatedPersonPhone, request.LivesInHousehold, request.IsEmergencyContact, request.Notes, clock.GetUtcNow());
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(relationship.Id);
    }
}
