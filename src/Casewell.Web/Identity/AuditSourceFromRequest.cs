using System.Net;
using Casewell.Audit;

namespace Casewell.Web.Identity;

internal static class AuditSourceFromRequest
{
    /// <summary>
    /// A request's client address (after the trusted proxies, if any are set: Network:TrustedProxies); outside a request
    /// (the command line, background work) what the scope names itself.
    /// </summary>
    public static AuditSource Resolve(IHttpContextAccessor accessor) =>
        AuditSource.Following(() => accessor.HttpContext is not null, () => AddressOf(accessor.HttpContext));

    public static string? AddressOf(HttpContext? http) => http?.Connection.RemoteIpAddress is { } address ? Shown(address) : null;

    // A dual-stack socket gives IPv4 clients as ::ffff:a.b.c.d; the auditor knows them as a.b.c.d.
    private static string Shown(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
