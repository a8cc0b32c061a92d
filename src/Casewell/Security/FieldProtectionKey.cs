namespace Casewell.Security;

/// <summary>
/// Where the field encryption key comes from: <c>Security:FieldEncryptionKey</c> (base64 of 32 bytes), or, when
/// that is unset, a key file generated on first use (<c>Security:FieldEncryptionKeyFile</c>, by default
/// <c>data/field-encryption.key</c> beside the SQLite database) so that a fresh clone starts with no set-up.
/// Production sets the key from a secret store; losing it makes stored identifiers unreadable.
/// </summary>
public static class FieldProtectionKey
{
    public const string DefaultKeyFile = "data/field-encryption.key";

    public static byte[] Load(string? configuredKey, string? keyFile)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            try
            {
                return Convert.FromBase64String(configuredKey.Trim());
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException("Security:FieldEncryptionKey must be base64 of 32 random bytes.", e);
            }
        }

        var path = Path.GetFullPath(string.IsNullOrWhiteSpace(keyFile) ? DefaultKeyFile : keyFile);
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
