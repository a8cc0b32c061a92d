using System.Collections.Concurrent;

namespace Casewell.Data.Sqlite;

/// <summary>
/// One queue of writers per database file in this process, first come first served. Other processes writing
/// to the same file still meet SQLite's lock and the driver's retries; Casewell's server is the only writer
/// in normal use.
/// </summary>
internal static class SqliteWriteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Queues = new(StringComparer.Ordinal);

    public static async Task<IDisposable> EnterAsync(string connectionString, CancellationToken cancellationToken)
    {
        var queue = Queues.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await queue.WaitAsync(cancellationToken);
        return new Turn(queue);
    }

    private sealed class Turn(SemaphoreSlim queue) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) queue.Release();
        }
    }
}
