using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>Entries written before entries had a source (encoding version 1) verify beside those written since (version 2).</summary>
public abstract class AuditEncodingVersionsTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_trail_of_version_1_and_version_2_entries_seals_and_verifies()
    {
        await AuditTrail.WriteVersion1Async(App, 2, Cancellation);
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditTrail.WriteVersion1Async(App, 1, Cancellation);
        await AuditTrail.WriteAsync(App, 1, Cancellation);

        var report = await AuditTrail.VerifyAsync(App, Cancellation);

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(2, report.Unsealed);
        var versions = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == "Test.OldRead" || e.Action == AuditTrail.TestRead.Name).Select(e => (int)e.EncodingVersion).Distinct().OrderBy(v => v).ToListAsync(Cancellation));
        Assert.Equal([1, 2], versions);
    }
}

public sealed class AuditEncodingVersionsTests_on_Sqlite(SqliteApp app) : AuditEncodingVersionsTests(app), IClassFixture<SqliteApp>;

public sealed class AuditEncodingVersionsTests_on_Postgres(PostgresApp app) : AuditEncodingVersionsTests(app), IClassFixture<PostgresApp>;

// A tampering damages its database, so it is a class of its own.
public abstract class AuditSourceAddedToVersion1Tests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_version_1_entry_given_a_source_afterwards_is_found()
    {
        await AuditTrail.WriteVersion1Async(App, 1, Cancellation);
        var sequence = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.Where(e => e.EncodingVersion == 1).MaxAsync(e => e.Sequence, Cancellation));
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"Source\" = '192.0.2.1' WHERE \"Sequence\" = {sequence}", Cancellation);

        var report = await AuditTrail.VerifyAsync(App, Cancellation);

        Assert.False(report.IsIntact);
        Assert.Equal(sequence, report.FirstBrokenSequence);
    }
}

public sealed class AuditSourceAddedToVersion1Tests_on_Sqlite(SqliteApp app) : AuditSourceAddedToVersion1Tests(app), IClassFixture<SqliteApp>;

public sealed class AuditSourceAddedToVersion1Tests_on_Postgres(PostgresApp app) : AuditSourceAddedToVersion1Tests(app), IClassFixture<PostgresApp>;
