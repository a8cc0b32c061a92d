using Casewell.Clients;

namespace Casewell.Tests.Clients;

public sealed class IdentifierLookupLimitsTests
{
    [Fact]
    public void The_default_allows_thirty_lookups_an_hour()
    {
        Assert.Equal(30, new IdentifierLookupLimits().Validated().PerHour);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public void A_limit_that_does_not_limit_or_forbids_every_lookup_is_refused_at_start(int perHour)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new IdentifierLookupLimits { PerHour = perHour }.Validated());

        Assert.Contains(IdentifierLookupLimits.Section, error.Message, StringComparison.Ordinal);
    }
}
