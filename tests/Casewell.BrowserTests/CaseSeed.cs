using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.BrowserTests;

/// <summary>
/// A case assigned to a worker, made through the API before the browser opens: an administrator's program and
/// team, a supervisor who assigns, the client and the case. The session cookie is Secure-only and the test
/// server speaks plain HTTP, so the cookie is carried by hand.
/// </summary>
public sealed record SeededCase(Guid CaseId, string CaseNumber, string ClientName)
{
    public static async Task<SeededCase> ForWorkerAsync(BrowserApp app, string workerEmail, Guid caseTypeId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var unique = RandomNumberGenerator.GetHexString(8, lowercase: true);
        var workerId = await IdOfStaffAsync(app, workerEmail);
        var supervisorEmail = await app.CreateStaffAsync(StaffRole.Supervisor, "Sam Supervisor");
        var supervisorId = await IdOfStaffAsync(app, supervisorEmail);
        using var admin = await SessionAsync(app, await app.CreateStaffAsync(StaffRole.Administrator, "Ada Administrator"));
        using var worker = await SessionAsync(app, workerEmail);
        using var supervisor = await SessionAsync(app, supervisorEmail);

        var programId = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/programs", new { name = $"Family Services {unique}" }));
        var teamId = await CreatedIdAsync(await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"North Team {unique}", programId }));
        (await admin.PutAsJsonAsync($"/api/v1/teams/{teamId}/members", new { staffId = supervisorId, isSupervisor = true })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/teams/{teamId}/members", new { staffId = workerId, isSupervisor = false })).EnsureSuccessStatusCode();
        var clientId = await CreatedIdAsync(await worker.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new { legalName = new { first = "Marisol", last = "Quintero" + unique }, birthDate = "1979-11-30", veteranStatus = "Unknown" },
            identifiers = Array.Empty<object>(),
            confirmedNewPerson = true,
        }));
        var opened = await worker.PostAsJsonAsync("/api/v1/cases", new
        {
            clientId,
            programId,
            teamId,
            caseTypeId,
            priority = "High",
            referralSource = "Hospital",
            referralReason = "Discharged home after a fall",
        });
        opened.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await opened.Content.ReadAsStringAsync());
        var caseId = body.RootElement.GetProperty("caseId").GetGuid();
        await WithCaseVersionAsync(supervisor, caseId, $"/api/v1/cases/{caseId}/assignments", new { workerId, role = "Primary" });
        await WithCaseVersionAsync(worker, caseId, $"/api/v1/cases/{caseId}/transitions", new { transition = "Open" });
        return new SeededCase(caseId, body.RootElement.GetProperty("caseNumber").GetString()!, $"Marisol Quintero{unique}");
    }

    /// <summary>A relative who lives with the case's client, registered and linked by the worker; their name.</summary>
    public static async Task<string> AddHouseholdMemberAsync(BrowserApp app, string workerEmail, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var worker = await SessionAsync(app, workerEmail);
        using var read = JsonDocument.Parse(await worker.GetStringAsync($"/api/v1/cases/{caseId}"));
        var clientId = read.RootElement.GetProperty("clientId").GetGuid();
        var last = "Quintero" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var relativeId = await CreatedIdAsync(await worker.PostAsJsonAsync("/api/v1/clients", new
        {
            details = new { legalName = new { first = "Tomas", last }, birthDate = "2015-04-02", veteranStatus = "Unknown" },
            identifiers = Array.Empty<object>(),
            confirmedNewPerson = true,
        }));
        await CreatedIdAsync(await worker.PostAsJsonAsync($"/api/v1/clients/{clientId}/relationships",
            new { type = "Child", relatedClientId = relativeId, livesInHousehold = true }));
        return $"Tomas {last}";
    }

    private static async Task<Guid> IdOfStaffAsync(BrowserApp app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var normalized = StaffUser.Normalize(email);
        return await scope.ServiceProvider.GetRequiredService<CasewellDbContext>().StaffUsers.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
    }

    private static async Task<HttpClient> SessionAsync(BrowserApp app, string email)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/session", new { email, password = BrowserApp.Password });
        response.EnsureSuccessStatusCode();
        var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        return client;
    }

    private static async Task WithCaseVersionAsync(HttpClient client, Guid caseId, string path, object body)
    {
        var read = await client.GetAsync($"/api/v1/cases/{caseId}");
        read.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<Guid> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetGuid();
    }
}
