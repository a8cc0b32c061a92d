namespace Casewell.Benchmarks;

/// <summary>
/// The case worker's and the supervisor's pages: my caseload, team caseloads, and the timeline of a case
/// with about 500 entries.
/// </summary>
internal sealed class CaseScenarios(BenchApp app, FloorDatabase floor)
{
    // TODO(caseloads, tasks): add "my caseload", "team caseloads" and "case timeline" here once
    // ListMyCaseload, ListTeamCaseloads and GetCaseTimeline have landed on main, each with its floor query.
    public Task<IReadOnlyList<Scenario>> BuildAsync()
    {
        _ = app;
        _ = floor;
        return Task.FromResult<IReadOnlyList<Scenario>>([]);
    }
}
