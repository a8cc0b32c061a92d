using System.Security.Cryptography;
using Casewell.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Casewell.Security;

/// <summary>
/// Where the field encryption key comes from: <c>Security:FieldEncryptionKey</c> (base64 of 32 bytes), or, when
/// that is unset, a key file (<c>Security:FieldEncryptionKeyFile</c>), by default <c>field-encryption.key</c> in the
/// folder of the SQLite database, generated on first use so that a fresh clone starts with no set-up. The default
/// follows the database, not the working directory: started from elsewhere against the same database file, Casewell
/// must find the same key (decision record 0011). PostgreSQL has no file beside the database, so there the key must
/// be configured. Production sets the key from a secret store; losing it makes stored identifiers unreadable.
/// </summary>
public static class FieldProtectionKey
{
    public const string KeyFileName = "field-encryption.key";

    public static FieldProtection Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configuredKey = configuration["Security:FieldEncryptionKey"];
        if (!string.IsNullOrWhiteSpace(configuredKey))
            return new FieldProtection(Decode(configuredKey, "Security:FieldEncryptionKey")) { KeySource = "Security:FieldEncryptionKey" };

        var keyFile = configuration["Security:FieldEncryptionKeyFile"];
        var path = string.IsNullOrWhiteSpace(keyFile)
            ? DefaultFile(DataServiceCollectionExtensions.ProviderOf(configuration), configuration.GetConnectionString("Casewell"))
            : Path.GetFullPath(keyFile);
        return new FieldProtection(ReadOrCreate(path)) { KeySource = $"the key file {path}" };
    }

    /// <summary>The key file used when none is configured: beside the SQLite database file, wherever Casewell is started from.</summary>
    public static string DefaultFile(DatabaseProvider provider, string? connectionString)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            throw new FieldKeyException(
                "On PostgreSQL the field encryption key must be configured: set Security:FieldEncryptionKey (base64 of 32 random bytes, " +
                "e.g. from `openssl rand -base64 32`) from a secret store, or Security:FieldEncryptionKeyFile to a file that holds it.");
        }
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? DataServiceCollectionExtensions.DefaultSqliteConnectionString : connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:")
            throw new FieldKeyException("An in-memory SQLite database has no folder to keep the field encryption key in: set Security:FieldEncryptionKey.");
        // SQLite opens a relative Data Source from the working directory; the key is resolved the same way, so
        // the two stay together.
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!, KeyFileName);
    }

    private static byte[] ReadOrCreate(string path)
    {
        if (File.Exists(path)) return Decode(File.ReadAllText(path), $"The key file {path}");

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    private static byte[] Decode(string text, string source)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            if (key.Length == 32) return key;
        }
        catch (FormatException e)
        {
            throw new FieldKeyException($"{source} must hold base64 of 32 random bytes.", e);
        }
        throw new FieldKeyException($"{source} must hold base64 of 32 random bytes.");
    }
}
