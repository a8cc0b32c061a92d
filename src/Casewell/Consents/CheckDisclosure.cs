using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Consents;

/// <summary>Asks, before anything leaves, whether the client's consents (or a court order) cover a release: the answer the page shows before saving.</summary>
public sealed record CheckDisclosure(Guid ClientId, DisclosureDetails Details);

public sealed class CheckDisclosureHandler(CasewellDbContext db, ClientAccess access, AgencyCalendar calendar, TimeProvider clock)
{
    public async Task<Result<ConsentAnswer>> Handle(CheckDisclosure request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageConsents) is { } refused) return Result<ConsentAnswer>.From(refused);
        // A change needs a relationship: an emergency grant opens the record to read only (decision 0018).
        if (!await access.ReachedThroughWork(db.Clients).AnyAsync(c => c.Id == request.ClientId, ct)) return Result<ConsentAnswer>.NotFound();
        var v = new Validation();
        ConsentRules.Check(v, request.Details);
        if (v.HasErrors) return Result<ConsentAnswer>.Invalid(v.ToDictionary());
        return Result<ConsentAnswer>.Ok(await AnswerAsync(request.ClientId, request.Details, clock.GetUtcNow(), ct));
    }

    /// <summary>The check itself, for a request already validated and a client already reached.</summary>
    internal async Task<ConsentAnswer> AnswerAsync(Guid clientId, DisclosureDetails d, DateTimeOffset at, CancellationToken ct)
    {
        var consents = await db.Consents.AsNoTracking().Where(c => c.ClientId == clientId).ToListAsync(ct);
        var part2 = await Part2Records.ExistForAsync(db, clientId, ct);
        var question = new DisclosureQuestion(d.RecipientName, d.RecipientOrganization, d.RecipientClass, d.Categories, at, calendar.DateOf(at),
            d.Proceeding, d.CourtOrder);
        return ConsentCheck.Decide(consents, question, part2);
    }
}
