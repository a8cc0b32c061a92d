using System.Net.Http.Json;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Probe;

/// <summary>
/// A small agency seeded through the API for the probe: a program, a team with its supervisor, workers with
/// open cases, tasks, contacts, a relationship and a collateral; one account per role, a worker of another
/// team, and a client with no session. <see cref="Ids"/> gives a real id for every route parameter name.
/// </summary>
public sealed class ProbeAgency : IDisposable
{
    private readonly CaseWorld world;
    private readonly HttpClient anonymous;

    private ProbeAgency(CaseWorld world, HttpClient anonymous)
    {
        this.world = world;
        this.anonymous = anonymous;
    }

    /// <summary>Who the probe sends requests as, in a fixed order.</summary>
    public IReadOnlyList<(string Name, HttpClient Http)> Principals { get; private set; } = [];

    /// <summary>Route parameter name (any case) to a real id; writes that would disable or empty a principal get a bystander's.</summary>
    public Dictionary<string, Guid> Ids { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, Guid> WriteIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HttpClient Anonymous => anonymous;

    public HttpClient As(string name) => Principals.Single(p => p.Name == name).Http;

    public static async Task<ProbeAgency> SeedAsync(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var ct = TestContext.Current.CancellationToken;
        var world = await CaseWorld.CreateAsync(app);
        var agency = new ProbeAgency(world, app.CreateAnonymousClient());
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ivy Intake");
        var manager = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await world.ManageProgramAsync(manager);
        var auditor = await world.AddStaffAsync(StaffRole.Auditor, "Audrey Auditor", Guid.Empty);
        var partner = await world.AddStaffAsync(StaffRole.Partner, "Parker Partner", Guid.Empty);
        var otherTeam = await world.AddTeamAsync("Other team");
        var outsider = await world.AddWorkerAsync("Olive Outsider", otherTeam);
        var (bystander, bystanderCase) = await world.AddWorkerWithOpenCaseAsync();
        var today = await world.Database.TodayAsync();
        var taskId = await AddTaskAsync(worker.Http, @case.Id, "Call the landlord", today.AddDays(3));
        await Succeeds(await RecordContactAsync(worker.Http, @case.Id,
            new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "HomeVisit", summary = "Met the family" }));
        var hearing = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", new
        {
            startsAt = TimeProvider.System.GetUtcNow().AddDays(10),
            type = "Review",
            court = "Franklin County Juvenile Court",
            parties = new[] { new { name = "Ana Ruiz", role = "Attorney for the mother" } },
        }, ct));
        var relative = await world.RegisterClientAsync(world.Supervisor);
        var relationship = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/relationships",
            new { type = Enum.GetNames<Casewell.Households.RelationshipType>()[0], relatedClientId = relative.Id, livesInHousehold = true }, ct));
        var collateral = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/collaterals",
            new { name = "Dr. Lee", organization = "Clinic", role = Enum.GetNames<Casewell.Collaterals.CollateralRole>()[0] }, ct));

        agency.Principals =
        [
            ("CaseWorker", worker.Http), ("IntakeWorker", intake.Http), ("Supervisor", world.Supervisor.Http),
            ("ProgramManager", manager.Http), ("Administrator", world.Administrator.Http), ("Auditor", auditor.Http),
            ("Partner", partner.Http), ("anonymous", agency.anonymous), ("OtherTeamWorker", outsider.Http),
        ];
        foreach (var (name, id) in new[]
        {
            ("clientId", @case.ClientId), ("caseId", @case.Id), ("taskId", taskId), ("workerId", worker.Id), ("staffId", worker.Id),
            ("programId", world.ProgramId), ("teamId", world.TeamId), ("caseTypeId", SeededCaseTypes.General),
            ("relationshipId", relationship.TryGetProperty("id", out var r) ? r.GetGuid() : Guid.Empty),
            ("contactId", collateral.TryGetProperty("id", out var c) ? c.GetGuid() : Guid.Empty),
            ("relatedClientId", relative.Id), ("assigneeId", worker.Id), ("householdMemberIds", relative.Id),
            ("hearingId", hearing.GetProperty("hearingId").GetGuid()),
        })
        {
            agency.Ids[name] = id;
            agency.WriteIds[name] = id;
        }
        // A deactivation or a handover as the matrix's administrator or supervisor must not take a principal out of the probe.
        agency.WriteIds["staffId"] = bystander.Id;
        agency.WriteIds["workerId"] = bystander.Id;
        agency.Ids["otherCaseId"] = bystanderCase.Id;
        return agency;
    }

    public void Dispose()
    {
        anonymous.Dispose();
        world.Dispose();
    }
}
