using System.Net.Http.Json;
using System.Text.Json;

namespace Casewell.Benchmarks;

/// <summary>
/// A signed-in request that reads nothing ("who am I"): what every page pays before its own work (session
/// cookie, the session and account re-check, routing, JSON), so the other rows can be read against it.
/// </summary>
internal static class BaselineScenario
{
    public static async Task<Scenario> BuildAsync(BenchApp app, FloorDatabase floor)
    {
        var intake = await app.SignedInAsync("intake");
        var me = (await intake.Client.GetFromJsonAsync<JsonElement>("/api/v1/session")).GetProperty("id").GetGuid();
        return new Scenario("signed-in request that reads nothing (baseline)", "intake worker", 50,
            async _ =>
            {
                using var response = await intake.Client.GetAsync("/api/v1/session");
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsStringAsync();
                return 1;
            },
            _ => floor.ReadAsync("""
                SELECT s.*, u."IsActive", u."SecurityStamp" FROM "StaffSessions" s JOIN "StaffUsers" u ON u."Id" = s."StaffId"
                WHERE s."StaffId" = @p0 LIMIT 1
                """, [floor.Id(me)]))
        {
            Requests = [new WrkRequest("GET", "/api/v1/session", intake.Cookie)],
        };
    }
}
