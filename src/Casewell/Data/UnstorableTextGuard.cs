using System.Data.Common;
using Casewell.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Casewell.Data;

/// <summary>
/// The safety net under the field checks (<see cref="Validation"/>): no command leaves with a NUL in a text
/// parameter, whatever the path that built it. PostgreSQL would answer "invalid byte sequence" (a 500) and
/// SQLite would store it; the host answers <see cref="UnstorableTextException"/> as a 400 instead.
/// </summary>
public sealed class UnstorableTextGuard : DbCommandInterceptor
{
    public static readonly UnstorableTextGuard Instance = new();

    private UnstorableTextGuard()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            var unstorable = parameter.Value switch
            {
                string text => TextRules.IsUnstorable(text),
                // Lists sent as one array parameter (Contains over a list of keys or hashes on PostgreSQL).
                IEnumerable<string?> texts => texts.Any(t => t is not null && TextRules.IsUnstorable(t)),
                _ => false,
            };
            if (unstorable) throw new UnstorableTextException();
        }
    }
}

/// <summary>A text with a character no database column may hold reached a command; nothing was sent.</summary>
public sealed class UnstorableTextException : Exception
{
    public UnstorableTextException()
        : base("A text holds a NUL character, which cannot be stored; nothing was sent to the database.")
    {
    }

    public UnstorableTextException(string message)
        : base(message)
    {
    }

    public UnstorableTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
