using System.Net;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;

namespace Casewell.Web.Tests.Components;

/// <summary>
/// Every page that reads a number or a flag from its address, given one that is not (or does not fit): the page
/// shows its first page or its default, never the error page. Bound as int, long or bool these answered 500.
/// </summary>
public abstract class QueryValuePagesTests(CasewellApp app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("abc")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("%00")]
    [InlineData("2147483647")]
    public async Task A_page_given_a_value_that_is_not_a_number_shows_its_first_page(string value)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        using var auditor = await App.SignedInAsync(StaffRole.Auditor);
        var asWorker = new[]
        {
            "/caseload?page=", "/caseload?overdueOnly=", "/caseload?descending=", $"/cases/{@case.Id}?opened=",
            $"/cases/{@case.Id}/timeline?page=", $"/cases/{@case.Id}/tasks?page=", $"/cases/{@case.Id}/tasks?contacts=",
            $"/cases/{@case.Id}/tasks?added=", $"/cases/{@case.Id}/tasks?recorded=1&completed=", $"/cases/{@case.Id}/tasks?recorded=",
            "/tasks/mine?page=", "/my-work/contacts-due?page=", "/clients?q=Robin&page=", $"/clients/{@case.ClientId}?registered=",
            "/emergency-access?page=",
        };
        var asSupervisor = new[]
        {
            $"/team-caseloads/workers/{worker.Id}?page=", $"/team-caseloads/workers/{worker.Id}?overdueOnly=",
            $"/team-caseloads/workers/{worker.Id}?descending=", $"/teams/{world.TeamId}/queue?page=",
            "/emergency-access/review?page=", "/emergency-access/review?reviewed=",
        };

        foreach (var path in asWorker) await AssertShownAsync(worker.Http, path + value);
        foreach (var path in asSupervisor) await AssertShownAsync(world.Supervisor.Http, path + value);
        await AssertShownAsync(auditor, "/audit?before=" + value);
    }

    [Fact]
    public async Task A_search_page_past_the_end_is_empty_not_the_first_page()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();
        var q = Uri.EscapeDataString(@case.ClientName);

        var first = await worker.Http.GetStringAsync($"/clients?q={q}", Cancellation);
        var far = await worker.Http.GetStringAsync($"/clients?q={q}&page=2147483647", Cancellation);

        Assert.Contains($"clients/{@case.ClientId}", first, StringComparison.Ordinal);
        Assert.DoesNotContain($"clients/{@case.ClientId}", far, StringComparison.Ordinal);
    }

    private static async Task AssertShownAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path, Cancellation);
        var html = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        Assert.DoesNotContain("Something went wrong", html, StringComparison.Ordinal);
    }
}

public sealed class QueryValuePagesTests_on_Sqlite(SqliteApp app) : QueryValuePagesTests(app), IClassFixture<SqliteApp>;

public sealed class QueryValuePagesTests_on_Postgres(PostgresApp app) : QueryValuePagesTests(app), IClassFixture<PostgresApp>;
