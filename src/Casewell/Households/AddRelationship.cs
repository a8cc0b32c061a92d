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
        if (!Enum.IsDefined(request.Type)) v.Add("Type", new Message(HouseholdMessages.ChooseType));
        if (request.RelatedClientId is { } relatedId)
        {
            if (relatedId == request.ClientId) v.Add("RelatedClientId", new Message(HouseholdMessages.RelatedToSelf));
            // Linking names a person search shows; it opens nothing of their record.
            else if (!await access.Recognisable(db.Clients).AnyAsync(c => c.Id == relatedId, ct)) v.Add("RelatedClientId", new Message(HouseholdMessages.NoSuchClient));
            else if (await db.Relationships.AnyAsync(r => r.EndedAt == null &&
                ((r.ClientId == request.ClientId && r.RelatedClientId == relatedId) || (r.ClientId == relatedId && r.RelatedClientId == request.ClientId)), ct))
                v.Add("RelatedClientId", new Message(HouseholdMessages.AlreadyLinked));
        }
        else
        {
            v.Required("RelatedPersonName", request.RelatedPersonName, new Message(HouseholdMessages.RequiredPersonName));
        }
        v.SingleLine("RelatedPersonName", request.RelatedPersonName, Relationship.MaxNameLength, new Message(HouseholdMessages.Name));
        v.SingleLine("RelatedPersonPhone", request.RelatedPersonPhone, Relationship.MaxPhoneLength, new Message(HouseholdMessages.Phone));
        v.MultiLine("Notes", request.Notes, Relationship.MaxNotesLength, new Message(HouseholdMessages.Notes));
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());

        var relationship = new Relationship(Ids.New(clock), request.ClientId, request.Type, request.RelatedClientId, request.RelatedPersonName,
            request.RelatedPersonPhone, request.LivesInHousehold, request.IsEmergencyContact, request.Notes, clock.GetUtcNow());
        db.Relationships.Add(relationship);
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(relationship.Id);
    }
}
