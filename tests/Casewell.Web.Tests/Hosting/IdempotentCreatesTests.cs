using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Casewell.Data;
using Casewell.Web.Tests.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Hosting;

public abstract class IdempotentCreatesTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await http.SendAsync(request, Cancellation);
    }

    private Task<int> TasksTitledAsync(Guid caseId, string title) => App.WithServicesAsync(s =>
        s.GetRequiredService<CasewellDbContext>().Tasks.CountAsync(t => t.CaseId == caseId && t.Title == title, Cancellation));

    private static object Task(string title, DateOnly dueOn) => new { title, dueOn, kind = "FollowUp" };

    [Fact]
    public async Task A_retried_create_answers_the_first_answer_and_creates_once()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var body = Task("Call the school", (await world.Database.TodayAsync()).AddDays(3));
        var key = Guid.CreateVersion7().ToString();

        var first = await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", body, key);
        var retry = await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", body, key);

        var created = await CreatedAsync(first);
        var replayed = await CreatedAsync(retry);
        Assert.Equal(created.GetProperty("taskId").GetGuid(), replayed.GetProperty("taskId").GetGuid());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal("application/json", retry.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, await TasksTitledAsync(@case.Id, "Call the school"));
    }

    [Fact]
    public async Task A_retried_client_registration_registers_one_client()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var last = "Idem" + RandomNumberGenerator.GetHexString(16, lowercase: true);
        var body = new { details = new { legalName = new { first = "Robin", last }, veteranStatus = "Unknown" }, confirmedNewPerson = true };
        var key = $"\"{Guid.CreateVersion7()}\"";

        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
            ids.Add((await CreatedAsync(await PostAsync(world.Supervisor.Http, "/api/v1/clients", body, key))).GetProperty("id").GetGuid());

        Assert.Single(ids.Distinct());
        var stored = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Clients.CountAsync(c => c.LastName == last, Cancellation));
        Assert.Equal(1, stored);
    }

    [Fact]
    public async Task The_same_key_with_another_request_is_refused()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var due = (await world.Database.TodayAsync()).AddDays(3);
        var key = Guid.CreateVersion7().ToString();
        await CreatedAsync(await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", Task("Visit the family", due), key));

        var otherBody = await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", Task("Phone the doctor", due), key);
        var otherEndpoint = await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/contacts",
            new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "Phone", summary = "Spoke with the mother" }, key);

        await ProblemAsync(otherBody, HttpStatusCode.UnprocessableEntity);
        await ProblemAsync(otherEndpoint, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await TasksTitledAsync(@case.Id, "Phone the doctor"));
    }

    [Fact]
    public async Task Another_staff_members_equal_key_is_their_own()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var colleague = await world.AddWorkerAsync("Colleague");
        await world.AssignAsync(@case.Id, colleague.Id, Casewell.Cases.AssignmentRole.Secondary);
        var body = Task("Arrange the interpreter", (await world.Database.TodayAsync()).AddDays(2));
        var key = Guid.CreateVersion7().ToString();

        var mine = await CreatedAsync(await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", body, key));
        var theirs = await CreatedAsync(await PostAsync(colleague.Http, $"/api/v1/cases/{@case.Id}/tasks", body, key));

        Assert.NotEqual(mine.GetProperty("taskId").GetGuid(), theirs.GetProperty("taskId").GetGuid());
        Assert.Equal(2, await TasksTitledAsync(@case.Id, "Arrange the interpreter"));
    }

    [Fact]
    public async Task A_refused_create_leaves_the_key_free_for_the_corrected_request()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var key = Guid.CreateVersion7().ToString();

        await ProblemAsync(await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", new { title = "", kind = "FollowUp" }, key), HttpStatusCode.BadRequest);
        var corrected = await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", Task("Book the review", (await world.Database.TodayAsync()).AddDays(5)), key);

        await CreatedAsync(corrected);
    }

    public static TheoryData<string> BadKeys => new()
    {
        { "\"\"" },
        { new string('k', 256) },
        { "key\u0001with-control" },
        { "key\twith-tab" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task A_bad_key_is_refused_on_every_create(string key)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var creates = new (HttpClient Http, string Path)[]
        {
            (world.Administrator.Http, "/api/v1/staff"),
            (world.Administrator.Http, "/api/v1/programs"),
            (world.Administrator.Http, "/api/v1/teams"),
            (world.Administrator.Http, "/api/v1/case-types"),
            (world.Supervisor.Http, "/api/v1/clients"),
            (world.Supervisor.Http, "/api/v1/cases"),
            (worker.Http, $"/api/v1/clients/{@case.ClientId}/relationships"),
            (worker.Http, $"/api/v1/clients/{@case.ClientId}/collaterals"),
            (worker.Http, $"/api/v1/cases/{@case.Id}/tasks"),
            (worker.Http, $"/api/v1/cases/{@case.Id}/contacts"),
        };

        foreach (var (http, path) in creates)
        {
            var problem = await ProblemAsync(await PostAsync(http, path, new { }, key), HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("title").GetString() == "Idempotency-Key not accepted", $"{path}: {problem}");
        }
    }

    [Fact]
    public async Task A_create_without_a_key_is_not_recorded()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        await CreatedAsync(await PostAsync(worker.Http, $"/api/v1/cases/{@case.Id}/tasks", Task("Plain create", (await world.Database.TodayAsync()).AddDays(1)), null));

        var records = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().IdempotencyRecords.CountAsync(r => r.StaffId == worker.Id, Cancellation));
        Assert.Equal(0, records);
    }
}

public sealed class IdempotentCreatesTests_on_Sqlite(SqliteApp app) : IdempotentCreatesTests(app), IClassFixture<SqliteApp>;

public sealed class IdempotentCreatesTests_on_Postgres(PostgresApp app) : IdempotentCreatesTests(app), IClassFixture<PostgresApp>;
