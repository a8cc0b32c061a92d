using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Common;
using Casewell.Data;
using Casewell.Demo;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Demo;

/// <summary>Seeding needs an empty database, so this is a class (and a database) of its own.</summary>
public abstract class SeedDemoTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task Seeding_fills_an_empty_database_whose_demo_accounts_can_sign_in_and_find_the_clients_and_never_seeds_twice()
    {
        var seeded = await SeedAsync();
        Assert.True(seeded.Succeeded, seeded.Detail?.ToString());
        var report = seeded.Value!;

        Assert.Equal(40, report.Staff);
        Assert.InRange(report.Clients, 600, 605);
        var counts = await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            return (Staff: await db.StaffUsers.CountAsync(Cancellation), Clients: await db.Clients.CountAsync(Cancellation),
                Relationships: await db.Relationships.CountAsync(Cancellation), Collaterals: await db.CollateralContacts.CountAsync(Cancellation));
        });
        Assert.Equal((report.Staff, report.Clients, report.Relationships, report.Collaterals), counts);

        var intake = report.SignIns.Single(s => s.Role == StaffRole.IntakeWorker);
        using var client = App.CreateAnonymousClient();
        var signIn = await client.PostAsJsonAsync("/api/v1/session", new { email = intake.Email, password = report.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        // A client of the demo case worker's: intake finds everyone, but only the worker on the case opens the record (decision 0018).
        var demoWorker = report.SignIns.Single(s => s.Role == StaffRole.CaseWorker);
        var someone = await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            var workerId = await db.StaffUsers.Where(u => u.Email == demoWorker.Email).Select(u => u.Id).SingleAsync(Cancellation);
            return await db.Clients.Where(c => c.Identifiers.Count > 0 && db.Cases.Any(k => k.ClientId == c.Id && k.PrimaryWorkerId == workerId))
                .OrderBy(c => c.Id).Select(c => new { c.Id, c.FirstName, c.LastName }).FirstAsync(Cancellation);
        });
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/clients?q={someone.LastName}+{someone.FirstName}&pageSize=100", Cancellation);
        Assert.Contains(found.GetProperty("results").EnumerateArray(), r => r.GetProperty("id").GetGuid() == someone.Id);

        using var workerClient = App.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.OK, (await workerClient.PostAsJsonAsync("/api/v1/session", new { email = demoWorker.Email, password = report.Password }, Cancellation)).StatusCode);
        var profile = await workerClient.GetFromJsonAsync<JsonElement>($"/api/v1/clients/{someone.Id}", Cancellation);
        Assert.Contains(profile.GetProperty("identifiers").EnumerateArray(), i => i.GetProperty("masked").GetString()!.Contains('*', StringComparison.Ordinal));

        await TheDemoCaseworkIsThereAndNewCasesContinueItsNumbersAsync(report, client);

        var again = await SeedAsync();
        Assert.Equal(ResultKind.Conflict, again.Kind);
        var audit = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries
            .CountAsync(a => a.Action == "DemoData.Seeded", Cancellation));
        Assert.Equal(1, audit);
        var chain = await App.WithServicesAsync(s => s.GetRequiredService<VerifyAuditChainHandler>().Handle(new VerifyAuditChain(), Cancellation));
        Assert.True(chain.IsIntact, chain.Problem);
    }

    /// <summary>Cases, tasks and contacts as reported; the demo worker reads their cases; the next case takes the next number.</summary>
    private async Task TheDemoCaseworkIsThereAndNewCasesContinueItsNumbersAsync(DemoSeedReport report, HttpClient intake)
    {
        Assert.Equal(900, report.Cases);
        Assert.InRange(report.Tasks + report.Contacts, 8_000, 10_000);
        var worker = report.SignIns.Single(s => s.Role == StaffRole.CaseWorker);
        var seeded = await App.WithServicesAsync(async s =>
        {
            var db = s.GetRequiredService<CasewellDbContext>();
            var workerId = await db.StaffUsers.Where(u => u.Email == worker.Email).Select(u => u.Id).SingleAsync(Cancellation);
            var year = s.GetRequiredService<AgencyCalendar>().Today().Year;
            return (Cases: await db.Cases.CountAsync(Cancellation), Tasks: await db.Tasks.CountAsync(Cancellation),
                Contacts: await db.CaseContacts.CountAsync(Cancellation), Entries: await db.CaseEvents.CountAsync(Cancellation),
                Mine: await db.Cases.Where(c => c.PrimaryWorkerId == workerId && c.Status == CaseStatus.Open).Select(c => c.Id).ToListAsync(Cancellation),
                Year: year,
                LastNumber: await db.CaseNumberSequences.Where(q => q.Year == year).Select(q => q.LastNumber).SingleAsync(Cancellation),
                ThisYears: await db.Cases.CountAsync(c => c.CaseNumber.StartsWith($"{year}-"), Cancellation),
                Queue: await db.Cases.Where(c => c.PrimaryWorkerId == null && c.Status != CaseStatus.Closed).Select(c => new { c.ProgramId, c.TeamId, c.ClientId }).FirstAsync(Cancellation));
        });
        Assert.Equal((report.Cases, report.Tasks, report.Contacts, report.TimelineEntries), (seeded.Cases, seeded.Tasks, seeded.Contacts, seeded.Entries));
        Assert.Equal(seeded.ThisYears, seeded.LastNumber);

        using var caseWorker = App.CreateAnonymousClient();
        var signIn = await caseWorker.PostAsJsonAsync("/api/v1/session", new { email = worker.Email, password = report.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.InRange(seeded.Mine.Count, 5, 20);
        var mine = await caseWorker.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{seeded.Mine[0]}", Cancellation);
        Assert.Equal(seeded.Mine[0], mine.GetProperty("id").GetGuid());

        var opened = await intake.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId = seeded.Queue.ClientId,
            programId = seeded.Queue.ProgramId,
            teamId = seeded.Queue.TeamId,
            caseTypeId = SeededCaseTypes.General,
            priority = "Medium",
            referralSource = "Self",
            referralReason = "Asked for help again",
        }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var number = (await opened.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("caseNumber").GetString();
        Assert.Equal(CaseNumberSequence.Format(seeded.Year, seeded.LastNumber + 1), number);
    }

    private Task<Result<DemoSeedReport>> SeedAsync() =>
        App.WithServicesAsync(s => s.GetRequiredService<SeedDemoDataHandler>().Handle(new SeedDemoData(DemoSize.Small), null, Cancellation));
}


public sealed class SeedDemoTests_on_Sqlite(SqliteApp app) : SeedDemoTests(app), IClassFixture<SqliteApp>;

public sealed class SeedDemoTests_on_Postgres(PostgresApp app) : SeedDemoTests(app), IClassFixture<PostgresApp>;
