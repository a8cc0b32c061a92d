using System.Security.Cryptography;
using Casewell.Access;
using Casewell.Audit;
using Casewell.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// The migration that partitions the trail, on a database that held entries before it: a database of its own, taken
/// to the migration before, given entries (version 1, some sealed) as Casewell wrote them then, and migrated forward,
/// back and forward again. PostgreSQL only: it is the PostgreSQL migration that is hand-written.
/// </summary>
public sealed class AuditPartitionMigrationTests : IAsyncLifetime
{
    private const string MigrationBefore = "20261202183721_AuditEntryIdUnique";

    private readonly string? server = TestEnvironment.Postgres;
    private readonly string database = $"casewell_test_{Guid.CreateVersion7():N}";
    private readonly AuditKey key = new(RandomNumberGenerator.GetBytes(AuditKey.Length));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        if (server is null) return;
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (server is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Entries_written_before_the_migration_verify_after_it_and_after_going_back_and_forward_again()
    {
        if (server is null) TestEnvironment.Unavailable($"PostgreSQL tests need {TestEnvironment.PostgresVariable}.");
        await using (var before = Context())
        {
            await before.GetService<IMigrator>().MigrateAsync(MigrationBefore, Cancellation);
            var january = await InsertVersion1Async(before, new DateTimeOffset(2026, 1, 15, 9, 30, 0, 123, TimeSpan.Zero), []);
            await InsertSealAsync(before, 1, january, AuditEncoding.GenesisMac.ToArray());
            await InsertVersion1Async(before, new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), [Guid.CreateVersion7(), Guid.CreateVersion7()]);
        }

        await using (var migrated = Context())
        {
            await migrated.Database.MigrateAsync(Cancellation);
            await migrated.GetService<IMigrator>().MigrateAsync(MigrationBefore, Cancellation);
            Assert.Equal(2, await CountAsync(migrated, "SELECT count(*)::int AS \"Value\" FROM \"AuditEntries\""));
            await migrated.Database.MigrateAsync(Cancellation);
        }

        await using var db = Context();
        Assert.Equal(["AuditEntries_2026_01", "AuditEntries_2026_11"],
            await db.Database.SqlQueryRaw<string>("SELECT tableoid::regclass::text AS \"Value\" FROM \"AuditEntries\" ORDER BY \"Sequence\"").Select(p => p.Trim('"')).ToListAsync(Cancellation));
        Assert.Equal(2, await CountAsync(db, "SELECT count(*)::int AS \"Value\" FROM \"AuditEntryClients_2026_11\""));
        Assert.Equal([1, 1], await db.AuditEntries.OrderBy(e => e.Sequence).Select(e => (int)e.EncodingVersion).ToListAsync(Cancellation));
        var highest = await db.AuditEntries.MaxAsync(e => e.Sequence, Cancellation);

        await new EnsureAuditPartitionsHandler(db).Handle(new EnsureAuditPartitions(), Cancellation);
        db.RecordAccess(AuditTrail.TestRead, "Test", null, null, "after the migration");
        await db.SaveChangesAsync(Cancellation);
        while ((await new SealAuditTrailHandler(db).Handle(new SealAuditTrail(100, 100_000), Cancellation)).Sealed > 0) { }
        var report = await new VerifyAuditChainHandler(db).Handle(new VerifyAuditChain(), Cancellation);

        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(3, report.SealsChecked);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Sequence > highest && e.EncodingVersion == AuditEncoding.CurrentEntryVersion, Cancellation),
            "the identity did not go on after the entries that were there");
    }

    private PostgresCasewellDbContext Context() =>
        new(new DbContextOptionsBuilder<PostgresCasewellDbContext>().UseNpgsql(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString).Options,
            CurrentStaff.System(), TimeProvider.System, key);

    /// <summary>An entry as the schema before the migration holds it (no source, version 1 of the encoding); its sequence.</summary>
    private async Task<(long Sequence, Guid Id, byte[] Mac)> InsertVersion1Async(PostgresCasewellDbContext db, DateTimeOffset at, Guid[] shown)
    {
        var fields = new AuditEntryFields(Guid.CreateVersion7(at), at, CurrentStaff.SystemId, "System", "Test.OldRead", "Test", "7", null,
            shown.Length == 0 ? null : $"{shown.Length} shown", null);
        var mac = key.Mac(AuditEncoding.Entry(1, fields, shown));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditEntries" ("Id", "OccurredAt", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "ClientId", "Details", "Mac")
            VALUES ({fields.Id}, {at}, {fields.ActorId}, {fields.ActorName}, {fields.Action}, {fields.EntityType}, {fields.EntityId}, {fields.ClientId}, {fields.Details}, {mac})
            """, Cancellation);
        foreach (var client in shown)
            await db.Database.ExecuteSqlAsync($"""INSERT INTO "AuditEntryClients" ("EntryId", "ClientId", "OccurredAt") VALUES ({fields.Id}, {client}, {at})""", Cancellation);
        var sequence = await db.Database.SqlQuery<long>($"""SELECT "Sequence" AS "Value" FROM "AuditEntries" WHERE "Id" = {fields.Id}""").SingleAsync(Cancellation);
        return (sequence, fields.Id, mac);
    }

    private async Task InsertSealAsync(PostgresCasewellDbContext db, long position, (long Sequence, Guid Id, byte[] Mac) entry, byte[] previousMac)
    {
        var mac = key.Mac(AuditEncoding.Seal(position, entry.Sequence, entry.Id, entry.Mac, previousMac));
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "AuditSeals" ("Position", "EntrySequence", "EntryId", "Mac", "SealedAt") VALUES ({position}, {entry.Sequence}, {entry.Id}, {mac}, {TimeProvider.System.GetUtcNow()})
            """, Cancellation);
    }

    private static async Task<int> CountAsync(PostgresCasewellDbContext db, string sql) => await db.Database.SqlQueryRaw<int>(sql).SingleAsync(Cancellation);
}
