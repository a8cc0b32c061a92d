using Casewell.Audit;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Access;

/// <summary>
/// The one way to show a list of clients or of their cases: runs the page's query (already filtered by the access
/// rules: <see cref="CaseAccess.Readable"/>, <see cref="ClientAccess.Readable"/>) and records one audit entry naming
/// every client the page showed, saved before the page is returned. One insert per request, whatever the page size;
/// the ids come from the rows the query read, so no query is added per row.
/// </summary>
public sealed class ListReads(CasewellDbContext db)
{
    /// <summary>Page <paramref name="page"/> of an ordered query whose rows carry their client's id.</summary>
    public async Task<PageOf<T>> ShowPageAsync<T>(IQueryable<T> ordered, int page, int size, Func<T, Guid> clientOf,
        ListRead read, string? details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clientOf);
        var rows = await PageOf<T>.ReadAsync(ordered, page, size, ct);
        await RecordShownAsync(read, [.. rows.Items.Select(clientOf)], details, ct);
        return rows;
    }

    /// <summary>The same, for rows that do not carry the id: the query pairs each with it.</summary>
    public async Task<PageOf<T>> ShowPageAsync<T>(IQueryable<ClientRow<T>> ordered, int page, int size, ListRead read, string? details, CancellationToken ct)
    {
        var rows = await ShowPageAsync(ordered, page, size, r => r.ClientId, read, details, ct);
        return new PageOf<T>([.. rows.Items.Select(r => r.Row)], rows.Page, rows.PageSize, rows.HasMore);
    }

    /// <summary>A query that bounds itself (a Take, or a handful of ids), shown whole.</summary>
    public async Task<List<T>> ShowAllAsync<T>(IQueryable<T> bounded, Func<T, Guid> clientOf, ListRead read, string? details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clientOf);
        var rows = await bounded.ToListAsync(ct);
        await RecordShownAsync(read, [.. rows.Select(clientOf)], details, ct);
        return rows;
    }

    /// <summary>
    /// For a list put together in memory (candidates scored after their query, several lists on one page): the
    /// clients it is about to show. Call it before returning the list, never instead of showing it.
    /// </summary>
    public async Task RecordShownAsync(ListRead read, IReadOnlyCollection<Guid> clientIds, string? details, CancellationToken ct)
    {
        var (action, entityType) = Of(read);
        db.RecordListAccess(action, entityType, clientIds, details);
        await db.SaveChangesAsync(ct);
    }

    private static (AuditAction Action, string EntityType) Of(ListRead read) => read switch
    {
        ListRead.Caseload => (AuditAction.CaseloadListed, "Caseload"),
        ListRead.TeamCaseloads => (AuditAction.TeamCaseloadsListed, "Team"),
        ListRead.Queue => (AuditAction.QueueListed, "Team"),
        ListRead.ClientCases => (AuditAction.ClientCasesListed, "Client"),
        ListRead.DuplicateCandidates => (AuditAction.ClientDuplicatesListed, "Client"),
        ListRead.Search => (AuditAction.ClientSearched, "Client"),
        ListRead.MyTasks => (AuditAction.MyTasksListed, "CaseTask"),
        ListRead.MyWork => (AuditAction.MyWorkListed, "CaseTask"),
        ListRead.ContactsDue => (AuditAction.ContactsDueListed, "Case"),
        ListRead.Household => (AuditAction.ClientHouseholdListed, "Client"),
        ListRead.Restrictions => (AuditAction.RestrictionsListed, "Restriction"),
        ListRead.EmergencyGrants => (AuditAction.EmergencyAccessListed, "EmergencyGrant"),
        ListRead.MyHearings => (AuditAction.MyHearingsListed, "CourtHearing"),
        ListRead.NoteSearch => (AuditAction.NotesSearched, "Note"),
        _ => throw new ArgumentOutOfRangeException(nameof(read), read, null),
    };
}
