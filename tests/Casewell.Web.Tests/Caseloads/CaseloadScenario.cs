using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Caseloads;

/// <summary>A staff member made for a scenario, signed in on a client of their own.</summary>
public sealed record StaffMember(Guid Id, string Name, string Email, HttpClient Client);

/// <summary>A case opened in a scenario.</summary>
public sealed record OpenedTestCase(Guid Id, string Number, Guid TeamId);

/// <summary>
/// A program with one team and its supervisor, built through the API as an administrator and a supervisor would,
/// with helpers to add workers, clients and cases and to assign them. Every name is unique, so scenarios share a
/// test class's database without seeing each other. Tasks and overdue dates have no API yet: those are written
/// straight to the database.
/// </summary>
public sealed class CaseloadScenario
{
    private readonly CasewellApp app;
    private readonly string tag = Guid.NewGuid().ToString("N")[..8];
    private int people;

    private CaseloadScenario(CasewellApp app, StaffMember administrator)
    {
        this.app = app;
        Administrator = administrator;
    }

    public StaffMember Administrator { get; }
    public StaffMember Supervisor { get; private set; } = default!;
    public Guid ProgramId { get; private set; }
    public Guid TeamId { get; private set; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<CaseloadScenario> CreateAsync(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var scenario = new CaseloadScenario(app, await SignInNewAsync(app, StaffRole.Administrator, "Ada Administrator"));
        scenario.ProgramId = await CreatedIdAsync(scenario.Administrator.Client.PostAsJsonAsync("/api/v1/programs", new { name = $"Program {scenario.tag}" }, Cancellation));
        scenario.TeamId = await scenario.AddTeamAsync("Team");
        scenario.Supervisor = await scenario.AddStaffAsync(StaffRole.Supervisor, "Sam Supervisor", scenario.TeamId, supervises: true);
        return scenario;
    }

    public async Task<Guid> AddTeamAsync(string name) =>
        await CreatedIdAsync(Administrator.Client.PostAsJsonAsync("/api/v1/teams", new { name = $"{name} {tag}", programId = ProgramId }, Cancellation));

    /// <summary>A new account, on <paramref name="teamId"/> (this scenario's team by default) unless it is Guid.Empty.</summary>
    public async Task<StaffMember> AddStaffAsync(StaffRole role, string name, Guid? teamId = null, bool supervises = false)
    {
        var member = await SignInNewAsync(app, role, $"{name} {tag}{Interlocked.Increment(ref people)}");
        var team = teamId ?? TeamId;
        if (team != Guid.Empty) await AddToTeamAsync(member.Id, team, supervises);
        return member;
    }

    public Task<StaffMember> AddWorkerAsync(string name = "Casey Worker", Guid? teamId = null) => AddStaffAsync(StaffRole.CaseWorker, name, teamId);

    public async Task AddToTeamAsync(Guid staffId, Guid teamId, bool supervises = false)
    {
        var response = await Administrator.Client.PutAsJsonAsync($"/api/v1/teams/{teamId}/members", new { staffId, isSupervisor = supervises }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Registers a client and opens a case for them in the team's queue, as the scenario's supervisor.</summary>
    public async Task<OpenedTestCase> OpenCaseAsync(CasePriority priority = CasePriority.Medium, Guid? caseTypeId = null, Guid? teamId = null,
        string? lastName = null, StaffMember? by = null)
    {
        var opener = by ?? Supervisor;
        var clientId = await CreatedIdAsync(opener.Client.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new { legalName = new { first = "Robin", last = lastName ?? $"Client{tag}{Interlocked.Increment(ref people)}" }, veteranStatus = "Unknown" },
            confirmedNewPerson = true,
        }, Cancellation));
        var response = await opener.Client.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId,
            programId = ProgramId,
            teamId = teamId ?? TeamId,
            caseTypeId = caseTypeId ?? SeededCaseTypes.General,
            priority = priority.ToString(),
            referralSource = "Self",
            referralReason = "Needs help with housing",
        }, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancellation));
        var opened = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        return new OpenedTestCase(opened.GetProperty("caseId").GetGuid(), opened.GetProperty("caseNumber").GetString()!, teamId ?? TeamId);
    }

    public async Task<int> VersionAsync(Guid caseId, StaffMember? reader = null)
    {
        var response = await (reader ?? Supervisor).Client.GetAsync($"/api/v1/cases/{caseId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return int.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<HttpResponseMessage> TryAssignAsync(Guid caseId, Guid workerId, AssignmentRole role = AssignmentRole.Primary, string? reason = null,
        StaffMember? by = null, int? version = null)
    {
        var supervisor = by ?? Supervisor;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/assignments")
        {
            Content = JsonContent.Create(new { workerId, role = role.ToString(), reason }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version ?? await VersionAsync(caseId, supervisor)}\""));
        return await supervisor.Client.SendAsync(request, Cancellation);
    }

    public async Task AssignAsync(Guid caseId, Guid workerId, AssignmentRole role = AssignmentRole.Primary, string? reason = null, StaffMember? by = null)
    {
        var response = await TryAssignAsync(caseId, workerId, role, reason, by);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Cancellation));
    }

    public async Task<OpenedTestCase> CaseOfAsync(StaffMember worker, CasePriority priority = CasePriority.Medium, Guid? caseTypeId = null, string? lastName = null)
    {
        var opened = await OpenCaseAsync(priority, caseTypeId, lastName: lastName);
        await AssignAsync(opened.Id, worker.Id);
        return opened;
    }

    public async Task TransitionAsync(Guid caseId, string transition, string? reason = null, string? outcome = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/transitions")
        {
            Content = JsonContent.Create(new { transition, reason, outcome }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{await VersionAsync(caseId)}\""));
        var response = await Supervisor.Client.SendAsync(request, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync(Cancellation));
    }

    public async Task CloseAsync(Guid caseId)
    {
        await TransitionAsync(caseId, "Open");
        await TransitionAsync(caseId, "Close", "Goals met", "GoalsMet");
    }

    /// <summary>An open task on the case, due <paramref name="dueInDays"/> days from the agency's today (negative: overdue).</summary>
    public Task<Guid> AddTaskAsync(Guid caseId, StaffMember assignee, int dueInDays) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CasewellDbContext>();
            var clock = services.GetRequiredService<TimeProvider>();
            var today = services.GetRequiredService<AgencyCalendar>().Today();
            var task = new CaseTask(Ids.New(clock), caseId, CaseTaskKind.FollowUp, "Call the landlord", null, today.AddDays(dueInDays),
                new StaffRef(assignee.Id, assignee.Name), new StaffRef(Supervisor.Id, Supervisor.Name), clock.GetUtcNow());
            db.Tasks.Add(task);
            await db.SaveChangesAsync(Cancellation);
            return task.Id;
        });

    public Task<(Guid AssignedToId, CaseTaskStatus Status)> TaskAsync(Guid taskId) =>
        app.WithServicesAsync(async services =>
        {
            var task = await services.GetRequiredService<CasewellDbContext>().Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId, Cancellation);
            return (task.AssignedToId, task.Status);
        });

    /// <summary>Moves the case's dates as if time had passed: what the overdue sweep and the calendar would show.</summary>
    public Task SetDatesAsync(Guid caseId, int? referredDaysAgo = null, int? openedDaysAgo = null, int? contactDueInDays = null, int? lastContactDaysAgo = null) =>
        app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CasewellDbContext>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var today = services.GetRequiredService<AgencyCalendar>().Today();
            var cases = db.Cases.Where(c => c.Id == caseId);
            if (referredDaysAgo is { } r) await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.ReferredAt, now.AddDays(-r)), Cancellation);
            if (openedDaysAgo is { } o) await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.OpenedAt, now.AddDays(-o)), Cancellation);
            if (contactDueInDays is { } d) await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.NextContactDue, today.AddDays(d)), Cancellation);
            if (lastContactDaysAgo is { } l) await cases.ExecuteUpdateAsync(s => s.SetProperty(c => c.LastContactAt, now.AddDays(-l)), Cancellation);
        });

    public Task<Guid?> PrimaryWorkerAsync(Guid caseId) =>
        app.WithServicesAsync(async services =>
            await services.GetRequiredService<CasewellDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.PrimaryWorkerId).SingleAsync(Cancellation));

    public Task<List<CaseEvent>> TimelineAsync(Guid caseId) =>
        app.WithServicesAsync(async services =>
            await services.GetRequiredService<CasewellDbContext>().CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId)
                .OrderBy(e => e.OccurredAt).ThenBy(e => e.CaseVersion).ToListAsync(Cancellation));

    public Task<bool> IsAssignedAsync(Guid caseId, Guid staffId) =>
        app.WithServicesAsync(async services =>
            await services.GetRequiredService<CasewellDbContext>().CaseAssignments.AnyAsync(a => a.CaseId == caseId && a.StaffId == staffId && a.EndedAt == null, Cancellation));

    /// <summary>Makes <paramref name="manager"/> a program manager of this scenario's program.</summary>
    public async Task ManageProgramAsync(StaffMember manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var response = await Administrator.Client.PutAsJsonAsync($"/api/v1/programs/{ProgramId}/managers", new { staffId = manager.Id }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public static async Task<StaffMember> SignInNewAsync(CasewellApp app, StaffRole role, string name)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (id, email) = await app.CreateStaffAsync(role, name);
        var client = app.CreateAnonymousClient();
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {role} answered {(int)response.StatusCode}");
        return new StaffMember(id, name, email, client);
    }

    private static async Task<Guid> CreatedIdAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancellation));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("id").GetGuid();
    }
}
