using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.BrowserTests;

/// <summary>A person the setup made: their id, the name pages show, and the email to sign in with.</summary>
public sealed record SetupPerson(Guid Id, string Name, string Email);

/// <summary>
/// Data for the caseload pages, made through the running app's API (as the HTTP tests' CaseWorld does),
/// so what the browser then shows went through the same handlers. The session cookie is Secure, which an
/// HttpClient will not send over plain http to localhost; it is carried by hand instead.
/// </summary>
public sealed class CaseloadSetup : IDisposable
{
    private readonly BrowserApp app;
    private readonly string tag = RandomNumberGenerator.GetHexString(6, lowercase: true);
    private readonly Dictionary<Guid, HttpClient> sessions = [];
    private HttpClient administrator = default!;

    private CaseloadSetup(BrowserApp app) => this.app = app;

    public Guid ProgramId { get; private set; }
    public Guid TeamId { get; private set; }
    public string TeamName => $"Family Services {tag}";
    public SetupPerson Supervisor { get; private set; } = default!;

    public static async Task<CaseloadSetup> CreateAsync(BrowserApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var setup = new CaseloadSetup(app);
        var admin = await setup.PersonAsync(StaffRole.Administrator, "Ada Admin");
        setup.administrator = setup.sessions[admin.Id];
        setup.ProgramId = await CreatedAsync(setup.administrator, "/api/v1/programs", new { name = $"Family Preservation {setup.tag}" }, "id");
        setup.TeamId = await CreatedAsync(setup.administrator, "/api/v1/teams", new { name = setup.TeamName, programId = setup.ProgramId }, "id");
        setup.Supervisor = await setup.MemberAsync(StaffRole.Supervisor, "Sam Super", supervises: true);
        return setup;
    }

    public Task<SetupPerson> WorkerAsync(string name) => MemberAsync(StaffRole.CaseWorker, name, supervises: false);

    public async Task<(Guid Id, string Number)> OpenCaseAsync(string lastName, CasePriority priority, Guid caseTypeId)
    {
        var supervisor = sessions[Supervisor.Id];
        var clientId = await CreatedAsync(supervisor, "/api/v1/clients", new
        {
            details = new { legalName = new { first = "Jordan", last = lastName }, veteranStatus = "Unknown" },
            confirmedNewPerson = true,
        }, "id");
        var response = await supervisor.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId,
            programId = ProgramId,
            teamId = TeamId,
            caseTypeId,
            priority = priority.ToString(),
            referralSource = "Hotline",
            referralReason = "Report of neglect",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var opened = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (opened.GetProperty("caseId").GetGuid(), opened.GetProperty("caseNumber").GetString()!);
    }

    public async Task AssignAsync(Guid caseId, SetupPerson worker)
    {
        var supervisor = sessions[Supervisor.Id];
        var current = await supervisor.GetAsync($"/api/v1/cases/{caseId}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/assignments")
        {
            Content = JsonContent.Create(new { workerId = worker.Id, role = "Primary" }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);
        var response = await supervisor.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    /// <summary>As if the case's required contact had fallen due <paramref name="daysAgo"/> days ago.</summary>
    public async Task MakeContactOverdueAsync(Guid caseId, int daysAgo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var today = scope.ServiceProvider.GetRequiredService<AgencyCalendar>().Today();
        await scope.ServiceProvider.GetRequiredService<CasewellDbContext>().Cases.Where(c => c.Id == caseId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.NextContactDue, today.AddDays(-daysAgo)));
    }

    public async Task<Guid?> PrimaryWorkerAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CasewellDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.PrimaryWorkerId).SingleAsync();
    }

    public void Dispose()
    {
        foreach (var session in sessions.Values) session.Dispose();
    }

    private async Task<SetupPerson> MemberAsync(StaffRole role, string name, bool supervises)
    {
        var person = await PersonAsync(role, name);
        var response = await administrator.PutAsJsonAsync($"/api/v1/teams/{TeamId}/members", new { staffId = person.Id, isSupervisor = supervises });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return person;
    }

    private async Task<SetupPerson> PersonAsync(StaffRole role, string name)
    {
        var email = await app.CreateStaffAsync(role, name);
#pragma warning disable CA2000 // Kept in sessions and disposed with the setup.
        var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = app.BaseAddress };
#pragma warning restore CA2000
        var response = await http.PostAsJsonAsync("/api/v1/session", new { email, password = BrowserApp.Password });
        Assert.True(response.IsSuccessStatusCode, $"Signing in {name} answered {(int)response.StatusCode}");
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        http.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        sessions[id] = http;
        return new SetupPerson(id, name, email);
    }

    private static async Task<Guid> CreatedAsync(HttpClient http, string path, object body, string idProperty)
    {
        var response = await http.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty(idProperty).GetGuid();
    }
}
