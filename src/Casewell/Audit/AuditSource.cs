namespace Casewell.Audit;

/// <summary>
/// Where the actions of this scope come from, for the "from where" of every audit entry: the client address of an HTTP
/// request, "command line" for the operator's commands, the name of a background service for its work. The host fills
/// it (the core knows nothing of HTTP); like <see cref="Access.CurrentStaff"/> it asks its source at each read, because a
/// request's scope can exist before the request has been read.
/// </summary>
public sealed class AuditSource
{
    /// <summary>Room for an IPv6 address with its zone, a service's name; longer is cut, never refused.</summary>
    public const int MaxLength = 100;

    public const string CommandLine = "command line";
    public const string Background = "background";

    private readonly Func<bool> isRequest;
    private readonly Func<string?> requestAddress;
    private string work = Background;

    private AuditSource(Func<bool> isRequest, Func<string?> requestAddress)
    {
        this.isRequest = isRequest;
        this.requestAddress = requestAddress;
    }

    /// <summary>Null for a request whose address is unknown (the in-memory test server, a Unix socket).</summary>
    public string? Current => isRequest() ? Fit(requestAddress()) : work;

    /// <summary>Work that is not a request, where no host says otherwise.</summary>
    public static AuditSource OutsideRequests() => new(() => false, () => null);

    /// <summary>Follows the host: whether this scope is serving a request now, and that request's client address.</summary>
    public static AuditSource Following(Func<bool> isRequest, Func<string?> requestAddress)
    {
        ArgumentNullException.ThrowIfNull(isRequest);
        ArgumentNullException.ThrowIfNull(requestAddress);
        return new(isRequest, requestAddress);
    }

    /// <summary>
    /// Names the work of this scope when it is not a request (a command, a background service): its entries say so from
    /// then on. A request's entries keep their address whatever a handler names, so no code can pass a request off as
    /// something else.
    /// </summary>
    public void NameWork(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        work = Fit(name)!;
    }

    private static string? Fit(string? value) => value is { Length: > MaxLength } ? value[..MaxLength] : value;
}
