using Casewell.Web.Tests.Hosting;

namespace Casewell.Web.Tests.Audit;

/// <summary>The <c>audit-retention</c> command as an operator runs it: its own process, its exit codes and what it prints.</summary>
public sealed class AuditRetentionCommandTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private async Task<CasewellProcess.Outcome> RunAsync(params string[] arguments)
    {
        var folder = Directory.CreateTempSubdirectory("casewell-retention-").FullName;
        var outcome = await CasewellProcess.RunAsync(folder, CasewellProcess.Settings(App.Provider, App.ConnectionString!, CasewellApp.FieldEncryptionKey),
            arguments, Patience, Cancellation);
        Directory.Delete(folder, recursive: true);
        return outcome;
    }

    [Fact]
    public async Task The_command_says_what_would_go_drops_it_when_confirmed_and_verify_audit_reports_it()
    {
        await AuditRetention.WriteInMonthAsync(App, 2022, 6, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);

        string[][] malformed = [["audit-retention"], ["audit-retention", "--before", "2022-13"], ["audit-retention", "--before", "2022-07", "--force"]];
        foreach (var bad in malformed)
        {
            var refused = await RunAsync(bad);
            Assert.True(refused.ExitCode == 2, $"{string.Join(' ', bad)}: {refused.ExitCode} {refused.Error}");
            Assert.Contains("usage: audit-retention --before YYYY-MM [--confirm]", refused.Error, StringComparison.Ordinal);
        }

        var plan = await RunAsync("audit-retention", "--before", "2022-07");
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.Contains("Would drop 1 months (2022-06): 2 entries", plan.Output, StringComparison.Ordinal);
        Assert.True(await AuditRetention.ExistsAsync(App, "AuditEntries_2022_06", Cancellation));

        var dropped = await RunAsync("audit-retention", "--before", "2022-07", "--confirm");
        Assert.True(dropped.ExitCode == 0, dropped.Error);
        Assert.Contains("Dropped 1 months (2022-06): 2 entries. Retention record 1", dropped.Output, StringComparison.Ordinal);
        Assert.False(await AuditRetention.ExistsAsync(App, "AuditEntries_2022_06", Cancellation));

        await AuditTrail.SealAllAsync(App, Cancellation);
        var verified = await RunAsync("verify-audit");
        Assert.True(verified.ExitCode == 0, verified.Error);
        Assert.Contains("The audit trail is intact", verified.Output, StringComparison.Ordinal);
        Assert.Contains("1 months dropped (up to sequence", verified.Output, StringComparison.Ordinal);
        Assert.Contains("the trail holds 2022-07 on", verified.Output, StringComparison.Ordinal);
    }
}

public sealed class AuditRetentionCommandTests_on_Sqlite(SqliteApp app) : IntegrationTest(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task On_SQLite_the_command_says_it_is_for_PostgreSQL_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("casewell-retention-").FullName;
        var outcome = await CasewellProcess.RunAsync(folder, CasewellProcess.Settings(App.Provider, App.ConnectionString!, CasewellApp.FieldEncryptionKey),
            ["audit-retention", "--before", "2022-07", "--confirm"], TimeSpan.FromMinutes(2), Cancellation);
        Directory.Delete(folder, recursive: true);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("only PostgreSQL", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
    }
}
