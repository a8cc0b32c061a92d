using System.Net.Http.Json;

namespace Casewell.Benchmarks;

/// <summary>
/// An audited write: a case worker adds a follow-up task to one of their open cases (POST
/// /api/v1/cases/{id}/tasks), with the handler's access check, its rules, the case's open-task count, the timeline
/// event and the audit entry, all in one transaction. The floor is the data change alone, hand-written: the task row
/// and the case's count and version in one committed transaction, without the access check, the timeline or the audit
/// entry, so the ratio shows what those cost. wrk replays the same POST, so each run leaves tasks behind: run it on a
/// copy of the seeded database.
/// </summary>
internal sealed class WriteScenario(BenchApp app, FloorDatabase floor, DateOnly today)
{
    private const int Callers = 20;

    public async Task<Scenario> BuildAsync()
    {
        var rows = await floor.RowsAsync("""
            SELECT u."Email", u."Id", c."Id", u."DisplayName" FROM "StaffUsers" u
            JOIN "CaseAssignments" a ON a."StaffId" = u."Id" AND a."EndedAt" IS NULL AND a."Role" = 'Primary'
            JOIN "Cases" c ON c."Id" = a."CaseId" AND c."Status" = 'Open'
            WHERE u."Role" = 'CaseWorker' AND u."IsActive"
            AND a."CaseId" = (SELECT a2."CaseId" FROM "CaseAssignments" a2 JOIN "Cases" c2 ON c2."Id" = a2."CaseId"
                WHERE a2."StaffId" = u."Id" AND a2."EndedAt" IS NULL AND a2."Role" = 'Primary' AND c2."Status" = 'Open'
                ORDER BY a2."CaseId" LIMIT 1)
            ORDER BY u."Email" LIMIT 20
            """);
        var workers = new List<(SignedIn Caller, object StaffId, object CaseId, string Name)>();
        foreach (var row in rows.Take(Callers))
            workers.Add((await app.SignedInAsync((string)row[0]!), row[1]!, row[2]!, (string)row[3]!));
        if (workers.Count == 0) throw new InvalidOperationException("No case worker with an open case of their own: is this a seeded database?");

        var dueOn = today.AddDays(7);
        var body = $$"""{"title":"Call the school about attendance","dueOn":"{{dueOn:yyyy-MM-dd}}"}""";
        string PathOf((SignedIn, object, object CaseId, string) w) => $"/api/v1/cases/{w.CaseId}/tasks";
        return new Scenario("add a task to a case (audited write)", "case worker", 100,
            async i =>
            {
                var w = workers[i % workers.Count];
                using var response = await w.Caller.Client.PostAsJsonAsync(PathOf(w), new { title = "Call the school about attendance", dueOn });
                response.EnsureSuccessStatusCode();
                return 1;
            },
            async i =>
            {
                var w = workers[i % workers.Count];
                var now = TimeProvider.System.GetUtcNow();
                await floor.WriteAsync(
                    ("""UPDATE "Cases" SET "OpenTaskCount" = "OpenTaskCount" + 1, "Version" = "Version" + 1 WHERE "Id" = @p0""", [w.CaseId]),
                    ("""
                     INSERT INTO "Tasks" ("Id", "CaseId", "Kind", "Title", "DueOn", "AssignedToId", "AssignedToName", "Status", "CreatedById", "CreatedAt", "Version")
                     VALUES (@p0, @p1, 'FollowUp', 'Call the school about attendance', @p2, @p3, @p4, 'Open', @p3, @p5, 1)
                     """, [floor.Id(Guid.CreateVersion7(now)), w.CaseId, dueOn, w.StaffId, w.Name, floor.Instant(now)]));
                return 1;
            })
        {
            Requests = [.. workers.Select(w => new WrkRequest("POST", PathOf(w), w.Caller.Cookie, body))],
        };
    }
}
