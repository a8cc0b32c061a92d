using Casewell.Data;
using Npgsql;

namespace Casewell.Tests.Data;

/// <summary>PostgreSQL prepares repeated statements unless the operator's connection string decides otherwise.</summary>
public sealed class PostgresConnectionStringTests
{
    [Fact]
    public void Statements_are_prepared_when_the_connection_string_does_not_say()
    {
        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionStringFor("Host=db;Database=casewell;Username=app;Password=secret"));

        Assert.Equal(200, built.MaxAutoPrepare);
        Assert.Equal(2, built.AutoPrepareMinUsages);
        Assert.Equal("secret", built.Password);
        Assert.Equal("db", built.Host);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=0", 0)]
    [InlineData("Host=db;max auto prepare=20", 20)]
    public void The_operators_choice_is_kept(string configured, int expected)
    {
        var built = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.PostgresConnectionStringFor(configured));

        Assert.Equal(expected, built.MaxAutoPrepare);
    }
}
