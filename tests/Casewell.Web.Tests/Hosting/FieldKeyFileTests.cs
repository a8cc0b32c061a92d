using Casewell.Security;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Casewell.Web.Tests.Hosting;

/// <summary>
/// On SQLite with no key configured, the generated key lives beside the database file, so Casewell started from
/// any working directory against that file finds the same key. SQLite only: PostgreSQL has no such file.
/// </summary>
public sealed class FieldKeyFileTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly byte[] KnownKey = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("casewell-keyfile-");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Started_from_another_working_directory_Casewell_finds_the_same_key_beside_the_database()
    {
        var database = Path.Combine(root.FullName, "db", "casewell.db");
        var first = root.CreateSubdirectory("first").FullName;
        var second = root.CreateSubdirectory("second").FullName;
        var settings = CasewellProcess.Settings("Sqlite", $"Data Source={database}", "");

        var once = await CasewellProcess.RunAsync(first, settings, ["migrate"], Patience, Cancellation);
        Assert.True(once.ExitCode == 0, once.Error);
        var keyFile = Path.Combine(root.FullName, "db", FieldProtectionKey.KeyFileName);
        Assert.True(File.Exists(keyFile), "the key was not written beside the database");
        var key = await File.ReadAllTextAsync(keyFile, Cancellation);

        var again = await CasewellProcess.RunAsync(second, settings, ["migrate"], Patience, Cancellation);

        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal(key, await File.ReadAllTextAsync(keyFile, Cancellation));
        Assert.False(Directory.Exists(Path.Combine(first, "data")), "a key was written under the first working directory");
        Assert.False(Directory.Exists(Path.Combine(second, "data")), "a key was written under the second working directory");
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAECAwQFBgcICQoLDA0ODw==")]
    public void A_configured_key_that_is_not_32_bytes_of_base64_is_refused_with_a_message(string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:FieldEncryptionKey"] = key }).Build();
        var refusal = Assert.Throws<FieldKeyException>(() => FieldProtectionKey.Load(configuration));
        Assert.Contains("32 random bytes", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_key_is_used_as_given()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Security:FieldEncryptionKey"] = Convert.ToBase64String(KnownKey) }).Build();
        Assert.Equal(new FieldProtection(KnownKey).KeyId, FieldProtectionKey.Load(configuration).KeyId);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        root.Delete(recursive: true);
    }
}
