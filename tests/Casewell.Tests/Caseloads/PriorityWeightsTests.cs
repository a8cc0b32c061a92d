using Casewell.Caseloads;
using Casewell.Cases;

namespace Casewell.Tests.Caseloads;

public sealed class PriorityWeightsTests
{
    [Theory]
    [InlineData(CasePriority.Low, 0.75)]
    [InlineData(CasePriority.Medium, 1.0)]
    [InlineData(CasePriority.High, 1.5)]
    [InlineData(CasePriority.Urgent, 2.0)]
    public void The_defaults_weigh_urgent_cases_about_twice_a_routine_one(CasePriority priority, double weight)
    {
        Assert.Equal(weight, new PriorityWeights().For(priority));
    }

    [Fact]
    public void Configured_weights_replace_the_defaults()
    {
        var weights = new PriorityWeights { Urgent = 3.0 };

        Assert.Null(weights.Problem());
        Assert.Equal(3.0, weights.For(CasePriority.Urgent));
        Assert.Equal(1.5, weights.For(CasePriority.High));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(150.0)]
    public void A_weight_that_would_make_loads_meaningless_stops_the_start(double weight)
    {
        var problem = new PriorityWeights { High = weight }.Problem();

        Assert.StartsWith("Caseload:PriorityWeights:High must be a number from 0 to 100", problem, StringComparison.Ordinal);
    }
}
