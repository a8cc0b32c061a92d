using System.Security.Cryptography;
using System.Text;

namespace Casewell.Security;

/// <summary>
/// Encrypts the most sensitive fields (SSN, Medicaid numbers) with AES-256-GCM under a key that lives outside
/// the database, so a copy of the database alone does not reveal them. Also derives a keyed lookup hash
/// (HMAC-SHA256 under a separate subkey) so an identifier can be matched exactly without decrypting rows.
/// Ciphertext format: "v1:" + base64(nonce | tag | ciphertext).
/// </summary>
public sealed class FieldProtection
{
    private const string Prefix = "v1:";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeyIdBytes = 16;

    private readonly byte[] encryptionKey;
    private readonly byte[] lookupKey;
    private readonly byte[] auditKey;

    public FieldProtection(byte[] masterKey)
    {
        ArgumentNullException.ThrowIfNull(masterKey);
        if (masterKey.Length != 32) throw new ArgumentException("The field encryption key must be 32 bytes (base64 of 32 random bytes).", nameof(masterKey));
        encryptionKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("casewell field encryption v1"));
        lookupKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("casewell lookup hash v1"));
        auditKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("casewell audit identifier v1"));
        // A subkey of its own, so the id says nothing about the keys that encrypt and hash.
        var idKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, masterKey, 32, info: Encoding.ASCII.GetBytes("casewell key id v1"));
        DerivedAuditKey = Casewell.Audit.AuditKey.DerivedFrom(masterKey);
        KeyId = Convert.ToHexStringLower(HMACSHA256.HashData(idKey, Encoding.ASCII.GetBytes("casewell field encryption key")).AsSpan(0, KeyIdBytes));
    }

    /// <summary>
    /// Names the key without revealing it: the database keeps it to recognise the key its identifiers were written
    /// with, and an operator compares it to find the right key among backups.
    /// </summary>
    public string KeyId { get; }

    /// <summary>The audit trail's key where <c>Audit:Key</c> is unset: derived from this one, and as secret.</summary>
    public Casewell.Audit.AuditKey DerivedAuditKey { get; }

    /// <summary>Where the key came from, for messages to the operator.</summary>
    public string KeySource { get; init; } = "the configured key";

    public string Encrypt(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var buffer = new byte[NonceSize + TagSize + plain.Length];
        var nonce = buffer.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize));
        return Prefix + Convert.ToBase64String(buffer);
    }

    public string Decrypt(string ciphertext)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (!ciphertext.StartsWith(Prefix, StringComparison.Ordinal)) throw new CryptographicException("Unknown field ciphertext format.");
        var buffer = Convert.FromBase64String(ciphertext[Prefix.Length..]);
        var plain = new byte[buffer.Length - NonceSize - TagSize];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(buffer.AsSpan(0, NonceSize), buffer.AsSpan(NonceSize + TagSize), buffer.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The same for equal identifiers of the same kind; meaningless without the key.</summary>
    public string LookupHash(string kind, string normalizedValue) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(lookupKey, Encoding.UTF8.GetBytes($"{kind}:{normalizedValue}")));

    /// <summary>
    /// What the audit trail keeps of a searched identifier: equal searches give equal values, so an investigator can
    /// see the same number tried twice or by two people, but without the key the value says nothing. A subkey of its
    /// own, so a reader of the trail cannot join it to the stored lookup hashes.
    /// </summary>
    public string AuditHash(string kind, string normalizedValue) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(auditKey, Encoding.UTF8.GetBytes($"{kind}:{normalizedValue}")).AsSpan(0, 16));
}
