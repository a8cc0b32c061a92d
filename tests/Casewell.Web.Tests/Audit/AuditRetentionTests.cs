using Casewell.Audit;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Casewell.Web.Tests.Audit;

// Retention drops months of the trail for good, so each scene has a database of its own (a class each). PostgreSQL
// only, but for the last class: SQLite has no partitions, and its command says so (decision 0025).

public sealed class AuditRetentionTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Months_past_retention_are_dropped_after_their_record_and_the_trail_still_verifies_from_it()
    {
        var january = await AuditRetention.WriteInMonthAsync(App, 2025, 1, 3, Cancellation);
        var february = await AuditRetention.WriteInMonthAsync(App, 2025, 2, 2, Cancellation);
        var march = await AuditRetention.WriteInMonthAsync(App, 2025, 3, 2, Cancellation);
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var before = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(before.IsIntact, before.Problem);

        var plan = await AuditRetention.ApplyAsync(App, 2025, 3, confirm: false, Cancellation);
        Assert.Equal(AuditRetentionOutcome.WouldDrop, plan.Outcome);
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)], plan.Months);
        Assert.Equal(5, plan.Entries);
        Assert.True(await AuditRetention.ExistsAsync(App, "AuditEntries_2025_01", Cancellation), "a plan dropped a month");

        var dropped = await AuditRetention.DropAsync(App, 2025, 3, Cancellation);

        foreach (var table in new[] { "AuditEntries_2025_01", "AuditEntries_2025_02", "AuditEntryClients_2025_01", "AuditEntryClients_2025_02" })
            Assert.False(await AuditRetention.ExistsAsync(App, table, Cancellation), $"{table} is still there");
        Assert.True(await AuditRetention.ExistsAsync(App, "AuditEntryClients_2025_03", Cancellation));
        Assert.Equal(0, await AuditRetention.CountAsync(App, [.. january, .. february], Cancellation));
        Assert.Equal(2, await AuditRetention.CountAsync(App, march, Cancellation));
        var record = dropped.Record!;
        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        Assert.Equal((1L, 2, february[^1]), (record.Number, record.MonthsDropped, record.BoundarySequence));
        Assert.Equal(seals.Single(s => s.EntrySequence == february[^1]).Position, record.BoundaryPosition);
        // The retention is an entry of the trail itself, by the operator named in its record.
        Assert.Equal("Olive Operator (command line)", record.DroppedBy);
        Assert.True(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries
            .AnyAsync(e => e.Action == "AuditRetention.Created" && e.EntityId == "1", Cancellation)));

        await AuditTrail.SealAllAsync(App, Cancellation);
        var after = await AuditTrail.VerifyAsync(App, Cancellation, before.Checkpoint);
        Assert.True(after.IsIntact, after.Problem);
        Assert.Equal(new AuditRetentionSummary(2, new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), record.BoundaryPosition, february[^1], record.DroppedAt,
            record.DroppedBy), after.Retention);
        var allSeals = (await AuditTrail.SealsAsync(App, Cancellation)).Count;
        Assert.Equal(allSeals - record.BoundaryPosition, after.SealsChecked);

        // A second retention goes on from the first.
        var second = (await AuditRetention.DropAsync(App, 2025, 4, Cancellation)).Record!;
        Assert.Equal((2L, 1, march[^1]), (second.Number, second.MonthsDropped, second.BoundarySequence));
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var later = await AuditTrail.VerifyAsync(App, Cancellation, after.Checkpoint);
        Assert.True(later.IsIntact, later.Problem);
        Assert.Equal(3, later.Retention!.MonthsDropped);
        Assert.Equal(AuditRetentionOutcome.NothingToDrop, (await AuditRetention.ApplyAsync(App, 2025, 4, confirm: true, Cancellation)).Outcome);

        // The records are insert-only, like the rest of the trail.
        foreach (var sql in new[] { "UPDATE \"AuditRetentions\" SET \"MonthsDropped\" = 0", "DELETE FROM \"AuditRetentions\"", "TRUNCATE \"AuditRetentions\"" })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => AuditRetention.ExecuteAsync(App, sql, Cancellation));
            Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        }
    }
}

public sealed class AuditRetentionRefusalsTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Months_with_an_entry_not_sealed_yet_are_refused_and_kept()
    {
        var may = await AuditRetention.WriteInMonthAsync(App, 2024, 5, 2, Cancellation);

        var report = await AuditRetention.ApplyAsync(App, 2024, 6, confirm: true, Cancellation);

        Assert.Equal(AuditRetentionOutcome.Refused, report.Outcome);
        Assert.Contains("not sealed yet", report.Problem, StringComparison.Ordinal);
        Assert.True(await AuditRetention.ExistsAsync(App, "AuditEntries_2024_05", Cancellation));
        Assert.Equal(2, await AuditRetention.CountAsync(App, may, Cancellation));
        Assert.Empty(await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditRetentions.ToListAsync(Cancellation)));
    }

    [Fact]
    public async Task The_current_month_and_later_are_kept_whatever_is_asked()
    {
        var next = TimeProvider.System.GetUtcNow().AddMonths(1);

        var report = await AuditRetention.ApplyAsync(App, next.Year, next.Month, confirm: true, Cancellation);

        Assert.Equal(AuditRetentionOutcome.Refused, report.Outcome);
        Assert.Contains("keeps the current month", report.Problem, StringComparison.Ordinal);
        // The database's function refuses it too, whoever calls it.
        var refused = await Assert.ThrowsAsync<PostgresException>(() => AuditRetention.ExecuteAsync(App, "SELECT casewell_audit_drop_month(now())", Cancellation));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True(await AuditRetention.ExistsAsync(App, $"AuditEntries_{TimeProvider.System.GetUtcNow():yyyy_MM}", Cancellation));
    }

    [Fact]
    public async Task The_database_drops_no_month_that_no_retention_record_covers()
    {
        await AuditRetention.WriteInMonthAsync(App, 2023, 2, 1, Cancellation);

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            AuditRetention.ExecuteAsync(App, "SELECT casewell_audit_drop_month('2023-02-10T00:00:00Z')", Cancellation));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Contains("no retention record", refused.MessageText, StringComparison.Ordinal);
        Assert.True(await AuditRetention.ExistsAsync(App, "AuditEntries_2023_02", Cancellation));
    }
}

public sealed class AuditRetentionEntryTamperingTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task After_a_retention_an_edited_an_inserted_and_a_deleted_entry_are_still_found()
    {
        await AuditRetention.WriteInMonthAsync(App, 2025, 1, 2, Cancellation);
        var march = await AuditRetention.WriteInMonthAsync(App, 2025, 3, 3, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditRetention.DropAsync(App, 2025, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);
        await AuditTrail.DropTriggersAsync(App, Cancellation);

        // Edited, then put back.
        var edited = march[1];
        var details = (await AuditRetention.ScalarsAsync<string>(App, $"SELECT \"Details\" AS \"Value\" FROM \"AuditEntries\" WHERE \"Sequence\" = {edited}", Cancellation)).Single();
        await AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"Details\" = 'nothing to see' WHERE \"Sequence\" = {edited}", Cancellation);
        Assert.Equal(edited, (await AuditTrail.VerifyAsync(App, Cancellation)).FirstBrokenSequence);
        await AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"Details\" = {details} WHERE \"Sequence\" = {edited}", Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // Deleted (the first entry after the boundary), then put back as it was.
        await AuditRetention.ExecuteAsync(App, $"CREATE TABLE \"SetAside\" AS SELECT * FROM \"AuditEntries\" WHERE \"Sequence\" = {march[0]}", Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {march[0]}", Cancellation);
        var deleted = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(deleted.IsIntact);
        Assert.Equal(march[0], deleted.FirstBrokenSequence);
        await AuditRetention.ExecuteAsync(App, "INSERT INTO \"AuditEntries\" SELECT * FROM \"SetAside\"", Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // Inserted without the key.
        var inserted = await App.WithServicesAsync(async s =>
        {
            await using var forger = AuditTrail.WithoutTheKey(s);
            forger.RecordAccess(AuditTrail.TestRead, "Test", "forged", null, "never happened");
            await forger.SaveChangesAsync(Cancellation);
            return await forger.AuditEntries.MaxAsync(e => e.Sequence, Cancellation);
        });
        Assert.Equal(inserted, (await AuditTrail.VerifyAsync(App, Cancellation)).FirstBrokenSequence);
    }
}

public sealed class AuditRetentionRecordTamperingTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task An_edited_a_forged_and_a_removed_retention_record_are_found()
    {
        var january = await AuditRetention.WriteInMonthAsync(App, 2025, 1, 2, Cancellation);
        await AuditRetention.WriteInMonthAsync(App, 2025, 2, 2, Cancellation);
        var march = await AuditRetention.WriteInMonthAsync(App, 2025, 3, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditRetention.DropAsync(App, 2025, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditRetention.DropRetentionTriggersAsync(App, Cancellation);

        // Edited to say the trail starts later, to hide the month after it: its MAC gives it away.
        await AuditRetention.ExecuteAsync(App, "UPDATE \"AuditRetentions\" SET \"KeptFrom\" = '2025-03-01T00:00:00Z'", Cancellation);
        var edited = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(edited.IsIntact);
        Assert.Contains("retention record 1 does not match its MAC", edited.Problem, StringComparison.Ordinal);
        await AuditRetention.ExecuteAsync(App, "UPDATE \"AuditRetentions\" SET \"KeptFrom\" = '2025-02-01T00:00:00Z'", Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // A second record forged without the key, saying the trail starts later (after the first March entry).
        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        var forgedBoundary = seals.Single(s => s.EntrySequence == march[0]);
        await AuditRetention.ExecuteAsync(App, $"""
            INSERT INTO "AuditRetentions" ("Number", "KeptFrom", "MonthsDropped", "BoundaryPosition", "BoundarySequence", "BoundarySealMac", "DroppedAt", "DroppedBy", "Mac")
            VALUES (2, '2025-03-01T00:00:00Z', 1, {forgedBoundary.Position}, {forgedBoundary.EntrySequence}, '\x{Convert.ToHexStringLower(forgedBoundary.Mac)}',
                now(), 'Mallory', '\x{new string('a', 64)}')
            """, Cancellation);
        var forged = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(forged.IsIntact);
        Assert.Contains("retention record 2 does not match its MAC", forged.Problem, StringComparison.Ordinal);
        await AuditRetention.ExecuteAsync(App, "DELETE FROM \"AuditRetentions\" WHERE \"Number\" = 2", Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // Removed: the walk starts at seal 1 again, and finds January's entries gone.
        await AuditRetention.ExecuteAsync(App, "DELETE FROM \"AuditRetentions\"", Cancellation);
        var removed = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(removed.IsIntact);
        Assert.Equal(january[0], removed.FirstBrokenSequence);
        Assert.Null(removed.Retention);
    }
}

public sealed class AuditMonthDroppedWithoutRecordTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_month_dropped_behind_Casewell_s_back_is_found_as_missing_entries()
    {
        await AuditRetention.WriteInMonthAsync(App, 2025, 1, 2, Cancellation);
        var february = await AuditRetention.WriteInMonthAsync(App, 2025, 2, 2, Cancellation);
        await AuditRetention.WriteInMonthAsync(App, 2025, 3, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditRetention.DropAsync(App, 2025, 2, Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // DETACH and DROP fire no row trigger: only the database role stops them, and verify-audit finds them.
        foreach (var table in new[] { "AuditEntries", "AuditEntryClients" })
        {
            await AuditRetention.ExecuteAsync(App, $"ALTER TABLE \"{table}\" DETACH PARTITION \"{table}_2025_02\"", Cancellation);
            await AuditRetention.ExecuteAsync(App, $"DROP TABLE \"{table}_2025_02\"", Cancellation);
        }

        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(report.IsIntact);
        Assert.Equal(february[0], report.FirstBrokenSequence);
        Assert.Contains("dropped without a retention record", report.Problem, StringComparison.Ordinal);
    }
}

public sealed class AuditRetentionTests_on_Sqlite(SqliteApp app) : IntegrationTest(app), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task On_SQLite_retention_says_it_is_for_PostgreSQL_and_changes_nothing()
    {
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        var entries = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.CountAsync(Cancellation));

        var report = await AuditRetention.ApplyAsync(App, 2026, 1, confirm: true, Cancellation);

        Assert.Equal(AuditRetentionOutcome.NotPartitioned, report.Outcome);
        Assert.Contains("PostgreSQL", report.Problem, StringComparison.Ordinal);
        Assert.Equal(entries, await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.CountAsync(Cancellation)));
    }

    [Fact]
    public async Task The_retention_records_are_insert_only_on_SQLite_too()
    {
        await AuditRetention.ExecuteAsync(App, """
            INSERT INTO "AuditRetentions" ("Number", "KeptFrom", "MonthsDropped", "BoundaryPosition", "BoundarySequence", "BoundarySealMac", "DroppedAt", "DroppedBy", "Mac")
            VALUES (1, 0, 1, 0, 0, x'00', 0, 'test', x'00')
            """, Cancellation);

        foreach (var sql in new[] { "UPDATE \"AuditRetentions\" SET \"MonthsDropped\" = 0", "DELETE FROM \"AuditRetentions\"" })
        {
            var refused = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => AuditRetention.ExecuteAsync(App, sql, Cancellation));
            Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        }
    }
}
