using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Caseloads;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Benchmarks;

/// <summary>
/// The case worker's and the supervisor's pages: my caseload, team caseloads, and the timeline of the cases
/// with about 500 entries. Each is read by several of the agency's own staff in turn, not one account over and
/// over, so the rows read change from one request to the next. The floors name the active statuses rather
/// than "not closed", so the (…, Status) indexes seek past a worker's or a team's closed cases.
/// </summary>
internal sealed class CaseScenarios(BenchApp app, FloorDatabase floor)
{
    private const int Callers = 20;

    private readonly DateOnly today = app.Services.GetRequiredService<AgencyCalendar>().Today();

    public async Task<IReadOnlyList<Scenario>> BuildAsync() =>
    [
        await MyCaseloadAsync(),
        await TeamCaseloadsAsync(),
        .. await TimelinesAsync(),
    ];

    private async Task<Scenario> MyCaseloadAsync()
    {
        var workers = await SignInAsync("""SELECT "Email", "Id" FROM "StaffUsers" WHERE "Role" = 'CaseWorker' ORDER BY "Email" LIMIT 20""");
        const string path = "/api/v1/caseload";
        return new Scenario("my caseload (first page, by next due)", "case worker", 50,
            async i =>
            {
                var page = await workers[i % workers.Count].Caller.Client.GetFromJsonAsync<JsonElement>(path);
                return page.GetProperty("cases").GetArrayLength();
            },
            i => floor.ReadAsync(MyCaseloadFloor, [floor.Id(workers[i % workers.Count].Id), today, CaseloadFilter.DefaultPageSize + 1]))
        {
            Requests = [.. workers.Select(w => new WrkRequest("GET", path, w.Caller.Cookie))],
        };
    }

    /// <summary>
    /// The worker's current assignments lead to their cases, each with its client, type, next task due and
    /// overdue tasks, sorted by whichever falls due first (a task or the required contact), one page.
    /// </summary>
    private const string MyCaseloadFloor = """
        SELECT * FROM (
            SELECT c."Id", c."CaseNumber", c."Version", c."ClientId", cl."FirstName", cl."PreferredName", cl."LastName", c."TeamId",
                   t."Name" AS type_name, c."Priority", c."Status", c."PrimaryWorkerId", c."ReferredAt", c."OpenedAt", c."LastContactAt", c."NextContactDue",
                   (SELECT MIN(k."DueOn") FROM "Tasks" AS k WHERE k."CaseId" = c."Id" AND k."Status" = 'Open') AS next_task,
                   (SELECT COUNT(*) FROM "Tasks" AS k WHERE k."CaseId" = c."Id" AND k."Status" = 'Open' AND k."DueOn" < @p1) AS overdue_tasks
            FROM "CaseAssignments" AS a
            JOIN "Cases" AS c ON c."Id" = a."CaseId"
            JOIN "Clients" AS cl ON cl."Id" = c."ClientId"
            JOIN "CaseTypes" AS t ON t."Id" = c."CaseTypeId"
            WHERE a."StaffId" = @p0 AND a."EndedAt" IS NULL AND c."Status" IN ('Referred', 'Open', 'OnHold')) AS x
        ORDER BY CASE WHEN x.next_task IS NULL AND x."NextContactDue" IS NULL THEN 1 ELSE 0 END,
                 CASE WHEN x.next_task IS NULL THEN x."NextContactDue"
                      WHEN x."NextContactDue" IS NULL OR x.next_task < x."NextContactDue" THEN x.next_task ELSE x."NextContactDue" END,
                 x."Id"
        LIMIT @p2
        """;

    private async Task<Scenario> TeamCaseloadsAsync()
    {
        var supervisors = await SignInAsync("""SELECT "Email", "Id" FROM "StaffUsers" WHERE "Role" = 'Supervisor' ORDER BY "Email" LIMIT 20""");
        var weights = app.Services.GetRequiredService<PriorityWeights>();
        const string path = "/api/v1/team-caseloads";
        return new Scenario("team caseloads", "supervisor", 50,
            async i =>
            {
                var teams = await supervisors[i % supervisors.Count].Caller.Client.GetFromJsonAsync<JsonElement>(path);
                return teams.EnumerateArray().Sum(t => t.GetProperty("workers").GetArrayLength());
            },
            i => floor.ReadAsync(TeamCaseloadsFloor, [floor.Id(supervisors[i % supervisors.Count].Id), today, true,
                weights.For(CasePriority.Low), weights.For(CasePriority.Medium), weights.For(CasePriority.High), weights.For(CasePriority.Urgent)]))
        {
            Requests = [.. supervisors.Select(s => new WrkRequest("GET", path, s.Caller.Cookie))],
        };
    }

    /// <summary>Per member of each team the supervisor leads: cases, acuity-weighted load, secondary cases, overdue tasks and contacts, and the team's queue.</summary>
    private const string TeamCaseloadsFloor = """
        SELECT m."TeamId", u."Id", u."DisplayName", m."IsSupervisor",
               (SELECT COUNT(*) FROM "Cases" AS c WHERE c."PrimaryWorkerId" = u."Id" AND c."Status" IN ('Referred', 'Open', 'OnHold')) AS cases,
               (SELECT COALESCE(SUM(t."LoadWeight" * CASE c."Priority" WHEN 'Low' THEN @p3 WHEN 'Medium' THEN @p4 WHEN 'High' THEN @p5 ELSE @p6 END), 0)
                  FROM "Cases" AS c JOIN "CaseTypes" AS t ON t."Id" = c."CaseTypeId" WHERE c."PrimaryWorkerId" = u."Id" AND c."Status" IN ('Referred', 'Open', 'OnHold')) AS load,
               (SELECT COUNT(*) FROM "Cases" AS c WHERE c."PrimaryWorkerId" = u."Id" AND c."Status" IN ('Referred', 'Open', 'OnHold') AND c."NextContactDue" < @p1) AS overdue_contacts,
               (SELECT COUNT(*) FROM "CaseAssignments" AS a JOIN "Cases" AS c ON c."Id" = a."CaseId"
                  WHERE a."StaffId" = u."Id" AND a."EndedAt" IS NULL AND a."Role" = 'Secondary' AND c."Status" IN ('Referred', 'Open', 'OnHold')) AS secondary_cases,
               (SELECT COUNT(*) FROM "Tasks" AS k WHERE k."AssignedToId" = u."Id" AND k."Status" = 'Open' AND k."DueOn" < @p1) AS overdue_tasks,
               (SELECT COUNT(*) FROM "Cases" AS c WHERE c."TeamId" = m."TeamId" AND c."Status" IN ('Referred', 'Open', 'OnHold') AND c."PrimaryWorkerId" IS NULL) AS unassigned
        FROM "TeamMemberships" AS m
        JOIN "StaffUsers" AS u ON u."Id" = m."StaffId"
        WHERE m."TeamId" IN (SELECT s."TeamId" FROM "TeamMemberships" AS s WHERE s."StaffId" = @p0 AND s."IsSupervisor" = @p2)
        ORDER BY u."DisplayName", u."Id"
        """;

    /// <summary>The first page (newest entries), and paging through the whole timeline, of each case with about 500 entries.</summary>
    private async Task<IReadOnlyList<Scenario>> TimelinesAsync()
    {
        var longest = await floor.RowsAsync($"""
            SELECT e."CaseId", u."Email", COUNT(*) AS entries FROM "CaseEvents" AS e
            JOIN "Cases" AS c ON c."Id" = e."CaseId"
            JOIN "StaffUsers" AS u ON u."Id" = c."PrimaryWorkerId"
            GROUP BY e."CaseId", u."Email" HAVING COUNT(*) >= {DemoScale.LongTimelineEvents * 9 / 10}
            """);
        if (longest.Count == 0) throw new InvalidOperationException("No case has a long timeline: seed the database with seed-demo --size agency.");
        var cases = new List<(Guid CaseId, SignedIn Reader, long Entries)>();
        foreach (var row in longest)
            cases.Add((row[0] is Guid g ? g : Guid.Parse((string)row[0]!), await app.SignedInAsync((string)row[1]!), Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture)));
        var entries = cases.Average(c => c.Entries);

        const int FirstPage = GetCaseTimelineHandler.DefaultPageSize;
        const int WholePages = 100;
        var pagesEach = (int)Math.Ceiling(entries / WholePages);
        var first = cases.Select(c => (c.CaseId, c.Reader, Page: 1, Size: FirstPage)).ToList();
        var whole = cases.SelectMany(c => Enumerable.Range(1, pagesEach).Select(p => (c.CaseId, c.Reader, Page: p, Size: WholePages))).ToList();
        return
        [
            Timeline($"case timeline, first page ({FirstPage} of ~{entries:F0} entries)", first),
            Timeline($"case timeline, every page ({WholePages} a page, ~{entries:F0} entries)", whole),
        ];
    }

    private Scenario Timeline(string name, List<(Guid CaseId, SignedIn Reader, int Page, int Size)> reads)
    {
        string PathOf(int i) => $"/api/v1/cases/{reads[i].CaseId}/timeline?page={reads[i].Page}&pageSize={reads[i].Size}";
        return new Scenario(name, "case worker", 50,
            async i =>
            {
                var read = i % reads.Count;
                var timeline = await reads[read].Reader.Client.GetFromJsonAsync<JsonElement>(PathOf(read));
                return timeline.GetProperty("entries").GetProperty("items").GetArrayLength();
            },
            i =>
            {
                var (caseId, _, page, size) = reads[i % reads.Count];
                return floor.ReadAsync("""
                    SELECT "Id", "OccurredAt", "Kind", "ActorId", "ActorName", "Subject", "From", "To", "Reason", "RelatedId"
                    FROM "CaseEvents" WHERE "CaseId" = @p0 ORDER BY "OccurredAt" DESC, "Id" DESC LIMIT @p1 OFFSET @p2
                    """, [floor.Id(caseId), size + 1, (page - 1) * size]);
            })
        {
            Requests = [.. reads.Select((r, i) => new WrkRequest("GET", PathOf(i), r.Reader.Cookie))],
        };
    }

    private async Task<List<(SignedIn Caller, Guid Id)>> SignInAsync(string sql)
    {
        var callers = new List<(SignedIn, Guid)>();
        foreach (var row in (await floor.RowsAsync(sql)).Take(Callers))
            callers.Add((await app.SignedInAsync((string)row[0]!), row[1] is Guid g ? g : Guid.Parse((string)row[1]!)));
        return callers;
    }
}
