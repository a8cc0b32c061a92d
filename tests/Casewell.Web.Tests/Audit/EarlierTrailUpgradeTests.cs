using Casewell.Access;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// A database that held a trail before it was keyed and sealed (the unkeyed hash chain) upgrades on start: its entries get
/// ids of their own, and verify-audit counts them as unverifiable but sealed in place, while a MAC removed from a later
/// entry is still found.
/// </summary>
public abstract class EarlierTrailUpgradeTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly DateTimeOffset Then = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_trail_from_before_the_keyed_seal_upgrades_and_verifies_with_its_entries_counted_apart()
    {
        await WriteTheEarlierTrailAsync();

        // The first use starts Casewell, which migrates the database to the latest schema.
        var upgraded = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(upgraded.IsIntact, upgraded.Problem);
        Assert.Equal(2, upgraded.Earlier);
        var ids = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Sequence <= 2).Select(e => e.Id).ToListAsync(Cancellation));
        Assert.Equal(2, ids.Distinct().Count());
        Assert.DoesNotContain(Guid.Empty, ids);

        await AuditTrail.WriteAsync(App, 3, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var sealedTrail = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(sealedTrail.IsIntact, sealedTrail.Problem);
        Assert.Equal(2, sealedTrail.Earlier);
        Assert.Equal(sealedTrail.EntriesChecked, sealedTrail.SealsChecked);

        // Removing a later entry's MAC does not make it pass for an earlier one.
        var last = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.MaxAsync(e => e.Sequence, Cancellation));
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"""UPDATE "AuditEntries" SET "Mac" = {Array.Empty<byte>()} WHERE "Sequence" = {last}""", Cancellation);
        var tampered = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(tampered.IsIntact);
        Assert.Equal(last, tampered.FirstBrokenSequence);
    }

    /// <summary>The schema as it was before the keyed trail, and two entries of the time, written before Casewell starts.</summary>
    private async Task WriteTheEarlierTrailAsync()
    {
        await using var db = ContextBeforeTheStart();
        var migrations = db.Database.GetMigrations().ToList();
        var keyed = migrations.FindIndex(m => m.EndsWith("_AuditSealChain", StringComparison.Ordinal));
        Assert.True(keyed > 0, "the migration of the keyed trail is not found");
        await db.GetService<IMigrator>().MigrateAsync(migrations[keyed - 1], cancellationToken: Cancellation);
        // SQLite keeps a DateTimeOffset as the long its converter makes; PostgreSQL as a timestamp with time zone.
        object occurredAt = db is SqliteCasewellDbContext ? new DateTimeOffsetToBinaryConverter().ConvertToProvider(Then)! : Then;
        for (var sequence = 1L; sequence <= 2; sequence++)
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "AuditEntries" ("Sequence", "OccurredAt", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "ClientId", "Details", "Hash", "PreviousHash")
                VALUES ({0}, {1}, {2}, 'Ann Example', 'Client.Viewed', 'Client', {3}, NULL, NULL, {4}, {5})
                """, [sequence, occurredAt, Guid.CreateVersion7(), Guid.CreateVersion7().ToString(), new string('a', 64), new string('0', 64)], Cancellation);
        }
    }

    private CasewellDbContext ContextBeforeTheStart()
    {
        var key = new AuditKey(new byte[AuditKey.Length]);
        return App.Provider == "Postgres"
            ? new PostgresCasewellDbContext(new DbContextOptionsBuilder<PostgresCasewellDbContext>().UseNpgsql(App.ConnectionString).Options, CurrentStaff.System(), TimeProvider.System, key)
            : new SqliteCasewellDbContext(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite(App.ConnectionString).Options, CurrentStaff.System(), TimeProvider.System, key);
    }
}

public sealed class EarlierTrailUpgradeTests_on_Sqlite(SqliteApp app) : EarlierTrailUpgradeTests(app), IClassFixture<SqliteApp>;

public sealed class EarlierTrailUpgradeTests_on_Postgres(PostgresApp app) : EarlierTrailUpgradeTests(app), IClassFixture<PostgresApp>;
