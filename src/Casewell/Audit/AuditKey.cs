using System.Security.Cryptography;

namespace Casewell.Audit;

/// <summary>
/// The key of the audit trail's MACs. It lives outside the database (setting <c>Audit:Key</c>, or derived from the
/// field encryption key), so that someone who can write to the database cannot recompute an entry's MAC or the
/// seal chain after changing it. The key itself never leaves this class.
/// </summary>
public sealed class AuditKey
{
    public const int Length = 32;

    /// <summary>The HKDF label of the key derived from the field encryption key when <c>Audit:Key</c> is unset.</summary>
    public const string DerivationLabel = "casewell audit seal v1";

    private readonly byte[] key;

    public AuditKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != Length) throw new ArgumentException($"The audit key must be {Length} bytes.", nameof(key));
        this.key = [.. key];
    }

    /// <summary>The key derived from the field encryption key (its 32 bytes), for an agency that sets no key of its own.</summary>
    public static AuditKey DerivedFrom(byte[] fieldEncryptionKey) =>
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, fieldEncryptionKey, Length, info: System.Text.Encoding.ASCII.GetBytes(DerivationLabel)));

    public byte[] Mac(byte[] encoded) => HMACSHA256.HashData(key, encoded);

    /// <summary>Whether <paramref name="mac"/> is the MAC of <paramref name="encoded"/>, in constant time.</summary>
    public bool Verifies(byte[] encoded, ReadOnlySpan<byte> mac) => CryptographicOperations.FixedTimeEquals(Mac(encoded), mac);
}
