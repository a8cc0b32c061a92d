using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Cases;

/// <summary>
/// A program with one team and its supervisor, made through the API as an administrator would, with the
/// workers, clients, cases and tasks a test adds to it made the way people make them. Every name is unique, so
/// worlds share a test class's database without seeing each other. Tests state only what matters to them:
/// <c>var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();</c>
/// </summary>
public sealed class CaseWorld : IDisposable
{
    private readonly CasewellApp app;
    private readonly string tag = RandomNumberGenerator.GetHexString(8, lowercase: true);
    private readonly List<StaffMember> staff = [];
    private int people;

    private CaseWorld(CasewellApp app)
    {
        this.app = app;
        Database = new CaseDatabase(app);
    }

    public StaffMember Administrator { get; private set; } = default!;
    public StaffMember Supervisor { get; private set; } = default!;
    public Guid ProgramId { get; private set; }
    public Guid TeamId { get; private set; }
    public CaseDatabase Database { get; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<CaseWorld> CreateAsync(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new CaseWorld(app);
        world.Administrator = await world.SignInAsync(StaffRole.Administrator, "Ada Administrator");
        world.ProgramId = (await CreatedAsync(await world.Administrator.Http.PostAsJsonAsync("/api/v1/programs", new { name = $"Program {world.tag}" }, Cancellation)))
            .GetProperty("id").GetGuid();
        world.TeamId = await world.AddTeamAsync("Team");
        world.Supervisor = await world.AddStaffAsync(StaffRole.Supervisor, "Sam Supervisor", supervises: true);
        return world;
    }

    /// <summary>The program's case policies, an administrator's setting.</summary>
    public async Task SetCasePoliciesAsync(bool closureRequiresApproval = true, bool teamMayViewCases = false) =>
        await Succeeds(await Administrator.Http.PutAsJsonAsync($"/api/v1/programs/{ProgramId}/case-policies",
            new { closureRequiresApproval, teamMayViewCases }, Cancellation));

    public async Task<Guid> AddTeamAsync(string name) =>
        (await CreatedAsync(await Administrator.Http.PostAsJsonAsync("/api/v1/teams", new { name = $"{name} {tag}", programId = ProgramId }, Cancellation)))
            .GetProperty("id").GetGuid();

    /// <summary>A new account, on <paramref name="teamId"/> (the world's team by default) unless it is Guid.Empty.</summary>
    public async Task<StaffMember> AddStaffAsync(StaffRole role, string name, Guid? teamId = null, bool supervises = false)
    {
        var member = await SignInAsync(role, name);
        var team = teamId ?? TeamId;
        if (team != Guid.Empty) await AddToTeamAsync(member.Id, team, supervises);
        return member;
    }

    public Task<StaffMember> AddWorkerAsync(string name = "Casey Worker", Guid? teamId = null) => AddStaffAsync(StaffRole.CaseWorker, name, teamId);

    public async Task AddToTeamAsync(Guid staffId, Guid teamId, bool supervises = false)
    {
        var response = await Administrator.Http.PutAsJsonAsync($"/api/v1/teams/{teamId}/members", new { staffId, isSupervisor = supervises }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Makes <paramref name="manager"/> a program manager of the world's program: reads its cases, works none.</summary>
    public async Task ManageProgramAsync(StaffMember manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var response = await Administrator.Http.PutAsJsonAsync($"/api/v1/programs/{ProgramId}/managers", new { staffId = manager.Id }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Registers a new client, as <paramref name="by"/>; answers their id and full name.</summary>
    public async Task<(Guid Id, string Name)> RegisterClientAsync(StaffMember by, string? lastName = null)
    {
        ArgumentNullException.ThrowIfNull(by);
        var last = lastName ?? $"Client{tag}{Interlocked.Increment(ref people)}";
        var created = await CreatedAsync(await by.Http.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new { legalName = new { first = "Robin", last }, veteranStatus = "Unknown" },
            confirmedNewPerson = true,
        }, Cancellation));
        return (created.GetProperty("id").GetGuid(), $"Robin {last}");
    }

    /// <summary>The body of a request to open a case for the client in the world's program (its team's queue unless another team is named).</summary>
    public object Referral(Guid clientId, CasePriority priority = CasePriority.Medium, Guid? caseTypeId = null, Guid? teamId = null,
        string reason = "Needs help with housing") => new
        {
            clientId,
            programId = ProgramId,
            teamId,
            caseTypeId = caseTypeId ?? SeededCaseTypes.General,
            priority = priority.ToString(),
            referralSource = "Self",
            referralReason = reason,
        };

    /// <summary>Registers a client and opens a case for them in the team's queue, unassigned, as <paramref name="by"/> (the supervisor by default).</summary>
    public async Task<OpenedTestCase> OpenCaseAsync(CasePriority priority = CasePriority.Medium, Guid? caseTypeId = null, Guid? teamId = null,
        string? lastName = null, StaffMember? by = null)
    {
        var opener = by ?? Supervisor;
        var client = await RegisterClientAsync(opener, lastName);
        var opened = await CreatedAsync(await opener.Http.PostAsJsonAsync("/api/v1/cases", Referral(client.Id, priority, caseTypeId, teamId ?? TeamId), Cancellation));
        return new OpenedTestCase(opened.GetProperty("caseId").GetGuid(), opened.GetProperty("caseNumber").GetString()!, teamId ?? TeamId, client.Id, client.Name);
    }

    /// <summary>A case assigned to <paramref name="worker"/> as primary worker; referred, or <paramref name="opened"/> by the worker.</summary>
    public async Task<OpenedTestCase> CaseOfAsync(StaffMember worker, CasePriority priority = CasePriority.Medium, Guid? caseTypeId = null,
        string? lastName = null, bool opened = false)
    {
        ArgumentNullException.ThrowIfNull(worker);
        var @case = await OpenCaseAsync(priority, caseTypeId, lastName: lastName);
        await AssignAsync(@case.Id, worker.Id);
        if (opened) await Succeeds(await CaseHttp.TransitionAsync(worker.Http, @case.Id, new { transition = "Open" }));
        return @case;
    }

    /// <summary>A new worker of the team and a case assigned to them and opened by them: where most tests of a case's work start.</summary>
    public async Task<(StaffMember Worker, OpenedTestCase Case)> AddWorkerWithOpenCaseAsync(Guid? caseTypeId = null)
    {
        var worker = await AddWorkerAsync();
        return (worker, await CaseOfAsync(worker, caseTypeId: caseTypeId, opened: true));
    }

    /// <summary>Assigns the case, as <paramref name="by"/> (the supervisor by default), and checks that it took.</summary>
    public async Task AssignAsync(Guid caseId, Guid workerId, AssignmentRole role = AssignmentRole.Primary, string? reason = null, StaffMember? by = null) =>
        await Succeeds(await CaseHttp.AssignAsync((by ?? Supervisor).Http, caseId, workerId, role.ToString(), reason));

    /// <summary>Moves the case through its lifecycle, as the supervisor, and checks that it took.</summary>
    public async Task TransitionAsync(Guid caseId, string transition, string? reason = null, string? outcome = null) =>
        await Succeeds(await CaseHttp.TransitionAsync(Supervisor.Http, caseId, new { transition, reason, outcome }));

    public async Task CloseAsync(Guid caseId)
    {
        await TransitionAsync(caseId, "Open");
        await TransitionAsync(caseId, "Close", "Goals met", "GoalsMet");
    }

    /// <summary>
    /// A task <paramref name="worker"/> adds for themself, due <paramref name="dueInDays"/> days from the agency's today. No
    /// request may set a past due date, so an overdue one (negative days) is added for today and then moved back in the database.
    /// </summary>
    public async Task<Guid> AddTaskDueInAsync(Guid caseId, StaffMember worker, int dueInDays)
    {
        var today = await Database.TodayAsync();
        ArgumentNullException.ThrowIfNull(worker);
        var taskId = await CaseHttp.AddTaskAsync(worker.Http, caseId, "Call the landlord", today.AddDays(Math.Max(dueInDays, 0)));
        if (dueInDays < 0) await Database.SetTaskDueOnAsync(taskId, today.AddDays(dueInDays));
        return taskId;
    }

    public void Dispose()
    {
        foreach (var member in staff) member.Http.Dispose();
    }

    private async Task<StaffMember> SignInAsync(StaffRole role, string name)
    {
        var member = await StaffMember.SignInAsync(app, role, $"{name} {tag}{Interlocked.Increment(ref people)}");
        staff.Add(member);
        return member;
    }
}
