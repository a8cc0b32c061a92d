using Casewell.Access;
using Casewell.Common;
using Casewell.Data;

namespace Casewell.Audit;

/// <summary>
/// What the auditor asks of the trail: entries about a client, of a case, by a staff member, of some actions or
/// groups of actions, in a range of the agency's calendar days; newest first, a page before a sequence number.
/// </summary>
public sealed record AuditTrailQuery(Guid? ClientId = null, Guid? ActorId = null, long? Before = null, int PageSize = AuditTrailFilter.DefaultPageSize)
{
    public Guid? CaseId { get; init; }
    public IReadOnlyList<string> Actions { get; init; } = [];
    public IReadOnlyList<AuditActionGroup> Groups { get; init; } = [];

    /// <summary>The first and last day, both included, as the agency's calendar reads them.</summary>
    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

public sealed record AuditLine(long Sequence, DateTimeOffset OccurredAt, Guid ActorId, string ActorName, string Action, string EntityType, string? EntityId, Guid? ClientId, string? Details, string? Source);

/// <summary>The trail newest first, for an auditor, filtered; looking at it is itself recorded, once per page.</summary>
public sealed class ListAuditTrailHandler(CasewellDbContext db, AuditTrailSearch search)
{
    public const int MaxPageSize = AuditTrailFilter.MaxPageSize;

    /// <summary>The filter as typed: its field errors, or the page.</summary>
    public Task<Result<IReadOnlyList<AuditLine>>> Handle(AuditTrailFilter filter, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (RolePermissions.Refusal(db.Actor, Ability.ReadAuditTrail) is { } refused) return Task.FromResult(Result<IReadOnlyList<AuditLine>>.From(refused));
        var parsed = filter.Parse(search.KnownActions);
        return parsed.Failed ? Task.FromResult(Result<IReadOnlyList<AuditLine>>.From(parsed)) : Handle(parsed.Value!, ct);
    }

    public async Task<Result<IReadOnlyList<AuditLine>>> Handle(AuditTrailQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (RolePermissions.Refusal(db.Actor, Ability.ReadAuditTrail) is { } refused) return Result<IReadOnlyList<AuditLine>>.From(refused);
        var lines = await search.PageAsync(query, query.Before, Math.Clamp(query.PageSize, 1, MaxPageSize), ct);
        // Looking at the trail is itself an access worth recording, with what was asked.
        db.RecordAccess(AuditAction.AuditTrailViewed, "AuditTrail", null, query.ClientId, AuditTrailSearch.Describe(query));
        await db.SaveChangesAsync(ct);
        return Result<IReadOnlyList<AuditLine>>.Ok(lines);
    }
}
