using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests;

/// <summary>
/// A case with a worker, made over HTTP the way people make one: an administrator sets up a program and a team,
/// a worker registers the client and opens the case, the team's supervisor assigns it to the worker. Tests
/// state only what matters to them: <c>await CaseScenario.For(App).OfType(SeededCaseTypes.Reentry).BuildAsync()</c>.
/// </summary>
public sealed class CaseScenario : IDisposable
{
    private readonly CasewellApp app;
    private Guid caseType = SeededCaseTypes.General;
    private bool open = true;

    private CaseScenario(CasewellApp app) => this.app = app;

    /// <summary>The case's primary worker, signed in.</summary>
    public HttpClient Worker { get; private set; } = default!;
    public Guid WorkerId { get; private set; }

    /// <summary>A supervisor of the case's team, signed in.</summary>
    public HttpClient Supervisor { get; private set; } = default!;
    public Guid SupervisorId { get; private set; }

    public Guid ProgramId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid ClientId { get; private set; }
    public string ClientLastName { get; private set; } = "";
    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";

    public static CaseScenario For(CasewellApp app) => new(app);

    public CaseScenario OfType(Guid caseTypeId)
    {
        caseType = caseTypeId;
        return this;
    }

    /// <summary>Leaves the case referred (assigned, not yet opened).</summary>
    public CaseScenario Referred()
    {
        open = false;
        return this;
    }

    public async Task<CaseScenario> BuildAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await app.SignedInAsync(StaffRole.Administrator);
        var unique = Guid.NewGuid().ToString("N")[..8];
        ProgramId = await IdOf(await admin.PostAsJsonAsync("/api/v1/programs", new { name = $"Program {unique}" }, ct));
        TeamId = await IdOf(await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"Team {unique}", programId = ProgramId }, ct));
        (Supervisor, SupervisorId) = await app.SignedInWithIdAsync(StaffRole.Supervisor);
        (Worker, WorkerId) = await app.SignedInWithIdAsync(StaffRole.CaseWorker);
        await JoinTeamAsync(admin, SupervisorId, supervises: true);
        await JoinTeamAsync(admin, WorkerId, supervises: false);

        ClientLastName = "Client" + unique;
        ClientId = await IdOf(await Worker.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new { legalName = new { first = "Casey", last = ClientLastName }, birthDate = "1988-02-03", veteranStatus = "Unknown" },
            identifiers = Array.Empty<object>(),
            confirmedNewPerson = true,
        }, ct));
        var opened = await Worker.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId = ClientId,
            programId = ProgramId,
            teamId = TeamId,
            caseTypeId = caseType,
            priority = "Medium",
            referralSource = "Self",
            referralReason = "Asked for help with housing",
        }, ct);
        await Expect(HttpStatusCode.Created, opened);
        using (var body = JsonDocument.Parse(await opened.Content.ReadAsStringAsync(ct)))
        {
            CaseId = body.RootElement.GetProperty("caseId").GetGuid();
            CaseNumber = body.RootElement.GetProperty("caseNumber").GetString()!;
        }
        await Expect(HttpStatusCode.NoContent, await SendWithCaseVersionAsync(Supervisor, $"/api/v1/cases/{CaseId}/assignments", new { workerId = WorkerId, role = "Primary" }));
        if (open) await Expect(HttpStatusCode.NoContent, await SendWithCaseVersionAsync(Worker, $"/api/v1/cases/{CaseId}/transitions", new { transition = "Open" }));
        return this;
    }

    /// <summary>Adds a signed-in case worker to the case's team, without assigning them the case.</summary>
    public async Task<(HttpClient Client, Guid Id)> TeamWorkerAsync()
    {
        using var admin = await app.SignedInAsync(StaffRole.Administrator);
        var (client, id) = await app.SignedInWithIdAsync(StaffRole.CaseWorker);
        await JoinTeamAsync(admin, id, supervises: false);
        return (client, id);
    }

    /// <summary>Lets the case's team read each other's cases, as a program may (an administrator's setting).</summary>
    public async Task LetTeamReadCasesAsync()
    {
        using var admin = await app.SignedInAsync(StaffRole.Administrator);
        await Expect(HttpStatusCode.NoContent, await admin.PutAsJsonAsync($"/api/v1/programs/{ProgramId}/case-policies",
            new { closureRequiresApproval = true, teamMayViewCases = true }, TestContext.Current.CancellationToken));
    }

    /// <summary>A signed-in program manager of the case's program: reads its cases, works none.</summary>
    public async Task<HttpClient> ProgramManagerAsync()
    {
        using var admin = await app.SignedInAsync(StaffRole.Administrator);
        var (client, id) = await app.SignedInWithIdAsync(StaffRole.ProgramManager);
        await Expect(HttpStatusCode.NoContent, await admin.PutAsJsonAsync($"/api/v1/programs/{ProgramId}/managers", new { staffId = id }, TestContext.Current.CancellationToken));
        return client;
    }

    /// <summary>The worker adds a task; answers its id.</summary>
    public async Task<Guid> AddTaskAsync(string title, DateOnly dueOn, string kind = "FollowUp", Guid? assigneeId = null)
    {
        var response = await Worker.PostAsJsonAsync($"/api/v1/cases/{CaseId}/tasks", new { title, dueOn, kind, assigneeId }, TestContext.Current.CancellationToken);
        return await IdOf(response, "taskId");
    }

    /// <summary>Moves a task's due date behind the worker's back, e.g. into the past, which no form allows.</summary>
    public Task SetDueDateAsync(Guid taskId, DateOnly dueOn) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var task = await db.Tasks.SingleAsync(t => t.Id == taskId);
        Assert.True(task.Reschedule(dueOn).Succeeded);
        await db.SaveChangesAsync();
    });

    public Task<CaseTask> TaskAsync(Guid taskId) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId));

    public Task<Case> CaseAsync() =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == CaseId));

    /// <summary>The case's timeline entries as stored, oldest first.</summary>
    public Task<List<CaseEvent>> EventsAsync() =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().CaseEvents.AsNoTracking()
            .Where(e => e.CaseId == CaseId).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync());

    /// <summary>The agency's today, as the app computes it.</summary>
    public Task<DateOnly> TodayAsync() => app.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<Casewell.Common.AgencyCalendar>().Today()));

    public void Dispose()
    {
        Worker?.Dispose();
        Supervisor?.Dispose();
    }

    /// <summary>Sends a change with the case's current ETag, as a client that has just read the case would.</summary>
    public async Task<HttpResponseMessage> SendWithCaseVersionAsync(HttpClient client, string path, object body)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ct = TestContext.Current.CancellationToken;
        var read = await client.GetAsync($"/api/v1/cases/{CaseId}", ct);
        await Expect(HttpStatusCode.OK, read);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await client.SendAsync(request, ct);
    }

    private async Task JoinTeamAsync(HttpClient admin, Guid staffId, bool supervises) =>
        await Expect(HttpStatusCode.NoContent, await admin.PutAsJsonAsync($"/api/v1/teams/{TeamId}/members", new { staffId, isSupervisor = supervises }, TestContext.Current.CancellationToken));

    private static async Task<Guid> IdOf(HttpResponseMessage response, string property = "id")
    {
        await Expect(HttpStatusCode.Created, response);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty(property).GetGuid();
    }

    private static async Task Expect(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
    }
}
