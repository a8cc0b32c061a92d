using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Identity;

namespace Casewell.Web.Tests.Cases;

/// <summary>
/// A program with one team (a supervisor and two case workers), an intake worker and a client, made through
/// the API as an administrator would; each test gets its own, so tests sharing a database stay apart.
/// </summary>
public sealed class CaseWorld : IDisposable
{
    private CaseWorld(CasewellApp app) => App = app;

    public CasewellApp App { get; }
    public HttpClient Administrator { get; private set; } = null!;
    public HttpClient Intake { get; private set; } = null!;
    public (HttpClient Http, Guid Id) Supervisor { get; private set; }
    public (HttpClient Http, Guid Id) Worker { get; private set; }
    public (HttpClient Http, Guid Id) OtherWorker { get; private set; }
    public Guid ProgramId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid ClientId { get; private set; }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<CaseWorld> CreateAsync(CasewellApp app, bool closureRequiresApproval = true, bool teamMayViewCases = false)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new CaseWorld(app) { Administrator = await app.SignedInAsync(StaffRole.Administrator) };
        var suffix = Guid.NewGuid().ToString("N")[..8];
        world.ProgramId = await CreatedIdAsync(world.Administrator, "/api/v1/programs", new { name = $"Family Preservation {suffix}" });
        await Succeeds(await world.Administrator.PutAsJsonAsync($"/api/v1/programs/{world.ProgramId}/case-policies",
            new { closureRequiresApproval, teamMayViewCases }, Cancellation));
        world.TeamId = await CreatedIdAsync(world.Administrator, "/api/v1/teams", new { name = $"Unit {suffix}", programId = world.ProgramId });
        world.Supervisor = await world.MemberAsync(StaffRole.Supervisor, isSupervisor: true);
        world.Worker = await world.MemberAsync(StaffRole.CaseWorker, isSupervisor: false);
        world.OtherWorker = await world.MemberAsync(StaffRole.CaseWorker, isSupervisor: false);
        world.Intake = await app.SignedInAsync(StaffRole.IntakeWorker);
        world.ClientId = await CreatedIdAsync(world.Intake, "/api/v1/clients", new
        {
            details = new { legalName = new { first = "Maya", last = "Casetest" + suffix }, birthDate = "2015-06-01", veteranStatus = "NotAVeteran" },
            confirmedNewPerson = true,
        });
        return world;
    }

    public async Task<(HttpClient Http, Guid Id)> MemberAsync(StaffRole role, bool isSupervisor)
    {
        var member = await App.SignedInWithIdAsync(role);
        await Succeeds(await Administrator.PutAsJsonAsync($"/api/v1/teams/{TeamId}/members", new { staffId = member.Id, isSupervisor }, Cancellation));
        return member;
    }

    public object Referral(string reason = "Hotline report: child left alone overnight") => new
    {
        clientId = ClientId,
        programId = ProgramId,
        caseTypeId = SeededCaseTypes.ChildProtectiveServices,
        priority = "High",
        referralSource = "Hotline",
        referralReason = reason,
    };

    public Task<Guid> OpenCaseAsync() => CreatedIdAsync(Intake, "/api/v1/cases", Referral());

    /// <summary>A case assigned to <see cref="Worker"/> and opened by them.</summary>
    public async Task<Guid> OpenAssignedCaseAsync()
    {
        var caseId = await OpenCaseAsync();
        await Succeeds(await AssignAsync(Supervisor.Http, caseId, Worker.Id, "Primary"));
        await Succeeds(await TransitionAsync(Worker.Http, caseId, new { transition = "Open" }));
        return caseId;
    }

    public static async Task<(JsonElement Case, string ETag)> GetAsync(HttpClient http, Guid caseId)
    {
        var response = await http.GetAsync($"/api/v1/cases/{caseId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        return (body, response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> TransitionAsync(HttpClient http, Guid caseId, object body, string? etag = null) =>
        await SendAsync(http, $"/api/v1/cases/{caseId}/transitions", body, etag ?? (await GetAsync(http, caseId)).ETag);

    public static async Task<HttpResponseMessage> AssignAsync(HttpClient http, Guid caseId, Guid workerId, string role, string? reason = null, string? etag = null) =>
        await SendAsync(http, $"/api/v1/cases/{caseId}/assignments", new { workerId, role, reason }, etag ?? (await GetAsync(http, caseId)).ETag);

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, object body, string? etag)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await http.SendAsync(request, Cancellation);
    }

    public static async Task Succeeds(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancellation)}");
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<Guid> CreatedIdAsync(HttpClient http, string path, object body)
    {
        var response = await http.PostAsJsonAsync(path, body, Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Cancellation)}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement.GetProperty(path.EndsWith("/cases", StringComparison.Ordinal) ? "caseId" : "id").GetGuid();
    }

    public void Dispose()
    {
        Administrator.Dispose();
        Intake.Dispose();
        Supervisor.Http.Dispose();
        Worker.Http.Dispose();
        OtherWorker.Http.Dispose();
    }
}
