using Casewell.Audit;
using Casewell.Security;

namespace Casewell.Web.Hosting;

/// <summary>
/// Settings <c>Audit:*</c>: the key of the trail's MACs and how the sealer works. The key is base64 of 32 bytes from a
/// secret store; unset, it is derived from the field encryption key, which lives outside the database too.
/// </summary>
internal sealed class AuditSettings
{
    public const string Section = "Audit";

    /// <summary>A seal a minute at the least, or the unsealed tail (which only its MACs protect) grows long.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromMinutes(1);

    public string? Key { get; set; }

    public int SealBatchSize { get; set; } = 1000;

    public long SealLookback { get; set; } = 100_000;

    public TimeSpan SealInterval { get; set; } = TimeSpan.FromSeconds(2);

    public string? Problem()
    {
        if (Key is not null && Decoded(Key) is null) return "Audit:Key must be base64 of 32 random bytes (e.g. from `openssl rand -base64 32`).";
        if (SealBatchSize is < 1 or > 100_000) return $"Audit:SealBatchSize must be a whole number from 1 to 100000; it is {SealBatchSize}.";
        if (SealLookback < 0) return $"Audit:SealLookback must be a whole number of at least 0; it is {SealLookback}.";
        return SealInterval > TimeSpan.Zero && SealInterval <= MaxInterval
            ? null
            : $"Audit:SealInterval must be a time span (hh:mm:ss) more than 0 and at most {MaxInterval}; it is {SealInterval}.";
    }

    /// <summary>The configured key, or the one derived from the field encryption key.</summary>
    public AuditKey KeyOr(FieldProtection fields) => Key is not null && Decoded(Key) is { } key ? new AuditKey(key) : fields.DerivedAuditKey;

    public SealAuditTrail Batch() => new(SealBatchSize, SealLookback);

    private static byte[]? Decoded(string text)
    {
        var bytes = new byte[AuditKey.Length + 1];
        return Convert.TryFromBase64String(text.Trim(), bytes, out var written) && written == AuditKey.Length ? bytes[..written] : null;
    }
}
