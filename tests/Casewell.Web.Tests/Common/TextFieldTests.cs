using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Common;

/// <summary>
/// Every text field refuses control characters at the edge with a field error, alike on both databases:
/// PostgreSQL answered NUL with a 500 ("invalid byte sequence for encoding UTF8") and SQLite stored it.
/// </summary>
public abstract class TextFieldTests(CasewellApp app) : IntegrationTest(app)
{
    private const string Nul = "a\0b";

    public static TheoryData<string> Fields =>
    [
        "client first name", "client alias", "client identifier", "client address", "client edit", "relationship notes",
        "collateral name", "program name", "team name", "staff name", "case type code", "case type name", "referral reason",
        "transition reason", "assignment reason", "task title", "task cancellation reason", "contact summary", "handover reason",
    ];

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task A_NUL_in_a_text_field_is_refused_at_that_field(string field)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (response, errorKey) = await SendWithNulAsync(world, field);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), $"{field}: {problem}");
    }

    [Fact]
    public async Task A_NUL_in_the_search_text_is_a_bad_request_not_a_server_error()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var response = await worker.GetAsync("/api/v1/clients?q=Rob%00in", Cancellation);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task The_search_page_finds_no_one_for_a_NUL_instead_of_failing()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var response = await worker.GetAsync("/clients?q=Rob%00in", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"no-results\"", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Line_breaks_are_kept_in_a_summary_but_refused_in_a_name()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        await CreatedAsync(await RecordContactAsync(worker.Http, @case.Id,
            new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "HomeVisit", summary = "Visited.\r\nAll well.\tNext week." }));
        var name = await world.Supervisor.Http.PostAsJsonAsync("/api/v1/clients", ClientNamed("Robin\tLee"), Cancellation);

        var errors = (await ProblemAsync(name, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("LegalName.First", out _));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF")]
    [InlineData("\u200C\u200D\u2060 ")]
    public async Task A_case_type_code_of_invisible_characters_only_is_empty(string code)
    {
        using var admin = await App.SignedInAsync(StaffRole.Administrator);

        var response = await admin.PostAsJsonAsync("/api/v1/case-types", new { code, name = "Invisible " + RandomNumberGenerator.GetHexString(6, lowercase: true), loadWeight = 1 }, Cancellation);

        var errors = (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("Enter a short code.", errors.GetProperty("Code")[0].GetString());
    }

    private static object ClientNamed(string first, string last = "Lee") => new
    {
        details = new { legalName = new { first, last }, veteranStatus = "Unknown" },
        confirmedNewPerson = true,
    };

    private static async Task<(HttpResponseMessage Response, string ErrorKey)> SendWithNulAsync(CaseWorld world, string field)
    {
        var admin = world.Administrator.Http;
        var supervisor = world.Supervisor.Http;
        switch (field)
        {
            case "client first name":
                return (await supervisor.PostAsJsonAsync("/api/v1/clients", ClientNamed(Nul), Cancellation), "LegalName.First");
            case "client alias":
                return (await supervisor.PostAsJsonAsync("/api/v1/clients", new
                {
                    details = new { legalName = new { first = "Robin", last = "Lee" }, veteranStatus = "Unknown" },
                    aliases = new[] { new { kind = "MaidenName", first = "Robin", last = Nul } },
                    confirmedNewPerson = true,
                }, Cancellation), "Aliases[0].Last");
            case "client identifier":
                return (await supervisor.PostAsJsonAsync("/api/v1/clients", new
                {
                    details = new { legalName = new { first = "Robin", last = "Lee" }, veteranStatus = "Unknown" },
                    identifiers = new[] { new { kind = "StateId", value = "AB12\0CD34" } },
                    confirmedNewPerson = true,
                }, Cancellation), "Identifiers[0].Value");
            case "client address":
                return (await supervisor.PostAsJsonAsync("/api/v1/clients", new
                {
                    details = new { legalName = new { first = "Robin", last = "Lee" }, veteranStatus = "Unknown", address = new { line1 = "1 Main St", city = Nul } },
                    confirmedNewPerson = true,
                }, Cancellation), "Address.City");
            case "client edit":
                {
                    var client = await world.RegisterClientAsync(world.Supervisor);
                    var etag = (await supervisor.GetAsync($"/api/v1/clients/{client.Id}", Cancellation)).Headers.ETag!.Tag;
                    using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{client.Id}")
                    {
                        Content = JsonContent.Create(new { details = new { legalName = new { first = "Robin", last = "Lee" }, preferredName = Nul, veteranStatus = "Unknown" } }),
                    };
                    put.Headers.TryAddWithoutValidation("If-Match", etag);
                    return (await supervisor.SendAsync(put, Cancellation), "PreferredName");
                }
            case "relationship notes":
                {
                    var client = await world.RegisterClientAsync(world.Supervisor);
                    return (await supervisor.PostAsJsonAsync($"/api/v1/clients/{client.Id}/relationships",
                        new { type = "Grandparent", relatedPersonName = "Dora Lee", notes = Nul }, Cancellation), "Notes");
                }
            case "collateral name":
                {
                    var client = await world.RegisterClientAsync(world.Supervisor);
                    return (await supervisor.PostAsJsonAsync($"/api/v1/clients/{client.Id}/collaterals", new { name = Nul, role = "Teacher" }, Cancellation), "Name");
                }
            case "program name":
                return (await admin.PostAsJsonAsync("/api/v1/programs", new { name = Nul }, Cancellation), "Name");
            case "team name":
                return (await admin.PostAsJsonAsync("/api/v1/teams", new { name = Nul, programId = world.ProgramId }, Cancellation), "Name");
            case "staff name":
                return (await admin.PostAsJsonAsync("/api/v1/staff", new
                {
                    email = $"nul{Guid.CreateVersion7():N}@agency.example",
                    displayName = Nul,
                    role = "CaseWorker",
                    password = CasewellApp.Password,
                }, Cancellation), "DisplayName");
            case "case type code":
                return (await admin.PostAsJsonAsync("/api/v1/case-types", new { code = "N\0L", name = "Nul " + RandomNumberGenerator.GetHexString(6, lowercase: true), loadWeight = 1 }, Cancellation), "Code");
            case "case type name":
                return (await admin.PostAsJsonAsync("/api/v1/case-types", new { code = "N" + RandomNumberGenerator.GetHexString(5, lowercase: true), name = Nul, loadWeight = 1 }, Cancellation), "Name");
            case "referral reason":
                {
                    var client = await world.RegisterClientAsync(world.Supervisor);
                    return (await supervisor.PostAsJsonAsync("/api/v1/cases", world.Referral(client.Id, reason: Nul), Cancellation), "ReferralReason");
                }
            case "transition reason":
                {
                    var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
                    return (await TransitionAsync(worker.Http, @case.Id, new { transition = "PutOnHold", reason = Nul }), "Reason");
                }
            case "assignment reason":
                {
                    var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
                    var other = await world.AddWorkerAsync("Other Worker");
                    return (await AssignAsync(supervisor, @case.Id, other.Id, "Primary", Nul), "Reason");
                }
            case "task title":
                {
                    var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
                    return (await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/tasks",
                        new { title = Nul, dueOn = await world.Database.TodayAsync(), kind = "FollowUp" }, Cancellation), "Title");
                }
            case "task cancellation reason":
                {
                    var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
                    var taskId = await world.AddTaskDueInAsync(@case.Id, worker, 3);
                    var etag = (await worker.Http.GetAsync($"/api/v1/tasks/{taskId}", Cancellation)).Headers.ETag!.Tag;
                    return (await SendAsync(worker.Http, $"/api/v1/tasks/{taskId}/cancellation", new { reason = Nul }, etag), "Reason");
                }
            case "contact summary":
                {
                    var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
                    return (await RecordContactAsync(worker.Http, @case.Id,
                        new { occurredAt = TimeProvider.System.GetUtcNow(), kind = "HomeVisit", summary = Nul }), "Summary");
                }
            case "handover reason":
                {
                    var (worker, _) = await world.AddWorkerWithOpenCaseAsync();
                    var other = await world.AddWorkerAsync("Other Worker");
                    return (await supervisor.PostAsJsonAsync($"/api/v1/staff/{worker.Id}/handover", new { toWorkerIds = new[] { other.Id }, reason = Nul }, Cancellation), "Reason");
                }
            default:
                throw new ArgumentOutOfRangeException(nameof(field), field, "No request for this field.");
        }
    }
}

public sealed class TextFieldTests_on_Sqlite(SqliteApp app) : TextFieldTests(app), IClassFixture<SqliteApp>;

public sealed class TextFieldTests_on_Postgres(PostgresApp app) : TextFieldTests(app), IClassFixture<PostgresApp>;
