namespace Casewell.Idempotency;

/// <summary>
/// The first answer to a create sent with an <c>Idempotency-Key</c>, kept so that a retry of the same request
/// (its answer lost to a crash or a dropped connection) is answered the same instead of creating again.
/// Written in the transaction of the create itself: a create never commits without it (decision record 0012).
/// </summary>
public sealed class IdempotencyRecord
{
    /// <summary>The IETF draft sets no limit; 255 holds any UUID or ULID a client makes, with room to spare.</summary>
    public const int MaxKeyLength = 255;
    public const int MaxEndpointLength = 600;

    /// <summary>How long a key answers for itself; a client retries within minutes, not days.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public IdempotencyRecord(Guid staffId, string key, string endpoint, string requestHash, DateTimeOffset createdAt)
    {
        StaffId = staffId;
        Key = key;
        Endpoint = endpoint;
        RequestHash = requestHash;
        CreatedAt = createdAt;
    }

    /// <summary>Keys are the client's own: two staff members' equal keys are unrelated.</summary>
    public Guid StaffId { get; private set; }
    public string Key { get; private set; }

    /// <summary>Method and path, e.g. <c>POST /api/v1/cases/{id}/tasks</c>: a key names one request, not one per endpoint.</summary>
    public string Endpoint { get; private set; }

    /// <summary>SHA-256 of the endpoint and the request as bound, in hex: the same key with another body is refused.</summary>
    public string RequestHash { get; private set; }

    /// <summary>Null while the first request is still running (only that request's own transaction sees it so).</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The headers a client reads from a create's answer (Location, ETag, Content-Type), as a JSON object.</summary>
    public string? ResponseHeaders { get; private set; }
    public string? ResponseBody { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
