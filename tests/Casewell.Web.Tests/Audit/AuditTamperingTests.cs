using Casewell.Audit;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

// Each tampering damages its database, so each is a class of its own (each class gets its own database).

public abstract class AuditEditBeforeSealingTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_entry_edited_before_it_is_sealed_is_found_by_its_MAC_and_not_sealed_as_if_whole()
    {
        await AuditTrail.WriteAsync(App, 3, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        var unsealed = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.MaxAsync(e => e.Sequence, Cancellation));
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"ActorName\" = 'Someone else' WHERE \"Sequence\" = {unsealed}", Cancellation);

        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(report.IsIntact);
        Assert.Equal(unsealed, report.FirstBrokenSequence);

        // Sealing it later binds the MAC it carries, which still does not match.
        await AuditTrail.SealAllAsync(App, Cancellation);
        Assert.Equal(unsealed, (await AuditTrail.VerifyAsync(App, Cancellation)).FirstBrokenSequence);
    }
}

public sealed class AuditEditBeforeSealingTests_on_Sqlite(SqliteApp app) : AuditEditBeforeSealingTests(app), IClassFixture<SqliteApp>;

public sealed class AuditEditBeforeSealingTests_on_Postgres(PostgresApp app) : AuditEditBeforeSealingTests(app), IClassFixture<PostgresApp>;

public abstract class AuditDeletedRangeTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_deleted_range_of_entries_and_their_seals_is_found_at_the_first_missing_seal()
    {
        await AuditTrail.WriteAsync(App, 6, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        var (first, last) = (seals[2], seals[3]);
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" IN ({first.EntrySequence}, {last.EntrySequence})", Cancellation);

        var entriesGone = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(entriesGone.IsIntact);
        Assert.Equal(first.EntrySequence, entriesGone.FirstBrokenSequence);

        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditSeals\" WHERE \"Position\" IN ({first.Position}, {last.Position})", Cancellation);
        var sealsGone = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(sealsGone.IsIntact);
        Assert.Equal(first.Position, sealsGone.FirstBrokenPosition);
        Assert.Equal(first.Position - 1, sealsGone.SealsChecked);
    }
}

public sealed class AuditDeletedRangeTests_on_Sqlite(SqliteApp app) : AuditDeletedRangeTests(app), IClassFixture<SqliteApp>;

public sealed class AuditDeletedRangeTests_on_Postgres(PostgresApp app) : AuditDeletedRangeTests(app), IClassFixture<PostgresApp>;

public abstract class AuditInsertedEntryTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task An_entry_inserted_without_the_key_is_found_whether_or_not_it_was_sealed()
    {
        await AuditTrail.WriteAsync(App, 3, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var inserted = await App.WithServicesAsync(async s =>
        {
            await using var forger = AuditTrail.WithoutTheKey(s);
            forger.RecordAccess(AuditTrail.TestRead, "Test", "forged", null, "never happened");
            await forger.SaveChangesAsync(Cancellation);
            return await forger.AuditEntries.MaxAsync(e => e.Sequence, Cancellation);
        });

        Assert.Equal(inserted, (await AuditTrail.VerifyAsync(App, Cancellation)).FirstBrokenSequence);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var sealedToo = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(sealedToo.IsIntact);
        Assert.Equal(inserted, sealedToo.FirstBrokenSequence);
    }
}

public sealed class AuditInsertedEntryTests_on_Sqlite(SqliteApp app) : AuditInsertedEntryTests(app), IClassFixture<SqliteApp>;

public sealed class AuditInsertedEntryTests_on_Postgres(PostgresApp app) : AuditInsertedEntryTests(app), IClassFixture<PostgresApp>;

public abstract class AuditCutTailTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_cut_tail_verifies_on_its_own_but_not_against_a_checkpoint_kept_from_before()
    {
        await AuditTrail.WriteAsync(App, 4, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);
        var kept = (await AuditTrail.VerifyAsync(App, Cancellation)).Checkpoint!;
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation, AuditCheckpointToken.Parse(kept.ToString()))).IsIntact);

        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        var cutFrom = seals[^2];
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= {cutFrom.EntrySequence}", Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditSeals\" WHERE \"Position\" >= {cutFrom.Position}", Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditCheckpoints\" WHERE \"Position\" >= {cutFrom.Position}", Cancellation);

        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);
        var against = await AuditTrail.VerifyAsync(App, Cancellation, kept);
        Assert.False(against.IsIntact);
        Assert.Contains("cut", against.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_token_reads_back_as_written_and_refuses_other_forms()
    {
        var token = new AuditCheckpointToken(42, new byte[32], DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123), Enumerable.Repeat((byte)0xAB, 32).ToArray());
        var text = token.ToString();
        Assert.Equal($"cw1.42.{new string('0', 64)}.1700000000123.{string.Concat(Enumerable.Repeat("ab", 32))}", text);
        var read = AuditCheckpointToken.Parse(text)!;
        Assert.Equal((token.Position, token.TakenAt), (read.Position, read.TakenAt));
        Assert.Equal(token.Mac, read.Mac);
        Assert.Null(AuditCheckpointToken.Parse(text.Replace("cw1.", "cw2.", StringComparison.Ordinal)));
        Assert.Null(AuditCheckpointToken.Parse(text[..^2]));
        Assert.Null(AuditCheckpointToken.Parse("cw1.0.00.1.00"));
        Assert.Null(AuditCheckpointToken.Parse(""));
    }
}

public sealed class AuditCutTailTests_on_Sqlite(SqliteApp app) : AuditCutTailTests(app), IClassFixture<SqliteApp>;

public sealed class AuditCutTailTests_on_Postgres(PostgresApp app) : AuditCutTailTests(app), IClassFixture<PostgresApp>;

public abstract class AuditAppendOnlyTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_migrated_database_refuses_to_update_or_delete_audit_entries_and_seals()
    {
        await AuditTrail.WriteAsync(App, 2, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"Details\" = 'x'", Cancellation));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditEntries\"", Cancellation));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditSeals\"", Cancellation));
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            AuditTrail.SqlAsync(App, $"UPDATE \"AuditCheckpoints\" SET \"Position\" = \"Position\" + 1", Cancellation));
        if (App.Provider == "Postgres")
        {
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
                AuditTrail.SqlAsync(App, $"TRUNCATE \"AuditEntries\"", Cancellation));
        }
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);
    }
}

public sealed class AuditAppendOnlyTests_on_Sqlite(SqliteApp app) : AuditAppendOnlyTests(app), IClassFixture<SqliteApp>;

public sealed class AuditAppendOnlyTests_on_Postgres(PostgresApp app) : AuditAppendOnlyTests(app), IClassFixture<PostgresApp>;
