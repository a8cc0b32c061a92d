using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Casewell.Audit;

public static class AuditHash
{
    /// <summary>The hash the first entry links back to.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Fields joined with a separator that cannot occur in them unescaped; timestamps to the millisecond,
        // which both databases store exactly.
        var text = string.Join('\u001f',
            entry.PreviousHash,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            entry.ActorId.ToString("D"),
            entry.ActorName,
            entry.Action,
            entry.EntityType,
            entry.EntityId ?? "",
            entry.ClientId?.ToString("D") ?? "",
            entry.Details ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
