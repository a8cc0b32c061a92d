namespace Casewell.Common;

/// <summary>
/// What a use case answers: success, or why not, as <see cref="Message"/> codes the web words for the page and
/// the API alike (field errors to messages at the field and to RFC 7807 validation problems).
/// </summary>
public class Result
{
    protected Result(ResultKind kind, IReadOnlyDictionary<string, Message[]>? errors, Message? detail, TimeSpan? retryAfter = null)
    {
        Kind = kind;
        Errors = errors ?? new Dictionary<string, Message[]>();
        Detail = detail;
        RetryAfter = retryAfter;
    }

    public ResultKind Kind { get; }
    public IReadOnlyDictionary<string, Message[]> Errors { get; }
    public Message? Detail { get; }

    /// <summary>For <see cref="ResultKind.TooMany"/>: how long until the caller may try again.</summary>
    public TimeSpan? RetryAfter { get; }

    public bool Succeeded => Kind == ResultKind.Ok;
    public bool Failed => !Succeeded;

    public static Result Ok() => new(ResultKind.Ok, null, null);
    public static Result NotFound() => new(ResultKind.NotFound, null, null);
    public static Result Conflict(Message detail) => new(ResultKind.Conflict, null, detail);
    public static Result Refused(Message detail) => new(ResultKind.Refused, null, detail);
    public static Result Invalid(IReadOnlyDictionary<string, Message[]> errors) => new(ResultKind.Invalid, errors, null);
    public static Result TooMany(Message detail, TimeSpan retryAfter) => new(ResultKind.TooMany, null, detail, retryAfter);
    public static Result Invalid(string field, Message message) => Invalid(new Dictionary<string, Message[]> { [field] = [message] });
}

public sealed class Result<T> : Result
{
    private Result(ResultKind kind, T? value, IReadOnlyDictionary<string, Message[]>? errors, Message? detail, TimeSpan? retryAfter = null)
        : base(kind, errors, detail, retryAfter) => Value = value;

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(ResultKind.Ok, value, null, null);
    public static new Result<T> NotFound() => new(ResultKind.NotFound, default, null, null);
    public static new Result<T> Conflict(Message detail) => new(ResultKind.Conflict, default, null, detail);
    public static new Result<T> Refused(Message detail) => new(ResultKind.Refused, default, null, detail);
    public static new Result<T> Invalid(IReadOnlyDictionary<string, Message[]> errors) => new(ResultKind.Invalid, default, errors, null);
    public static new Result<T> Invalid(string field, Message message) => Invalid(new Dictionary<string, Message[]> { [field] = [message] });
    public static new Result<T> TooMany(Message detail, TimeSpan retryAfter) => new(ResultKind.TooMany, default, null, detail, retryAfter);

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
