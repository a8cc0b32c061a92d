using System.Security.Cryptography;
using Casewell.Data;
using Casewell.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Hosting;

/// <summary>A database remembers its field encryption key, and Casewell refuses to start with another.</summary>
public abstract class FieldKeyTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Theory]
    [InlineData("migrate")]
    [InlineData("verify-audit")]
    [InlineData(null)]
    public async Task A_start_with_another_key_on_the_same_database_is_refused_naming_the_key_expected(string? command)
    {
        var expected = App.Services.GetRequiredService<FieldProtection>().KeyId;
        var otherKey = RandomNumberGenerator.GetBytes(32);
        var other = new FieldProtection(otherKey).KeyId;
        var folder = Directory.CreateTempSubdirectory("casewell-key-").FullName;

        var outcome = await CasewellProcess.RunAsync(folder,
            CasewellProcess.Settings(App.Provider, App.ConnectionString!, Convert.ToBase64String(otherKey)),
            command is null ? [] : [command], Patience, Cancellation);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"key whose id is {expected}", outcome.Error, StringComparison.Ordinal);
        Assert.Contains($"has key id {other}", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(otherKey), outcome.Error + outcome.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_start_with_the_same_key_is_not_refused()
    {
        var folder = Directory.CreateTempSubdirectory("casewell-key-").FullName;
        var outcome = await CasewellProcess.RunAsync(folder,
            CasewellProcess.Settings(App.Provider, App.ConnectionString!, CasewellApp.FieldEncryptionKey), ["migrate"], Patience, Cancellation);

        Assert.True(outcome.ExitCode == 0, outcome.Error);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_database_keeps_the_key_id_never_the_key()
    {
        var keyId = App.Services.GetRequiredService<FieldProtection>().KeyId;
        var stored = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().FieldKeyChecks.AsNoTracking().SingleAsync(Cancellation));

        Assert.Equal(keyId, stored.KeyId);
        Assert.DoesNotContain(CasewellApp.FieldEncryptionKey, stored.KeyId, StringComparison.Ordinal);
    }
}

public sealed class FieldKeyTests_on_Sqlite(SqliteApp app) : FieldKeyTests(app), IClassFixture<SqliteApp>;

public sealed class FieldKeyTests_on_Postgres(PostgresApp app) : FieldKeyTests(app), IClassFixture<PostgresApp>;
