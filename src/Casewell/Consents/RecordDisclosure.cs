using Casewell.Access;
using Casewell.Audit;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

/// <summary>
/// A worker records information released about a client. It goes through the consent check first: refused, nothing
/// is recorded but the attempt (422 with the reason); covered, the disclosure is saved with its authority and, for
/// Part 2 records, the notice on redisclosure, together with its audit entry.
/// </summary>
public sealed record RecordDisclosure(Guid ClientId, DisclosureDetails Details);

public sealed class RecordDisclosureHandler(CasewellDbContext db, ClientAccess access, CheckDisclosureHandler check, TimeProvider clock)
{
    public async Task<Result<Guid>> Handle(RecordDisclosure request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<Guid>.From(refused);
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (!await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<Guid>.NotFound();
        var v = new Validation();
        ConsentRules.Check(v, request.Details);
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());

        var now = clock.GetUtcNow();
        var answer = await check.AnswerAsync(request.ClientId, request.Details, now, ct);
        if (!answer.Covered)
        {
            db.RecordAccess(AuditAction.DisclosureRefused, nameof(Client), request.ClientId.ToString(), request.ClientId,
                $"{answer.Refusal}; to {request.Details.RecipientName.Trim()}; {answer.Categories}");
            await db.SaveChangesAsync(ct);
            return Result<Guid>.Refused(ConsentMessages.For(answer.Refusal!.Value));
        }

        var disclosure = new Disclosure(Ids.New(clock), request.ClientId, request.Details, answer, db.Actor.Id, db.Actor.Name, now);
        db.Disclosures.Add(disclosure);
        var authority = answer.ConsentId is { } consentId ? $"consent {consentId}" : "court order";
        db.RecordAccess(AuditAction.InformationDisclosed, nameof(Disclosure), disclosure.Id.ToString(), request.ClientId,
            $"to {disclosure.RecipientName}; {disclosure.Categories}; {authority}{(disclosure.IsPart2 ? "; Part 2" : "")}");
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(disclosure.Id);
    }
}
