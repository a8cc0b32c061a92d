using Casewell.Data;
using Casewell.Security;

namespace Casewell.Tests.Security;

public class FieldProtectionKeyTests
{
    private static readonly byte[] KnownKey = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    // HKDF-SHA256 (no salt, info "casewell key id v1") then HMAC-SHA256 of "casewell field encryption key", first 16 bytes; checked with Python's hmac.
    private const string KnownKeyId = "5c0cc3cefddab3e4ffa70a5e492f30b0";

    [Fact]
    public void The_key_id_is_the_same_for_the_same_key_and_differs_between_keys()
    {
        Assert.Equal(new FieldProtection(KnownKey).KeyId, new FieldProtection([.. KnownKey]).KeyId);
        Assert.NotEqual(new FieldProtection(KnownKey).KeyId, new FieldProtection(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).KeyId);
    }

    [Fact]
    public void The_key_id_never_changes_for_a_key_so_databases_written_earlier_still_recognise_it() =>
        Assert.Equal(KnownKeyId, new FieldProtection(KnownKey).KeyId);

    [Fact]
    public void The_key_id_is_32_hex_digits_and_reveals_neither_the_key_nor_its_lookup_hashes()
    {
        var protection = new FieldProtection(KnownKey);
        Assert.Matches("^[0-9a-f]{32}$", protection.KeyId);
        Assert.DoesNotContain(Convert.ToHexStringLower(KnownKey)[..8], protection.KeyId, StringComparison.Ordinal);
        Assert.DoesNotContain(protection.KeyId, protection.LookupHash("", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_configured_key_the_SQLite_key_file_is_beside_the_database()
    {
        var database = Path.Combine(Path.GetTempPath(), "somewhere", "casewell.db");
        Assert.Equal(Path.Combine(Path.GetTempPath(), "somewhere", FieldProtectionKey.KeyFileName),
            FieldProtectionKey.DefaultFile(DatabaseProvider.Sqlite, $"Data Source={database};Cache=Shared"));
    }

    [Fact]
    public void A_relative_SQLite_database_keeps_its_key_where_SQLite_opens_the_file() =>
        Assert.Equal(Path.Combine(Path.GetFullPath("data"), FieldProtectionKey.KeyFileName),
            FieldProtectionKey.DefaultFile(DatabaseProvider.Sqlite, null));

    [Fact]
    public void On_PostgreSQL_the_key_must_be_configured()
    {
        var refusal = Assert.Throws<FieldKeyException>(() => FieldProtectionKey.DefaultFile(DatabaseProvider.Postgres, "Host=db;Database=casewell"));
        Assert.Contains("Security:FieldEncryptionKey", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_in_memory_SQLite_database_needs_a_configured_key() =>
        Assert.Throws<FieldKeyException>(() => FieldProtectionKey.DefaultFile(DatabaseProvider.Sqlite, "Data Source=:memory:"));
}
