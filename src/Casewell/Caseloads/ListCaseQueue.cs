using System.Diagnostics.CodeAnalysis;
using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Caseloads;

/// <summary>
/// A team's unassigned queue: its cases not closed and without a primary worker, oldest first, with the team's
/// workers and their loads to assign them to. New referrals wait here, and so does every case whose worker left.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "The unassigned queue is the supervisors' own word; this is a request, not a collection.")]
public sealed record ListCaseQueue(Guid TeamId, int Page = 1, int PageSize = CaseloadFilter.DefaultPageSize);

public sealed record QueuedCase(Guid CaseId, string CaseNumber, int Version, Guid ClientId, string ClientName, string CaseTypeName,
    CasePriority Priority, CaseStatus Status, DateTimeOffset ReferredAt);

public sealed record QueuePage(Guid TeamId, string TeamName, int Total, IReadOnlyList<QueuedCase> Cases, int Page, int PageSize, bool HasMore,
    IReadOnlyList<AssignableWorker> Workers);

public sealed class ListCaseQueueHandler(CasewellDbContext db, CaseAccess access, ListReads lists, AgencyCalendar calendar, PriorityWeights weights)
{
    public async Task<Result<QueuePage>> Handle(ListCaseQueue request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!access.CanSupervise)
        {
            await access.RecordTeamRefusalAsync(request.TeamId, "read its queue", ct);
            return Result<QueuePage>.Forbidden(new Message(CaseloadMessages.OnlyTeamSupervisorWorksQueue));
        }
        var v = new Validation();
        if (request.Page is < 1 or > CaseloadFilter.MaxPage) v.Add("Page", new Message(CaseloadMessages.PageOutOfRange, CaseloadFilter.MaxPage));
        if (request.PageSize is < 1 or > CaseloadFilter.MaxPageSize) v.Add("PageSize", new Message(CaseloadMessages.PageSizeOutOfRange, CaseloadFilter.MaxPageSize));
        if (v.HasErrors) return Result<QueuePage>.Invalid(v.ToDictionary());

        var team = access.SupervisedTeams(db.Teams).Where(t => t.Id == request.TeamId);
        var teamName = await team.Select(t => t.Name).SingleOrDefaultAsync(ct);
        if (teamName is null)
        {
            await access.RecordTeamRefusalAsync(request.TeamId, "read its queue", ct);
            return Result<QueuePage>.NotFound();
        }

        var queued = access.Readable(db.Cases).Active().Where(c => c.TeamId == request.TeamId && c.PrimaryWorkerId == null);
        var total = await queued.CountAsync(ct);
        var size = request.PageSize;
        var found = await lists.ShowPageAsync(from c in queued
                                              join client in db.Clients on c.ClientId equals client.Id
                                              join type in db.CaseTypes on c.CaseTypeId equals type.Id
                                              orderby c.ReferredAt, c.Id
                                              select new { c.Id, c.CaseNumber, c.Version, c.ClientId, client.FirstName, client.PreferredName, client.LastName, type.Name, c.Priority, c.Status, c.ReferredAt },
            request.Page, size, c => c.ClientId, ListRead.Queue, $"team {request.TeamId}", ct);
        var workers = await ListAssignableWorkersHandler.AssignableAsync(db, access, team, calendar, weights, ct);

        return Result<QueuePage>.Ok(new QueuePage(request.TeamId, teamName, total,
            [.. found.Items.Select(c => new QueuedCase(c.Id, c.CaseNumber, c.Version, c.ClientId, $"{c.PreferredName ?? c.FirstName} {c.LastName}",
                c.Name, c.Priority, c.Status, c.ReferredAt))],
            request.Page, size, found.HasMore, workers));
    }
}
