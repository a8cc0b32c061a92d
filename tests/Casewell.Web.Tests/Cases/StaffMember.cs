using System.Net.Http.Json;
using Casewell.Identity;

namespace Casewell.Web.Tests.Cases;

/// <summary>A staff member made for a test, signed in on an HTTP client of their own.</summary>
public sealed record StaffMember(Guid Id, string Name, string Email, HttpClient Http)
{
    public static async Task<StaffMember> SignInAsync(CasewellApp app, StaffRole role, string name)
    {
        ArgumentNullException.ThrowIfNull(app);
        var (id, email) = await app.CreateStaffAsync(role, name);
        var http = app.CreateAnonymousClient();
        var response = await http.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Signing in as {role} answered {(int)response.StatusCode}");
        return new StaffMember(id, name, email, http);
    }
}
