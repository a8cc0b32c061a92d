using System.Net;
using System.Net.Http.Json;
using System.Text;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Cases;

public abstract class CasesApiTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_opened_case_gets_a_case_number_and_waits_unassigned_in_its_teams_queue()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var client = await world.RegisterClientAsync(intake);

        var response = await intake.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(client.Id, CasePriority.High, SeededCaseTypes.ChildProtectiveServices), Cancellation);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var opened = await response.Content.ReadFromJsonAsync<OpenedCase>(Cancellation);
        Assert.Matches(@"^\d{4}-\d{6}$", opened!.CaseNumber);
        var (body, _) = await GetAsync(world.Supervisor.Http, opened.CaseId);
        Assert.Equal("Referred", body.GetProperty("status").GetString());
        Assert.Equal(world.TeamId, body.GetProperty("teamId").GetGuid());
        Assert.Equal(30, body.GetProperty("contactFrequencyDays").GetInt32());
        Assert.False(body.TryGetProperty("primaryWorker", out var worker) && worker.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Case_numbers_are_unique_and_follow_on_when_cases_are_opened_at_the_same_time()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var client = await world.RegisterClientAsync(intake);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => intake.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(client.Id, CasePriority.High, SeededCaseTypes.ChildProtectiveServices), Cancellation)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<OpenedCase>(Cancellation))!.CaseNumber));
        Assert.Equal(numbers.Length, numbers.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_supervisor_assigns_the_case_and_only_then_the_worker_sees_it_and_can_open_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var worker = await world.AddWorkerAsync();
        var otherWorker = await world.AddWorkerAsync("Otto Other");
        var caseId = (await world.OpenCaseAsync(by: intake)).Id;
        Assert.Equal(HttpStatusCode.NotFound, (await worker.Http.GetAsync($"/api/v1/cases/{caseId}", Cancellation)).StatusCode);

        await Succeeds(await AssignAsync(world.Supervisor.Http, caseId, worker.Id, "Primary"));
        await Succeeds(await TransitionAsync(worker.Http, caseId, new { transition = "Open" }));

        var (body, _) = await GetAsync(worker.Http, caseId);
        Assert.Equal("Open", body.GetProperty("status").GetString());
        Assert.Equal(worker.Id, body.GetProperty("primaryWorker").GetProperty("staffId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await otherWorker.Http.GetAsync($"/api/v1/cases/{caseId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await intake.Http.GetAsync($"/api/v1/cases/{caseId}", Cancellation)).StatusCode);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.ProgramManager)]
    [InlineData(StaffRole.Supervisor)]
    public async Task Staff_with_no_tie_to_the_case_cannot_read_it(StaffRole role)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        using var outsider = await App.SignedInAsync(role);

        var response = await outsider.GetAsync($"/api/v1/cases/{caseId}", Cancellation);

        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_program_manager_reads_their_programs_cases_but_cannot_change_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        var (manager, managerId) = await App.SignedInWithIdAsync(StaffRole.ProgramManager);
        await Succeeds(await world.Administrator.Http.PutAsJsonAsync($"/api/v1/programs/{world.ProgramId}/managers", new { staffId = managerId }, Cancellation));

        var (body, etag) = await GetAsync(manager, caseId);
        var hold = await TransitionAsync(manager, caseId, new { transition = "PutOnHold", reason = "x" }, etag);

        Assert.False(body.GetProperty("mayChange").GetBoolean());
        await ProblemAsync(hold, HttpStatusCode.Forbidden);
        manager.Dispose();
    }

    [Fact]
    public async Task Where_the_program_allows_it_a_case_worker_reads_the_teams_cases_without_being_able_to_change_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var worker = await world.AddWorkerAsync();
        var otherWorker = await world.AddWorkerAsync("Otto Other");
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;

        var (body, etag) = await GetAsync(otherWorker.Http, caseId);
        var close = await TransitionAsync(otherWorker.Http, caseId, new { transition = "Close", reason = "x", outcome = "GoalsMet" }, etag);

        Assert.Equal(caseId, body.GetProperty("id").GetGuid());
        await ProblemAsync(close, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_workers_closure_waits_for_the_supervisor_and_the_timeline_and_audit_record_every_step()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;

        await Succeeds(await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Family stable for 90 days", outcome = "GoalsMet" }));
        var (pending, _) = await GetAsync(worker.Http, caseId);
        Assert.Equal("Open", pending.GetProperty("status").GetString());
        Assert.Equal("GoalsMet", pending.GetProperty("pendingClosure").GetProperty("outcome").GetString());
        await ProblemAsync(await TransitionAsync(worker.Http, caseId, new { transition = "ApproveClosure" }), HttpStatusCode.Forbidden);

        await Succeeds(await TransitionAsync(world.Supervisor.Http, caseId, new { transition = "ApproveClosure" }));

        var (closed, _) = await GetAsync(worker.Http, caseId);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Family stable for 90 days", closed.GetProperty("closureReason").GetString());
        var kinds = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().CaseEvents
            .Where(e => e.CaseId == caseId).OrderBy(e => e.OccurredAt).Select(e => e.Kind).ToListAsync(Cancellation));
        Assert.Equal([CaseEventKind.Opened, CaseEventKind.Assigned, CaseEventKind.StatusChanged, CaseEventKind.ClosureRequested, CaseEventKind.ClosureApproved], kinds);
        var audited = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries
            .CountAsync(a => a.EntityId == caseId.ToString() && a.Action == "Case.Updated", Cancellation));
        Assert.True(audited >= 4, $"only {audited} audit entries for the case's changes");
    }

    [Fact]
    public async Task A_supervisor_closes_directly_and_a_program_without_approval_lets_the_worker_close()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var worker = await world.AddWorkerAsync();
        var first = (await world.CaseOfAsync(worker, opened: true)).Id;
        var second = (await world.CaseOfAsync(worker, opened: true)).Id;

        await Succeeds(await TransitionAsync(worker.Http, first, new { transition = "Close", reason = "Moved out of county", outcome = "ClientMoved" }));
        await Succeeds(await TransitionAsync(world.Supervisor.Http, second, new { transition = "Close", reason = "Declined services", outcome = "ClientDeclined" }));

        Assert.Equal("Closed", (await GetAsync(worker.Http, first)).Case.GetProperty("status").GetString());
        Assert.Equal("Closed", (await GetAsync(worker.Http, second)).Case.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Closing_is_refused_while_tasks_are_open_unless_the_worker_cancels_them_in_the_same_step()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        await AddTaskAsync(worker.Http, caseId, "Call the school", (await world.Database.TodayAsync()).AddDays(30));

        var refused = await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet" });
        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("open task", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await Succeeds(await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet", cancelOpenTasks = true }));
        var open = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Tasks.CountAsync(t => t.CaseId == caseId && t.Status == CaseTaskStatus.Open, Cancellation));
        Assert.Equal(0, open);
    }

    [Fact]
    public async Task Two_supervisors_assigning_at_once_the_second_is_told_who_was_assigned_and_nothing_is_overwritten()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var otherWorker = await world.AddWorkerAsync("Otto Other");
        var secondSupervisor = await world.AddStaffAsync(StaffRole.Supervisor, "Sue Second", supervises: true);
        var caseId = (await world.OpenCaseAsync()).Id;
        var (_, seenByBoth) = await GetAsync(world.Supervisor.Http, caseId);

        await Succeeds(await AssignAsync(world.Supervisor.Http, caseId, worker.Id, "Primary", etag: seenByBoth));
        var second = await AssignAsync(secondSupervisor.Http, caseId, otherWorker.Id, "Primary", etag: seenByBoth);

        var problem = await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Contains("Assigned", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var (body, _) = await GetAsync(world.Supervisor.Http, caseId);
        Assert.Equal(worker.Id, body.GetProperty("primaryWorker").GetProperty("staffId").GetGuid());
    }

    [Fact]
    public async Task A_worker_closing_while_the_supervisor_transfers_the_case_is_told_of_the_transfer()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var worker = await world.AddWorkerAsync();
        var otherWorker = await world.AddWorkerAsync("Otto Other");
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        var (_, workersView) = await GetAsync(worker.Http, caseId);

        await Succeeds(await AssignAsync(world.Supervisor.Http, caseId, otherWorker.Id, "Primary", reason: "Worker on leave"));
        var close = await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Done", outcome = "GoalsMet" }, workersView);

        // The worker no longer holds the case, so the answer is that they may not change it; it stays open either way.
        Assert.True(close.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.NotFound, $"got {(int)close.StatusCode}");
        Assert.Equal("Open", (await GetAsync(otherWorker.Http, caseId)).Case.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_stale_version_from_a_holder_of_the_case_is_refused_with_what_changed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        var (_, stale) = await GetAsync(worker.Http, caseId);
        await Succeeds(await TransitionAsync(world.Supervisor.Http, caseId, new { transition = "PutOnHold", reason = "Client in hospital" }));

        var resume = await TransitionAsync(worker.Http, caseId, new { transition = "PutOnHold", reason = "Also" }, stale);

        var problem = await ProblemAsync(resume, HttpStatusCode.Conflict);
        Assert.Contains("OnHold", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reopened_case_keeps_its_number_its_worker_and_its_history()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;
        var number = (await GetAsync(worker.Http, caseId)).Case.GetProperty("caseNumber").GetString();
        await Succeeds(await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "Moved", outcome = "ClientMoved" }));

        await Succeeds(await TransitionAsync(worker.Http, caseId, new { transition = "Reopen", reason = "Family moved back" }));

        var (body, _) = await GetAsync(worker.Http, caseId);
        Assert.Equal("Open", body.GetProperty("status").GetString());
        Assert.Equal(number, body.GetProperty("caseNumber").GetString());
        var events = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().CaseEvents.CountAsync(e => e.CaseId == caseId, Cancellation));
        Assert.Equal(5, events);
    }

    [Fact]
    public async Task A_supervisor_cannot_assign_a_worker_from_outside_their_teams_and_a_worker_cannot_assign_at_all()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.OpenCaseAsync()).Id;
        var (stranger, strangerId) = await App.SignedInWithIdAsync(StaffRole.CaseWorker);

        var outsider = await AssignAsync(world.Supervisor.Http, caseId, strangerId, "Primary");
        var byWorker = await SendAsync(worker.Http, $"/api/v1/cases/{caseId}/assignments",
            new { workerId = worker.Id, role = "Primary" }, "\"0\"");

        var problem = await ProblemAsync(outsider, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("WorkerId", out _));
        await ProblemAsync(byWorker, HttpStatusCode.Forbidden);
        stranger.Dispose();
    }

    [Fact]
    public async Task Bad_input_is_answered_with_problems_at_the_fields_never_a_server_error()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var intake = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ida Intake", Guid.Empty);
        var client = await world.RegisterClientAsync(intake);
        var worker = await world.AddWorkerAsync();
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;

        var noReason = await intake.Http.PostAsJsonAsync("/api/v1/cases", new { clientId = client.Id, programId = world.ProgramId, caseTypeId = SeededCaseTypes.General, priority = "Low", referralSource = "Self", referralReason = " " }, Cancellation);
        var tooLong = await intake.Http.PostAsJsonAsync("/api/v1/cases", new { clientId = client.Id, programId = world.ProgramId, caseTypeId = SeededCaseTypes.General, priority = "Low", referralSource = "Self", referralReason = new string('x', Case.MaxReferralReasonLength + 1) }, Cancellation);
        var unknownType = await intake.Http.PostAsJsonAsync("/api/v1/cases", new { clientId = client.Id, programId = world.ProgramId, caseTypeId = Guid.CreateVersion7(), priority = "Low", referralSource = "Self", referralReason = "x" }, Cancellation);
        var unknownClient = await intake.Http.PostAsJsonAsync("/api/v1/cases", new { clientId = Guid.CreateVersion7(), programId = world.ProgramId, caseTypeId = SeededCaseTypes.General, priority = "Low", referralSource = "Self", referralReason = "x" }, Cancellation);
        using var malformed = new StringContent("{\"clientId\": ", Encoding.UTF8, "application/json");
        var broken = await intake.Http.PostAsync("/api/v1/cases", malformed, Cancellation);
        var badTransition = await TransitionAsync(worker.Http, caseId, new { transition = "Explode" });
        var noIfMatch = await SendAsync(worker.Http, $"/api/v1/cases/{caseId}/transitions", new { transition = "Open" }, null);
        var unknownCase = await TransitionAsync(worker.Http, Guid.CreateVersion7(), new { transition = "Open" }, "\"0\"");
        var holdWithoutReason = await TransitionAsync(worker.Http, caseId, new { transition = "PutOnHold" });
        var closeWithoutOutcome = await TransitionAsync(worker.Http, caseId, new { transition = "Close", reason = "done" });

        Assert.True((await ProblemAsync(noReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("ReferralReason", out _));
        Assert.True((await ProblemAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("ReferralReason", out _));
        Assert.True((await ProblemAsync(unknownType, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("CaseTypeId", out _));
        await ProblemAsync(unknownClient, HttpStatusCode.NotFound);
        await ProblemAsync(broken, HttpStatusCode.BadRequest);
        await ProblemAsync(badTransition, HttpStatusCode.BadRequest);
        await ProblemAsync(noIfMatch, HttpStatusCode.PreconditionRequired);
        await ProblemAsync(unknownCase, HttpStatusCode.NotFound);
        Assert.True((await ProblemAsync(holdWithoutReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Reason", out _));
        Assert.True((await ProblemAsync(closeWithoutOutcome, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("Outcome", out _));
        Assert.Equal("Open", (await GetAsync(worker.Http, caseId)).Case.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_page_of_a_case_the_reader_may_not_see_answers_404_with_the_not_found_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();
        var otherWorker = await world.AddWorkerAsync("Otto Other");
        var caseId = (await world.CaseOfAsync(worker, opened: true)).Id;

        var hidden = await otherWorker.Http.GetAsync($"/cases/{caseId}", Cancellation);
        var unknown = await worker.Http.GetAsync($"/cases/{Guid.CreateVersion7()}", Cancellation);

        foreach (var response in new[] { hidden, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        }
        Assert.Contains("data-testid=\"case-number\"", await worker.Http.GetStringAsync($"/cases/{caseId}", Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_detail_lists_the_steps_the_reader_may_take_and_whether_a_closure_needs_approval()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var manager = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await world.ManageProgramAsync(manager);

        static (string Steps, bool NeedsApproval) StepsOf(System.Text.Json.JsonElement body) =>
            (string.Join(" ", body.GetProperty("allowedTransitions").EnumerateArray().Select(t => t.GetString())), body.GetProperty("closureNeedsApproval").GetBoolean());

        Assert.Equal(("PutOnHold Close", true), StepsOf((await GetAsync(worker.Http, @case.Id)).Case));
        Assert.Equal(("PutOnHold Close", false), StepsOf((await GetAsync(world.Supervisor.Http, @case.Id)).Case));
        Assert.Equal(("", true), StepsOf((await GetAsync(manager.Http, @case.Id)).Case));

        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        Assert.False(StepsOf((await GetAsync(worker.Http, @case.Id)).Case).NeedsApproval);
    }

    [Fact]
    public async Task A_closure_and_the_tasks_it_cancels_take_place_at_one_instant()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var taskId = await AddTaskAsync(worker.Http, @case.Id, "Call the school", (await world.Database.TodayAsync()).AddDays(3));
        // A clock that moves on at every reading: two readings in one step would give two instants.
        await using var host = Identity.SignInHost.Start(App, new TickingClock(TimeProvider.System.GetUtcNow()));
        using var http = Identity.SignInHost.Client(host);
        await Succeeds(await http.PostAsJsonAsync("/api/v1/session", new { email = worker.Email, password = CasewellApp.Password }, Cancellation));

        await Succeeds(await TransitionAsync(http, @case.Id, new { transition = "Close", reason = "Goals met", outcome = "GoalsMet", cancelOpenTasks = true }));

        var closed = await world.Database.CaseAsync(@case.Id);
        var task = await world.Database.TaskAsync(taskId);
        Assert.Equal((CaseTaskStatus.Cancelled, 0), (task.Status, closed.OpenTaskCount));
        Assert.Equal(closed.ClosedAt, task.ResolvedAt);
        var entries = (await world.Database.TimelineAsync(@case.Id)).Where(e => e.Kind is CaseEventKind.Closed or CaseEventKind.TaskCancelled).ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(closed.ClosedAt, e.OccurredAt));
    }

    [Fact]
    public async Task A_case_given_to_a_worker_of_another_team_moves_to_that_team_and_its_timeline_says_so()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var otherTeam = await world.AddTeamAsync("Night team");
        await world.AddToTeamAsync(world.Supervisor.Id, otherTeam, supervises: true);
        var nightWorker = await world.AddWorkerAsync("Nia Night", otherTeam);
        var caseId = (await world.OpenCaseAsync()).Id;

        await world.AssignAsync(caseId, nightWorker.Id);

        Assert.Equal(otherTeam, (await world.Database.CaseAsync(caseId)).TeamId);
        var moved = Assert.Single(await world.Database.TimelineAsync(caseId), e => e.Kind == CaseEventKind.MovedToTeam);
        Assert.Equal((otherTeam, world.Supervisor.Id), (moved.RelatedId, moved.ActorId));
        Assert.StartsWith("Night team", moved.Subject, StringComparison.Ordinal);
    }

    private sealed class TickingClock(DateTimeOffset start) : TimeProvider
    {
        private long ticks;

        public override DateTimeOffset GetUtcNow() => start.AddMilliseconds(Interlocked.Increment(ref ticks));
    }

    [Fact]
    public async Task Roles_that_may_not_open_cases_are_refused()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var client = await world.RegisterClientAsync(world.Supervisor);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        var response = await auditor.PostAsJsonAsync("/api/v1/cases", world.Referral(client.Id, CasePriority.High, SeededCaseTypes.ChildProtectiveServices), Cancellation);

        await ProblemAsync(response, HttpStatusCode.Forbidden);
    }

}

public sealed class CasesApiTests_on_Sqlite(SqliteApp app) : CasesApiTests(app), IClassFixture<SqliteApp>;

public sealed class CasesApiTests_on_Postgres(PostgresApp app) : CasesApiTests(app), IClassFixture<PostgresApp>;
