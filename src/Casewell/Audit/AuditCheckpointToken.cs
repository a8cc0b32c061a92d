using System.Globalization;

namespace Casewell.Audit;

/// <summary>
/// A checkpoint written out for an operator to keep outside the database: <c>cw1.&lt;position&gt;.&lt;seal MAC hex&gt;.&lt;unix ms&gt;.&lt;MAC hex&gt;</c>,
/// the MAC being the checkpoint's (over the position, the seal MAC and the instant, under the audit key). Given back
/// to <c>verify-audit --checkpoint</c>, it proves the chain once reached that seal, so a cut tail cannot hide.
/// </summary>
public sealed record AuditCheckpointToken(long Position, byte[] SealMac, DateTimeOffset TakenAt, byte[] Mac)
{
    private const string Version = "cw1";

    public override string ToString() => string.Join('.', Version, Position.ToString(CultureInfo.InvariantCulture),
        Convert.ToHexStringLower(SealMac), TakenAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Convert.ToHexStringLower(Mac));

    /// <summary>A token of the right form (not yet its MAC: see <see cref="IsGenuine"/>), or null.</summary>
    public static AuditCheckpointToken? Parse(string? text)
    {
        var parts = text?.Trim().Split('.') ?? [];
        if (parts.Length != 5 || parts[0] != Version) return null;
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1) return null;
        if (!long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ms) || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()) return null;
        var sealMac = Hex(parts[2]);
        var mac = Hex(parts[4]);
        return sealMac is null || mac is null ? null : new(position, sealMac, DateTimeOffset.FromUnixTimeMilliseconds(ms), mac);
    }

    public bool IsGenuine(AuditKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Verifies(AuditEncoding.Checkpoint(Position, SealMac, TakenAt), Mac);
    }

    private static byte[]? Hex(string text)
    {
        if (text.Length != AuditEncoding.MacLength * 2 || !text.All(char.IsAsciiHexDigit)) return null;
        return Convert.FromHexString(text);
    }
}
