using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Casewell.Web.Hosting;

/// <summary>
/// Setting <c>Network:TrustedProxies</c>: the addresses (or networks, "10.0.0.0/8") of the reverse proxies in front of
/// Casewell. Only a request that arrives from one of them has its X-Forwarded-For read, so that the audit trail and the
/// sign-in limit see the client's address rather than the proxy's. Unset, the header is ignored: anyone can send it,
/// and trusting it by default would let a caller write any address they like into the audit trail.
/// </summary>
internal sealed class TrustedProxySettings
{
    public const string Section = "Network";

    public IList<string> TrustedProxies { get; } = [];

    public bool Any => TrustedProxies.Count > 0;

    public string? Problem()
    {
        var wrong = TrustedProxies.FirstOrDefault(p => !IPAddress.TryParse(p, out _) && !System.Net.IPNetwork.TryParse(p, out _));
        return wrong is null
            ? null
            : $"Network:TrustedProxies must list IP addresses or networks (such as 10.0.0.0/8); '{wrong}' is neither.";
    }

    /// <summary>
    /// Reads X-Forwarded-For from the right, one hop per trusted proxy, and stops at the first address that is not one:
    /// that is the client. Only the address: the scheme and host stay those of the connection.
    /// </summary>
    public void Configure(ForwardedHeadersOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
        options.ForwardLimit = null;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in TrustedProxies)
        {
            if (IPAddress.TryParse(proxy, out var address)) options.KnownProxies.Add(address);
            else options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
        }
    }
}
