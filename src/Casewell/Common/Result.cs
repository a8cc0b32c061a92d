namespace Casewell.Common;

/// <summary>
/// What a use case answers: success, or why not, in terms the page and the API both translate
/// (field errors to messages at the field and to RFC 7807 validation problems).
/// </summary>
public class Result
{
    protected Result(ResultKind kind, IReadOnlyDictionary<string, string[]>? errors, string? detail, TimeSpan? retryAfter = null)
    {
        Kind = kind;
        Errors = errors ?? new Dictionary<string, string[]>();
        Detail = detail;
        RetryAfter = retryAfter;
    }

    public ResultKind Kind { get; }
    public IReadOnlyDictionary<string, string[]> Errors { get; }
    public string? Detail { get; }

    /// <summary>For <see cref="ResultKind.TooMany"/>: how long until the caller may try again.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool Succeeded => Kind == ResultKind.Ok;
    public bool Failed => !Succeeded;

    public static Result Ok() => new(ResultKind.Ok, null, null);
    public static Result NotFound() => new(ResultKind.NotFound, null, null);
    public static Result Conflict(string detail) => new(ResultKind.Conflict, null, detail);
    public static Result Refused(string detail) => new(ResultKind.Refused, null, detail);
    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultKind.Invalid, errors, null);
    public static Result TooMany(string detail, TimeSpan retryAfter) => new(ResultKind.TooMany, null, detail, retryAfter);
    public static Result Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}

public sealed class Result<T> : Result
{
    private Result(ResultKind kind, T? value, IReadOnlyDictionary<string, string[]>? errors, string? detail, TimeSpan? retryAfter = null)
        : base(kind, errors, detail, retryAfter) => Value = value;

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(ResultKind.Ok, value, null, null);
    public static new Result<T> NotFound() => new(ResultKind.NotFound, default, null, null);
    public static new Result<T> Conflict(string detail) => new(ResultKind.Conflict, default, null, detail);
    public static new Result<T> Refused(string detail) => new(ResultKind.Refused, default, null, detail);
    public static new Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultKind.Invalid, default, errors, null);
    public static new Result<T> Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
    public static new Result<T> TooMany(string detail, TimeSpan retryAfter) => new(ResultKind.TooMany, default, null, detail, retryAfter);

    public static Result<T> From(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new(failure.Kind, default, failure.Errors, failure.Detail, failure.RetryAfter);
    }
}

public enum ResultKind
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
    Refused,

    /// <summary>A limit on how often something may be done was reached; try again after <see cref="Result.RetryAfter"/>.</summary>
    TooMany,
}
