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
    /// <summary>A rule of the record refuses the change (a closed case takes no task): 422, whoever asks.</summary>
    public static Result Refused(Message detail) => new(ResultKind.Refused, null, detail);

    /// <summary>The actor may not do this (their role or their relationship to the record): 403.</summary>
    public static Result Forbidden(Message detail) => new(ResultKind.Forbidden, null, detail);
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
    public static new Result<T> Forbidden(Message detail) => new(ResultKind.Forbidden, default, null, detail);
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

    /// <summary>
    /// A rule refuses the change whoever asks (a closed case cannot take a task; a closure with open tasks): 422.
    /// Not for permissions: those are <see cref="Forbidden"/> (decision record 0019).
    /// </summary>
    Refused,

    /// <summary>A limit on how often something may be done was reached; try again after <see cref="Result.RetryAfter"/>.</summary>
    TooMany,

    /// <summary>
    /// The actor may not do this: their role lacks the ability, or their relationship to a record they may read does
    /// not let them change it. 403. Where the record's existence must not leak, the answer is <see cref="NotFound"/>.
    /// </summary>
    Forbidden,
}
