using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Benchmarks;

/// <summary>
/// Issue 9's court report target (under 5 seconds): compiling a draft of two years of a case's contacts, and making
/// its PDF and Word files, for the cases of the database with the most contacts in the last two years, each by its
/// primary worker. Compiling writes a draft each time, as a worker's click would. The floor reads the period's contacts.
/// </summary>
internal sealed class CourtReportScenarios(BenchApp app, FloorDatabase floor)
{
    private const int Cases = 5;

    private readonly DateOnly today = app.Services.GetRequiredService<AgencyCalendar>().Today();

    public async Task<IReadOnlyList<Scenario>> BuildAsync()
    {
        var from = today.AddYears(-2);
        var since = app.Services.GetRequiredService<AgencyCalendar>().At(from, TimeOnly.MinValue);
        var rows = await floor.RowsAsync($"""
            SELECT k."CaseId", u."Email", COUNT(*) AS contacts FROM "CaseContacts" AS k
            JOIN "Cases" AS c ON c."Id" = k."CaseId"
            JOIN "StaffUsers" AS u ON u."Id" = c."PrimaryWorkerId"
            WHERE k."OccurredAt" >= @p0
            GROUP BY k."CaseId", u."Email" ORDER BY COUNT(*) DESC LIMIT {Cases}
            """, since);
        if (rows.Count == 0) throw new InvalidOperationException("No case has contacts in the last two years: seed the database with seed-demo --size agency.");
        var cases = new List<(Guid CaseId, SignedIn Worker, Guid ReportId)>();
        foreach (var row in rows)
        {
            var caseId = row[0] is Guid g ? g : Guid.Parse((string)row[0]!, CultureInfo.InvariantCulture);
            var worker = await app.SignedInAsync((string)row[1]!);
            cases.Add((caseId, worker, await DraftAsync(worker, caseId, from)));
        }
        var contacts = rows.Average(r => Convert.ToDouble(r[2], CultureInfo.InvariantCulture));
        var body = JsonSerializer.Serialize(new { from, to = today, court = "Benchmark Family Court" }, JsonSerializerOptions.Web);
        return
        [
            new Scenario($"court report draft, two years (~{contacts:F0} contacts)", "case worker", 5000,
                async i => (await DraftAsync(cases[i % cases.Count].Worker, cases[i % cases.Count].CaseId, from)) == Guid.Empty ? 0 : 1,
                i => Floor(cases[i % cases.Count].CaseId, since))
            {
                Requests = [.. cases.Select(c => new WrkRequest("POST", $"/api/v1/cases/{c.CaseId}/court-reports", c.Worker.Cookie, body))],
            },
            File("pdf", contacts, cases, since),
            File("docx", contacts, cases, since),
        ];
    }

    private Scenario File(string format, double contacts, List<(Guid CaseId, SignedIn Worker, Guid ReportId)> cases, DateTimeOffset since) =>
        new($"court report {format}, two years (~{contacts:F0} contacts)", "case worker", 5000,
            async i =>
            {
                var (_, worker, report) = cases[i % cases.Count];
                return (await worker.Client.GetByteArrayAsync($"/api/v1/court-reports/{report}/{format}")).Length > 0 ? 1 : 0;
            },
            i => Floor(cases[i % cases.Count].CaseId, since))
        {
            Requests = [.. cases.Select(c => new WrkRequest("GET", $"/api/v1/court-reports/{c.ReportId}/{format}", c.Worker.Cookie))],
        };

    private async Task<Guid> DraftAsync(SignedIn worker, Guid caseId, DateOnly from)
    {
        using var response = await worker.Client.PostAsJsonAsync($"/api/v1/cases/{caseId}/court-reports", new { from, to = today, court = "Benchmark Family Court" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetGuid();
    }

    private Task<int> Floor(Guid caseId, DateTimeOffset since) => floor.ReadAsync("""
        SELECT "OccurredAt", "Kind", "WorkerName", "Summary" FROM "CaseContacts" WHERE "CaseId" = @p0 AND "OccurredAt" >= @p1 ORDER BY "OccurredAt", "Id"
        """, [floor.Id(caseId), since]);
}
