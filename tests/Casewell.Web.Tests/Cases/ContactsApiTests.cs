using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Tasks;

namespace Casewell.Web.Tests.Cases;

public abstract class ContactsApiTests(CasewellApp app) : IntegrationTest(app)
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;

    private static object Contact(DateTimeOffset occurredAt, string kind = "HomeVisit", string? summary = "Met the family at home; the repairs are done.") =>
        new { occurredAt, kind, summary };

    [Fact]
    public async Task A_home_visit_restarts_the_contact_clock_and_completes_the_required_contact_task()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.SubstanceUse);
        // Referred yesterday, so that a contact an hour ago is never before the referral's day, whatever the hour.
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 1);
        var today = await world.Database.TodayAsync();
        var visit = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Fortnightly contact", today.AddDays(2), "RequiredContact");
        var other = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Send the release form", today.AddDays(2), "Paperwork");
        var versionBefore = (await world.Database.CaseAsync(@case.Id)).Version;
        var occurredAt = Now.AddMinutes(-30);

        var response = await CaseHttp.RecordContactAsync(worker.Http, @case.Id, Contact(occurredAt));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = await JsonAsync(response);
        Assert.Equal(1, recorded.GetProperty("tasksCompleted").GetInt32());
        var stored = await world.Database.CaseAsync(@case.Id);
        Assert.Equal(occurredAt.ToUnixTimeMilliseconds(), stored.LastContactAt?.ToUnixTimeMilliseconds());
        Assert.Equal(today.AddDays(14), stored.NextContactDue);
        Assert.Equal(versionBefore + 1, stored.Version);
        Assert.Equal(CaseTaskStatus.Completed, (await world.Database.TaskAsync(visit)).Status);
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(other)).Status);
        var events = await world.Database.TimelineAsync(@case.Id);
        var entry = Assert.Single(events, e => e.Kind == CaseEventKind.ContactRecorded);
        Assert.Equal(("HomeVisit", recorded.GetProperty("contactId").GetGuid(), stored.Version), (entry.Subject, entry.RelatedId, entry.CaseVersion));
        Assert.Single(events, e => e.Kind == CaseEventKind.TaskCompleted && e.RelatedId == visit);
    }

    [Fact]
    public async Task A_call_to_a_collateral_is_recorded_but_is_not_a_contact_with_the_client()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync(SeededCaseTypes.SubstanceUse);
        // Referred yesterday, so that a contact an hour ago is never before the referral's day, whatever the hour.
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 1);
        var visit = await CaseHttp.AddTaskAsync(worker.Http, @case.Id, "Fortnightly contact", (await world.Database.TodayAsync()).AddDays(2), "RequiredContact");
        var before = await world.Database.CaseAsync(@case.Id);

        var response = await CaseHttp.RecordContactAsync(worker.Http, @case.Id,
            Contact(Now.AddHours(-1), "Collateral", "Spoke with the school counselor"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await world.Database.CaseAsync(@case.Id);
        Assert.Equal((before.LastContactAt, before.NextContactDue, before.Version), (after.LastContactAt, after.NextContactDue, after.Version));
        Assert.Equal(CaseTaskStatus.Open, (await world.Database.TaskAsync(visit)).Status);
        var list = await worker.Http.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{@case.Id}/contacts", Cancellation);
        var contact = Assert.Single(list.GetProperty("contacts").GetProperty("items").EnumerateArray());
        Assert.Equal(("Collateral", "Spoke with the school counselor"), (contact.GetProperty("kind").GetString(), contact.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task A_contact_in_the_future_before_the_referral_without_a_summary_or_a_kind_is_refused_field_by_field()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var path = $"/api/v1/cases/{@case.Id}/contacts";

        async Task<string[]> FieldsAsync(object body)
        {
            var response = await CaseHttp.RecordContactAsync(worker.Http, @case.Id, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return [.. (await JsonAsync(response)).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()];
        }

        Assert.Equal(["OccurredAt"], await FieldsAsync(Contact(Now.AddHours(2))));
        Assert.Equal(["OccurredAt"], await FieldsAsync(Contact(Now.AddDays(-30))));
        Assert.Equal(["Summary"], await FieldsAsync(Contact(Now, summary: "  ")));
        Assert.Equal(["Summary"], await FieldsAsync(Contact(Now, summary: new string('s', 2001))));
        Assert.Equal(["Kind", "OccurredAt", "Summary"], await FieldsAsync(new { }));
        var badKind = await CaseHttp.RecordContactAsync(worker.Http, @case.Id, Contact(Now, kind: "Telepathy"));
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);

        var list = await worker.Http.GetFromJsonAsync<JsonElement>(path, Cancellation);
        Assert.Empty(list.GetProperty("contacts").GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Only_the_people_on_the_case_record_contacts_and_only_readers_of_the_case_see_them()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var path = $"/api/v1/cases/{@case.Id}/contacts";
        var reader = (await world.AddWorkerAsync("Reed Reader")).Http;
        using var stranger = await App.SignedInAsync(StaffRole.CaseWorker);
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);

        Assert.Equal(HttpStatusCode.Forbidden, (await CaseHttp.RecordContactAsync(reader, @case.Id, Contact(Now))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await CaseHttp.RecordContactAsync(stranger, @case.Id, Contact(Now), "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CaseHttp.RecordContactAsync(auditor, @case.Id, Contact(Now), "\"1\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync(path, Cancellation)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CaseHttp.RecordContactAsync(world.Supervisor.Http, @case.Id, Contact(Now))).StatusCode);
        Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.ContactRecorded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("garbage")]
    [InlineData("*")]
    public async Task A_contact_without_the_cases_version_is_refused_with_428(string? ifMatch)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{@case.Id}/contacts") { Content = JsonContent.Create(Contact(Now)) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);

        var response = await worker.Http.SendAsync(request, Cancellation);

        await CaseHttp.ProblemAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.DoesNotContain(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.ContactRecorded);
    }

    [Fact]
    public async Task A_contact_on_a_version_of_the_case_changed_since_is_a_409_with_what_changed()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        // Referred yesterday, so that a contact an hour ago is never before the referral's day, whatever the hour.
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 1);
        var (_, seen) = await CaseHttp.GetAsync(worker.Http, @case.Id);
        await CaseHttp.Succeeds(await CaseHttp.RecordContactAsync(world.Supervisor.Http, @case.Id, Contact(Now.AddMinutes(-5), summary: "Visited with the worker")));

        var response = await CaseHttp.RecordContactAsync(worker.Http, @case.Id, Contact(Now.AddMinutes(-5), summary: "Visited"), seen);

        var problem = await CaseHttp.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("ContactRecorded", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Single(await world.Database.TimelineAsync(@case.Id), e => e.Kind == CaseEventKind.ContactRecorded);
    }

    [Fact]
    public async Task Contacts_are_listed_latest_first_page_by_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        // Referred yesterday, so that a contact an hour ago is never before the referral's day, whatever the hour.
        await world.Database.SetDatesAsync(@case.Id, referredDaysAgo: 1);
        var path = $"/api/v1/cases/{@case.Id}/contacts";
        var now = Now;
        foreach (var minutes in new[] { 50, 10, 30 })
            Assert.Equal(HttpStatusCode.Created, (await CaseHttp.RecordContactAsync(worker.Http, @case.Id, Contact(now.AddMinutes(-minutes), summary: $"{minutes} minutes ago"))).StatusCode);

        var first = await worker.Http.GetFromJsonAsync<JsonElement>($"{path}?pageSize=2", Cancellation);
        var second = await worker.Http.GetFromJsonAsync<JsonElement>($"{path}?pageSize=2&page=2", Cancellation);

        static IEnumerable<string?> Summaries(JsonElement page) => page.GetProperty("contacts").GetProperty("items").EnumerateArray().Select(c => c.GetProperty("summary").GetString());
        Assert.Equal(["10 minutes ago", "30 minutes ago"], Summaries(first));
        Assert.True(first.GetProperty("contacts").GetProperty("hasMore").GetBoolean());
        Assert.Equal(["50 minutes ago"], Summaries(second));
        // An older contact entered late does not move the last contact back.
        Assert.Equal(now.AddMinutes(-10).ToUnixTimeMilliseconds(), (await world.Database.CaseAsync(@case.Id)).LastContactAt?.ToUnixTimeMilliseconds());
    }
}

public sealed class ContactsApiTests_on_Sqlite(SqliteApp app) : ContactsApiTests(app), IClassFixture<SqliteApp>;

public sealed class ContactsApiTests_on_Postgres(PostgresApp app) : ContactsApiTests(app), IClassFixture<PostgresApp>;
