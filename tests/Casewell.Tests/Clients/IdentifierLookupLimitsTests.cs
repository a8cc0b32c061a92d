using Casewell.Clients;

namespace Casewell.Tests.Clients;

public sealed class IdentifierLookupLimitsTests
{
    [Fact]
    public void The_default_allows_thirty_lookups_an_hour()
    {
        var limits = new IdentifierLookupLimits();

        Assert.Null(limits.Problem());
        Assert.Equal(30, limits.PerHour);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void A_limit_that_does_not_limit_or_forbids_every_lookup_is_refused_at_start(int perHour)
    {
        var problem = new IdentifierLookupLimits { PerHour = perHour }.Problem();

        Assert.Equal($"Security:IdentifierLookups:PerHour must be a whole number from 1 to 1000; it is {perHour}.", problem);
    }
}
