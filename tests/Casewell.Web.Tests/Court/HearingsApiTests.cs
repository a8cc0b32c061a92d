using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Court;
using Casewell.Data;
using Casewell.Tasks;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Court;

public abstract class HearingsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly object[] TwoParties = [new { name = "Ana Ruiz", role = "Attorney for the mother" }, new { name = "Lee Park", role = "Guardian ad litem" }];

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;

    private static object Hearing(DateTimeOffset startsAt, string type = "Adjudication", string court = "Franklin County Juvenile Court", object[]? parties = null) =>
        new { startsAt, type, court, judge = "Hon. Rosa Ortiz", parties = parties ?? TwoParties };

    /// <summary>Now, to the second: PostgreSQL keeps instants to the microsecond, so a test compares what both keep alike.</summary>
    private Task<DateTimeOffset> NowAsync() => App.WithServicesAsync(s =>
    {
        var now = s.GetRequiredService<TimeProvider>().GetUtcNow();
        return Task.FromResult(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero));
    });

    private Task<DateOnly> AgencyDayAsync(DateTimeOffset instant) => App.WithServicesAsync(s => Task.FromResult(s.GetRequiredService<AgencyCalendar>().DateOf(instant)));

    private static async Task<Guid> ScheduleAsync(HttpClient http, Guid caseId, DateTimeOffset startsAt) =>
        (await CreatedAsync(await http.PostAsJsonAsync($"/api/v1/cases/{caseId}/hearings", Hearing(startsAt), Cancellation))).GetProperty("hearingId").GetGuid();

    private static async Task<(JsonElement Detail, string ETag)> GetHearingAsync(HttpClient http, Guid hearingId)
    {
        var response = await http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonAsync(response), response.Headers.ETag!.Tag);
    }

    private static async Task<HttpResponseMessage> ChangeAsync(HttpClient http, Guid hearingId, string step, object body, string? etag = null) =>
        await SendAsync(http, $"/api/v1/hearings/{hearingId}/{step}", body, etag ?? (await GetHearingAsync(http, hearingId)).ETag);

    private Task<CourtHearing> StoredAsync(Guid hearingId) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().CourtHearings.AsNoTracking().Include(h => h.Parties).SingleAsync(h => h.Id == hearingId, Cancellation));

    /// <summary>Moves a hearing's time into the past, as the days passing would: no request schedules one there.</summary>
    private Task HeldAgoAsync(Guid hearingId, TimeSpan ago) => App.WithServicesAsync(async s =>
    {
        var now = s.GetRequiredService<TimeProvider>().GetUtcNow();
        await s.GetRequiredService<CasewellDbContext>().CourtHearings.Where(h => h.Id == hearingId)
            .ExecuteUpdateAsync(u => u.SetProperty(h => h.StartsAt, now - ago), Cancellation);
    });

    [Fact]
    public async Task A_worker_schedules_a_hearing_which_adds_its_preparation_task_a_timeline_entry_and_a_line_on_my_work()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var startsAt = (await NowAsync()).AddDays(10);

        var response = await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", Hearing(startsAt), Cancellation);

        var created = await CreatedAsync(response);
        var hearingId = created.GetProperty("hearingId").GetGuid();
        Assert.EndsWith($"/api/v1/hearings/{hearingId}", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        var (detail, _) = await GetHearingAsync(worker.Http, hearingId);
        var hearing = detail.GetProperty("hearing");
        Assert.Equal(("Scheduled", "Adjudication", "Franklin County Juvenile Court"), (hearing.GetProperty("status").GetString(), hearing.GetProperty("type").GetString(), hearing.GetProperty("court").GetString()));
        Assert.Equal(startsAt.ToUniversalTime(), hearing.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(["Ana Ruiz", "Lee Park"], hearing.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.True(detail.GetProperty("mayChange").GetBoolean());
        Assert.False(detail.GetProperty("mayRecordOutcome").GetBoolean());

        // The preparation task: the case's primary worker's, a week before the hearing's day at the agency.
        var task = await world.Database.TaskAsync(created.GetProperty("preparationTaskId").GetGuid());
        Assert.Equal((CaseTaskKind.CourtPreparation, worker.Id, CaseTaskStatus.Open), (task.Kind, task.AssignedToId, task.Status));
        Assert.Equal((await AgencyDayAsync(startsAt)).AddDays(-7), task.DueOn);
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.HearingScheduled);
        Assert.Equal(("Franklin County Juvenile Court", (Guid?)hearingId, CaseEvent.DateValue(await AgencyDayAsync(startsAt))), (entry.Subject, entry.RelatedId, entry.To));

        var upcoming = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/hearings", Cancellation);
        Assert.Equal(hearingId, Assert.Single(upcoming.GetProperty("hearings").GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var work = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/my-work", Cancellation);
        var mine = Assert.Single(work.GetProperty("hearings").GetProperty("items").EnumerateArray());
        Assert.Equal((hearingId, @case.Number), (mine.GetProperty("id").GetGuid(), mine.GetProperty("caseNumber").GetString()));
    }

    [Fact]
    public async Task A_hearing_sooner_than_the_preparation_days_gets_its_task_due_today_and_one_past_14_days_stays_off_my_work()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var now = await NowAsync();

        var soon = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", Hearing(now.AddDays(2)), Cancellation));
        var later = await ScheduleAsync(worker.Http, @case.Id, now.AddDays(40));

        Assert.Equal(await world.Database.TodayAsync(), (await world.Database.TaskAsync(soon.GetProperty("preparationTaskId").GetGuid())).DueOn);
        var mine = await worker.Http.GetFromJsonAsync<JsonElement>("/api/v1/hearings/mine", Cancellation);
        var ids = mine.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(soon.GetProperty("hearingId").GetGuid(), ids);
        Assert.DoesNotContain(later, ids);
    }

    [Fact]
    public async Task A_continuance_moves_the_hearing_and_its_preparation_task_and_a_cancellation_cancels_both()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var now = await NowAsync();
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, now.AddDays(20));
        var newDate = now.AddDays(45);

        await Succeeds(await ChangeAsync(worker.Http, hearingId, "continuance", new { startsAt = newDate, reason = "The mother's attorney is in trial." }));

        var continued = await StoredAsync(hearingId);
        Assert.Equal((CourtHearingStatus.Continued, newDate.ToUniversalTime(), 1), (continued.Status, continued.StartsAt, continued.ContinuanceCount));
        Assert.Equal((await AgencyDayAsync(newDate)).AddDays(-7), (await world.Database.TaskAsync(continued.PreparationTaskId!.Value)).DueOn);
        var entry = Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.HearingContinued);
        Assert.Equal((CaseEvent.DateValue(await AgencyDayAsync(now.AddDays(20))), CaseEvent.DateValue(await AgencyDayAsync(newDate))), (entry.From, entry.To));

        await Succeeds(await ChangeAsync(worker.Http, hearingId, "cancellation", new { reason = "The petition was dismissed." }));

        Assert.Equal(CourtHearingStatus.Cancelled, (await StoredAsync(hearingId)).Status);
        var task = await world.Database.TaskAsync(continued.PreparationTaskId!.Value);
        Assert.Equal((CaseTaskStatus.Cancelled, "The petition was dismissed."), (task.Status, task.ResolutionNote));
        Assert.Equal(0, (await world.Database.CaseAsync(@case.Id)).OpenTaskCount);
        var past = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/hearings?status=past", Cancellation);
        Assert.Equal(hearingId, Assert.Single(past.GetProperty("hearings").GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        await ProblemAsync(await ChangeAsync(worker.Http, hearingId, "continuance", new { startsAt = newDate.AddDays(1), reason = "Again" }), HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_outcome_before_the_hearing_is_refused_and_once_held_it_completes_the_preparation_and_schedules_the_next_date()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var now = await NowAsync();
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, now.AddDays(3));

        var early = await ChangeAsync(worker.Http, hearingId, "outcome", new { outcome = "Adjudicated dependent." });
        await ProblemAsync(early, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(CourtHearingStatus.Scheduled, (await StoredAsync(hearingId)).Status);

        await HeldAgoAsync(hearingId, TimeSpan.FromHours(2));
        var next = now.AddDays(30);
        var response = await ChangeAsync(worker.Http, hearingId, "outcome", new { outcome = "Adjudicated dependent; disposition set.", nextStartsAt = next, nextType = "Disposition" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nextId = (await JsonAsync(response)).GetProperty("nextHearingId").GetGuid();
        var held = await StoredAsync(hearingId);
        Assert.Equal((CourtHearingStatus.Held, "Adjudicated dependent; disposition set.", (Guid?)nextId), (held.Status, held.Outcome, held.NextHearingId));
        Assert.Equal(CaseTaskStatus.Completed, (await world.Database.TaskAsync(held.PreparationTaskId!.Value)).Status);
        var following = await StoredAsync(nextId);
        Assert.Equal((CourtHearingType.Disposition, held.Court, (Guid?)hearingId, 2), (following.Type, following.Court, following.PreviousHearingId, following.Parties.Count));
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(following.PreparationTaskId!.Value)).Status);
        var timeline = await world.Database.TimelineAsync(@case.Id);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.HearingHeld && e.RelatedId == hearingId);
        Assert.Single(timeline, e => e.Kind == CaseEventKind.HearingScheduled && e.RelatedId == nextId);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_problem_document_and_saves_nothing()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var now = await NowAsync();
        var path = $"/api/v1/cases/{@case.Id}/hearings";

        var past = await ProblemAsync(await worker.Http.PostAsJsonAsync(path, Hearing(now.AddDays(-1)), Cancellation), HttpStatusCode.BadRequest);
        Assert.Equal(["StartsAt"], past.GetProperty("errors").EnumerateObject().Select(p => p.Name));

        var tooLong = await ProblemAsync(await worker.Http.PostAsJsonAsync(path, new
        {
            startsAt = now.AddDays(5),
            type = "Review",
            court = new string('c', CourtHearing.MaxCourtLength + 1),
            judge = "Hon.\u0000Ortiz",
            parties = new object[] { new { name = new string('n', CourtHearingParty.MaxNameLength + 1), role = "GAL" }, new { name = "Ana", role = "" } },
        }, Cancellation), HttpStatusCode.BadRequest);
        Assert.Equal(["Court", "Judge", "Parties[0].Name", "Parties[1].Role"], tooLong.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        foreach (var wrong in new[]
        {
            """{"startsAt":"next Tuesday","type":"Review","court":"Family Court"}""",
            """{"startsAt":"2030-01-01T09:00:00Z","type":"Hanging","court":"Family Court"}""",
            """{"startsAt":"2030-01-01T09:00:00Z","type":"Review","court":"Family Court","parties":"Ana Ruiz"}""",
            """{"startsAt":"2030-01-01T09:00:00Z","type":3,"court":"Family Court"}""",
        })
        {
            using var body = new StringContent(wrong, Encoding.UTF8, "application/json");
            await ProblemAsync(await worker.Http.PostAsync(path, body, Cancellation), HttpStatusCode.BadRequest);
        }
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.HearingScheduled);

        var hearingId = await ScheduleAsync(worker.Http, @case.Id, now.AddDays(9));
        var (_, etag) = await GetHearingAsync(worker.Http, hearingId);
        await ProblemAsync(await SendAsync(worker.Http, $"/api/v1/hearings/{hearingId}/cancellation", new { reason = "Dismissed" }, null), HttpStatusCode.PreconditionRequired);
        await ProblemAsync(await ChangeAsync(worker.Http, hearingId, "continuance", new { startsAt = now.AddDays(-2), reason = "Judge ill" }, etag), HttpStatusCode.BadRequest);
        await ProblemAsync(await ChangeAsync(worker.Http, hearingId, "outcome", new { outcome = new string('o', CourtHearing.MaxOutcomeLength + 1) }, etag), HttpStatusCode.BadRequest);
        await ProblemAsync(await ChangeAsync(worker.Http, hearingId, "cancellation", new { reason = " " }, etag), HttpStatusCode.BadRequest);
        Assert.Equal((CourtHearingStatus.Scheduled, 0), ((await StoredAsync(hearingId)).Status, (await StoredAsync(hearingId)).Version));
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_reported_409_not_overwritten()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var now = await NowAsync();
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, now.AddDays(9));
        var (_, seen) = await GetHearingAsync(worker.Http, hearingId);
        await Succeeds(await ChangeAsync(world.Supervisor.Http, hearingId, "continuance", new { startsAt = now.AddDays(30), reason = "Court closed for weather." }));

        var stale = await ChangeAsync(worker.Http, hearingId, "cancellation", new { reason = "Dismissed" }, seen);

        var problem = await ProblemAsync(stale, HttpStatusCode.Conflict);
        Assert.Contains("continued", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(CourtHearingStatus.Continued, (await StoredAsync(hearingId)).Status);
    }

    [Fact]
    public async Task A_closed_case_takes_no_new_hearing()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var @case = await world.CaseOfAsync(await world.AddWorkerAsync());
        await world.CloseAsync(@case.Id);

        var response = await world.Supervisor.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", Hearing((await NowAsync()).AddDays(5)), Cancellation);

        await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Another_team_s_worker_finds_no_hearing_a_reader_of_the_case_may_not_change_it()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var teammate = await world.AddWorkerAsync("Tate Teammate");
        var outsider = await world.AddWorkerAsync("Olive Outsider", await world.AddTeamAsync("Other team"));
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, (await NowAsync()).AddDays(9));

        foreach (var path in new[] { $"/api/v1/hearings/{hearingId}", $"/api/v1/cases/{@case.Id}/hearings", $"/hearings/{hearingId}", $"/cases/{@case.Id}/hearings" })
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(path, Cancellation)).StatusCode);
        await ProblemAsync(await SendAsync(outsider.Http, $"/api/v1/hearings/{hearingId}/cancellation", new { reason = "Dismissed" }, "\"0\""), HttpStatusCode.NotFound);
        await ProblemAsync(await outsider.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", Hearing((await NowAsync()).AddDays(9)), Cancellation), HttpStatusCode.NotFound);
        Assert.Empty((await outsider.Http.GetFromJsonAsync<JsonElement>("/api/v1/hearings/mine", Cancellation)).GetProperty("items").EnumerateArray());

        var (read, etag) = await GetHearingAsync(teammate.Http, hearingId);
        Assert.False(read.GetProperty("mayChange").GetBoolean());
        await ProblemAsync(await ChangeAsync(teammate.Http, hearingId, "cancellation", new { reason = "Dismissed" }, etag), HttpStatusCode.Forbidden);
        Assert.Equal(CourtHearingStatus.Scheduled, (await StoredAsync(hearingId)).Status);
    }

    [Fact]
    public async Task Each_read_of_a_hearing_is_audited_naming_the_client_and_a_refused_one_as_a_refusal_without_a_view()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var outsider = await world.AddWorkerAsync("Olive Outsider", await world.AddTeamAsync("Other team"));
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, (await NowAsync()).AddDays(9));

        await GetHearingAsync(worker.Http, hearingId);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/cases/{@case.Id}/hearings", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation)).StatusCode);

        var entries = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.ActorId == worker.Id || a.ActorId == outsider.Id).ToListAsync(Cancellation));
        var view = Assert.Single(entries, e => e.Action == AuditAction.HearingViewed.Name);
        Assert.Equal((hearingId.ToString(), (Guid?)@case.ClientId), (view.EntityId, view.ClientId));
        Assert.Single(entries, e => e.Action == AuditAction.CaseHearingsViewed.Name && e.ActorId == worker.Id && e.ClientId == @case.ClientId);
        var refusal = Assert.Single(entries, e => e.ActorId == outsider.Id && e.Action == AuditAction.HearingAccessRefused.Name);
        Assert.Equal((Guid?)@case.ClientId, refusal.ClientId);
        Assert.DoesNotContain(entries, e => e.ActorId == outsider.Id && e.Action == AuditAction.HearingViewed.Name);
    }

    [Fact]
    public async Task A_restricted_case_s_hearings_vanish_for_those_not_on_its_access_list()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var teammate = await world.AddWorkerAsync("Tate Teammate");
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, (await NowAsync()).AddDays(9));
        Assert.Equal(HttpStatusCode.OK, (await teammate.Http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation)).StatusCode);

        await Succeeds(await world.Supervisor.Http.PutAsJsonAsync($"/api/v1/cases/{@case.Id}/restriction",
            new { reason = "StaffMemberAsClient", accessList = new[] { worker.Id } }, Cancellation));

        Assert.Equal(HttpStatusCode.NotFound, (await teammate.Http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teammate.Http.GetAsync($"/api/v1/cases/{@case.Id}/hearings", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await worker.Http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation)).StatusCode);
    }

    [Fact]
    public async Task An_emergency_grant_opens_the_client_s_record_but_not_the_case_s_hearings()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var holder = await world.AddWorkerAsync("Gale Glassbreaker", await world.AddTeamAsync("Night"));
        var hearingId = await ScheduleAsync(worker.Http, @case.Id, (await NowAsync()).AddDays(9));

        await CreatedAsync(await holder.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/emergency-access",
            new { reason = "The client called in crisis; their worker is away." }, Cancellation));

        Assert.Equal(HttpStatusCode.OK, (await holder.Http.GetAsync($"/api/v1/clients/{@case.ClientId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.Http.GetAsync($"/api/v1/hearings/{hearingId}", Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await holder.Http.GetAsync($"/api/v1/cases/{@case.Id}/hearings", Cancellation)).StatusCode);
    }
}

public sealed class HearingsApiTests_on_Sqlite(SqliteApp app) : HearingsApiTests(app), IClassFixture<SqliteApp>;

public sealed class HearingsApiTests_on_Postgres(PostgresApp app) : HearingsApiTests(app), IClassFixture<PostgresApp>;
