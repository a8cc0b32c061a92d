using Casewell.Data.Sqlite;

namespace Casewell.Tests.Data;

public class SqliteWriteTurnsTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_writer_waits_for_the_one_before_it_on_the_same_database_and_goes_in_when_it_is_done()
    {
        var file = $"Data Source={Guid.CreateVersion7():N}.db";
        var first = await SqliteWriteTurns.EnterAsync(file, Cancellation);
        var second = SqliteWriteTurns.EnterAsync(file, Cancellation);

        await Task.Delay(50, Cancellation);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task Writers_to_different_databases_do_not_wait_for_each_other()
    {
        using var one = await SqliteWriteTurns.EnterAsync($"Data Source={Guid.CreateVersion7():N}.db", Cancellation);
        var other = SqliteWriteTurns.EnterAsync($"Data Source={Guid.CreateVersion7():N}.db", Cancellation);

        Assert.True(other.IsCompleted);
        (await other).Dispose();
    }

    [Fact]
    public async Task Passing_a_turn_on_twice_lets_only_one_writer_in()
    {
        var file = $"Data Source={Guid.CreateVersion7():N}.db";
        var first = await SqliteWriteTurns.EnterAsync(file, Cancellation);
        first.Dispose();
        first.Dispose();

        var second = await SqliteWriteTurns.EnterAsync(file, Cancellation);
        var third = SqliteWriteTurns.EnterAsync(file, Cancellation);
        await Task.Delay(50, Cancellation);
        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third).Dispose();
    }
}
