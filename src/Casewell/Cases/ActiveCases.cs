namespace Casewell.Cases;

/// <summary>
/// Cases not closed, written as the three statuses that are not: an equality list is an index range on
/// (PrimaryWorkerId, Status) and (TeamId, Status), where "not Closed" would read a team's closed years too.
/// </summary>
internal static class ActiveCases
{
    public static IQueryable<Case> Active(this IQueryable<Case> cases) =>
        cases.Where(c => c.Status == CaseStatus.Referred || c.Status == CaseStatus.Open || c.Status == CaseStatus.OnHold);
}
