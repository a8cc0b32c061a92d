using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// Counts the database commands one request makes, through EF Core's diagnostic events. This stands in for timing:
/// a hidden record that cost one query more than a missing one could be told apart by a patient stopwatch, and
/// counting commands is deterministic where timing on a shared machine is noise. The commands belong to whoever opened
/// the <see cref="Scope"/>: an async-local value, which reaches the request's handlers because the test server is told
/// to carry the caller's execution context (<see cref="LeakScene"/>); the background sealer and other test classes run
/// outside it and are not counted. One subscription serves the whole test run, so that two classes counting at once
/// (one per database) do not count each command twice.
/// </summary>
public sealed class DatabaseCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<List<string>?> Current = new();
    private static readonly Lazy<IDisposable> Subscription = new(() => DiagnosticListener.AllListeners.Subscribe(new DatabaseCommands()));
    private readonly List<IDisposable> listeners = [];

    private DatabaseCommands()
    {
    }

    /// <summary>Collects the text of every command run until the scope is disposed, in order.</summary>
    public static IDisposable Scope(out List<string> commands)
    {
        _ = Subscription.Value;
        commands = [];
        var previous = Current.Value;
        Current.Value = commands;
        return new Restore(previous);
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name != DbLoggerCategory.Name) return;
        lock (listeners) listeners.Add(value.Subscribe(this, name => name == RelationalEventId.CommandExecuting.Name));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (Current.Value is not { } commands || value.Value is not CommandEventData data) return;
        lock (commands) commands.Add(data.Command.CommandText);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private sealed class Restore(List<string>? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
