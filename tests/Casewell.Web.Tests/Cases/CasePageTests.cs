using System.Net;
using Casewell.Identity;

namespace Casewell.Web.Tests.Cases;

/// <summary>The case page offers the steps the case says its reader may take, worded as what will happen.</summary>
public abstract class CasePageTests(CasewellApp app) : IntegrationTest(app)
{
    private static async Task<string> PageAsync(StaffMember reader, Guid caseId)
    {
        var response = await reader.Http.GetAsync($"/cases/{caseId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancellation));
    }

    [Fact]
    public async Task In_a_program_without_closure_approval_the_worker_is_offered_to_close_the_case_not_to_ask()
    {
        using var world = await CaseWorld.CreateAsync(App);
        await world.SetCasePoliciesAsync(closureRequiresApproval: false);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        var html = await PageAsync(worker, @case.Id);

        Assert.Contains(">Close the case</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ask to close the case", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_closure_needs_approval_the_worker_asks_and_the_supervisor_closes()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (worker, @case) = await world.AddWorkerWithOpenCaseAsync();

        var workers = await PageAsync(worker, @case.Id);
        var supervisors = await PageAsync(world.Supervisor, @case.Id);

        Assert.Contains(">Ask to close the case</button>", workers, StringComparison.Ordinal);
        Assert.DoesNotContain(">Close the case</button>", workers, StringComparison.Ordinal);
        Assert.Contains(">Close the case</button>", supervisors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_who_may_not_change_the_case_is_offered_no_step()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var (_, @case) = await world.AddWorkerWithOpenCaseAsync();
        var manager = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await world.ManageProgramAsync(manager);

        var html = await PageAsync(manager, @case.Id);

        Assert.Contains(@case.Number, html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"_handler\" value=\"case-", html, StringComparison.Ordinal);
    }
}

public sealed class CasePageTests_on_Sqlite(SqliteApp app) : CasePageTests(app), IClassFixture<SqliteApp>;

public sealed class CasePageTests_on_Postgres(PostgresApp app) : CasePageTests(app), IClassFixture<PostgresApp>;
