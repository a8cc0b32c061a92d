using Casewell.Caseloads;

namespace Casewell.Tests.Caseloads;

public sealed class CaseloadBalanceTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Ben = Guid.CreateVersion7();

    private static (Guid, double)[] Cases(params double[] weights) => [.. weights.Select(w => (Guid.CreateVersion7(), w))];

    [Fact]
    public void One_worker_receives_every_case()
    {
        var cases = Cases(1.0, 2.25, 0.75);

        var plan = CaseloadBalance.Distribute(cases, [(Ana, 40.0)]);

        Assert.Equal(3, plan.Count);
        Assert.All(plan, p => Assert.Equal(Ana, p.WorkerId));
        Assert.Equal(cases.Select(c => c.Item1).Order(), plan.Select(p => p.CaseId).Order());
    }

    [Fact]
    public void The_heaviest_case_goes_first_to_whoever_carries_least()
    {
        var cases = Cases(1.0, 3.0, 1.0, 0.75);

        var plan = CaseloadBalance.Distribute(cases, [(Ana, 0.0), (Ben, 2.0)]);

        // 3.0 → Ana (0 < 2); 1.0 → Ben (2 < 3); 1.0 → Ana (3 = 3: the first named); 0.75 → Ben (3 < 4).
        Assert.Equal(Ana, plan.Single(p => p.CaseId == cases[1].Item1).WorkerId);
        Assert.Equal([Ben, Ana, Ben], plan.Skip(1).Select(p => p.WorkerId));
        Assert.Equal(2, plan.Count(p => p.WorkerId == Ana));
    }

    [Fact]
    public void A_worker_already_far_heavier_receives_nothing()
    {
        var plan = CaseloadBalance.Distribute(Cases(1.0, 1.0, 1.0), [(Ana, 30.0), (Ben, 5.0)]);

        Assert.All(plan, p => Assert.Equal(Ben, p.WorkerId));
    }

    [Fact]
    public void Cases_of_equal_weight_keep_the_order_they_came_in()
    {
        var cases = Cases(1.0, 1.0, 1.0, 1.0);

        var plan = CaseloadBalance.Distribute(cases, [(Ana, 0.0), (Ben, 0.0)]);

        Assert.Equal(cases.Select(c => c.Item1), plan.Select(p => p.CaseId));
        Assert.Equal([Ana, Ben, Ana, Ben], plan.Select(p => p.WorkerId));
    }

    [Fact]
    public void Nobody_to_receive_the_cases_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => CaseloadBalance.Distribute(Cases(1.0), []));
    }
}
