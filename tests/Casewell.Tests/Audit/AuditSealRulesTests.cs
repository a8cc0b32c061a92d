using Casewell.Access;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Audit;

/// <summary>The sealer and the verifier on SQLite in memory (created without the append-only triggers, so rows can be tampered with).</summary>
public sealed class AuditSealRulesTests : IAsyncLifetime
{
    private static readonly AuditKey Key = new(Enumerable.Repeat((byte)7, AuditKey.Length).ToArray());
    private static readonly AuditKey OtherKey = new(Enumerable.Repeat((byte)8, AuditKey.Length).ToArray());
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync(Ct);
        await using var db = Context();
        await db.Database.EnsureCreatedAsync(Ct);
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    [Fact]
    public async Task Entries_are_sealed_in_batches_in_sequence_order()
    {
        await WriteEntries(5);

        var first = await Seal(batchSize: 2);
        var second = await Seal(batchSize: 2);
        var third = await Seal(batchSize: 2);
        var fourth = await Seal(batchSize: 2);

        Assert.Equal([2, 2, 1, 0], new[] { first.Sealed, second.Sealed, third.Sealed, fourth.Sealed });
        await using var db = Context();
        var seals = await db.AuditSeals.OrderBy(s => s.Position).ToListAsync(Ct);
        Assert.Equal([1L, 2, 3, 4, 5], seals.Select(s => s.Position));
        Assert.Equal([1L, 2, 3, 4, 5], seals.Select(s => s.EntrySequence));
        Assert.Equal(3, await db.AuditCheckpoints.CountAsync(Ct));
        var report = await Verify();
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(5, report.SealsChecked);
        Assert.Equal(0, report.Unsealed);
    }

    [Fact]
    public async Task An_entry_that_commits_after_a_later_one_was_sealed_is_sealed_in_a_later_batch()
    {
        await WriteEntries(3);
        await HoldBack(sequence: 2);
        Assert.Equal(2, (await Seal()).Sealed);

        await CommitHeldBack();
        var late = await Seal();

        Assert.Equal(1, late.Sealed);
        await using var db = Context();
        var third = await db.AuditSeals.SingleAsync(s => s.Position == 3, Ct);
        Assert.Equal(2, third.EntrySequence);
        var report = await Verify();
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(3, report.SealsChecked);
    }

    [Fact]
    public async Task A_late_entry_beyond_the_lookback_is_left_unsealed_and_shown_as_such()
    {
        await WriteEntries(3);
        await HoldBack(sequence: 1);
        await Seal();
        await CommitHeldBack();

        var late = await Seal(lookback: 1);

        Assert.Equal(0, late.Sealed);
        var report = await Verify();
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(1, report.Unsealed);
    }

    [Fact]
    public async Task An_edited_sealed_entry_is_found_by_its_MAC()
    {
        await WriteEntries(3);
        await Seal();

        await Sql("""UPDATE "AuditEntries" SET "Details" = 'nothing to see' WHERE "Sequence" = 2""");
        var report = await Verify();

        Assert.False(report.IsIntact);
        Assert.Equal(2, report.FirstBrokenSequence);
        Assert.Equal(2, report.FirstBrokenPosition);
        Assert.Equal(1, report.SealsChecked);
    }

    [Fact]
    public async Task An_edited_unsealed_entry_is_found_by_its_MAC()
    {
        await WriteEntries(2);

        await Sql("""UPDATE "AuditEntries" SET "ActorName" = 'someone else' WHERE "Sequence" = 2""");
        var report = await Verify();

        Assert.False(report.IsIntact);
        Assert.Equal(2, report.FirstBrokenSequence);
        Assert.Null(report.FirstBrokenPosition);
    }

    [Fact]
    public async Task A_recomputed_seal_without_the_key_does_not_link()
    {
        await WriteEntries(2);
        await Seal();

        await Sql("""UPDATE "AuditSeals" SET "Mac" = zeroblob(32) WHERE "Position" = 1""");
        var report = await Verify();

        Assert.False(report.IsIntact);
        Assert.Equal(1, report.FirstBrokenPosition);
    }

    [Fact]
    public async Task A_checkpoint_token_round_trips_and_is_genuine_under_its_key()
    {
        await WriteEntries(2);
        await Seal();
        var token = (await Verify()).Checkpoint!;

        var parsed = AuditCheckpointToken.Parse(token.ToString());

        Assert.NotNull(parsed);
        Assert.Equal(token.ToString(), parsed.ToString());
        Assert.Equal(2, parsed.Position);
        Assert.True(parsed.IsGenuine(Key));
        Assert.True((await Verify(parsed)).IsIntact);
    }

    [Fact]
    public async Task A_checkpoint_token_made_with_another_key_is_refused()
    {
        await WriteEntries(2);
        await Seal();
        var genuine = (await Verify()).Checkpoint!;
        var forged = genuine with { Mac = OtherKey.Mac(AuditEncoding.Checkpoint(genuine.Position, genuine.SealMac, genuine.TakenAt)) };

        Assert.True(genuine.IsGenuine(Key));
        Assert.True(forged.IsGenuine(OtherKey));
        Assert.False(forged.IsGenuine(Key));
    }

    [Fact]
    public async Task A_tail_cut_behind_a_kept_checkpoint_is_found()
    {
        await WriteEntries(3);
        await Seal();
        var kept = (await Verify()).Checkpoint!;

        await Sql("""DELETE FROM "AuditCheckpoints"; DELETE FROM "AuditSeals" WHERE "Position" = 3; DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");
        var report = await Verify(kept);

        Assert.False(report.IsIntact);
        Assert.Equal(3, report.FirstBrokenPosition);
    }

    [Fact]
    public async Task A_copy_of_an_entry_is_refused_by_the_unique_id()
    {
        await WriteEntries(1);

        await Assert.ThrowsAsync<SqliteException>(() => Sql(CopyOfFirstEntry));
    }

    [Fact]
    public async Task A_copy_of_an_entry_made_after_dropping_the_unique_id_is_found_even_once_sealed()
    {
        await WriteEntries(2);
        await Seal();
        await Sql("""DROP INDEX "IX_AuditEntries_Id" """);
        await Sql(CopyOfFirstEntry);
        await Seal();

        var report = await Verify();

        Assert.False(report.IsIntact);
        Assert.Equal(3, report.FirstBrokenSequence);
        Assert.Equal(3, report.SealsChecked);
    }

    private const string CopyOfFirstEntry = """
        INSERT INTO "AuditEntries" ("Id", "OccurredAt", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "ClientId", "Details", "Source", "EncodingVersion", "Mac")
        SELECT "Id", "OccurredAt", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "ClientId", "Details", "Source", "EncodingVersion", "Mac" FROM "AuditEntries" WHERE "Sequence" = 1
        """;

    [Theory]
    [InlineData("")]
    [InlineData("cw2.1.00.1.00")]
    [InlineData("cw1.0.0000000000000000000000000000000000000000000000000000000000000000.1.0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("cw1.1.zz00000000000000000000000000000000000000000000000000000000000000.1.0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("cw1.1.00.1.0000000000000000000000000000000000000000000000000000000000000000")]
    public void A_malformed_checkpoint_token_does_not_parse(string text) => Assert.Null(AuditCheckpointToken.Parse(text));

    private async Task WriteEntries(int count)
    {
        await using var db = Context();
        for (var i = 0; i < count; i++)
        {
            db.RecordAccess(AuditAction.ClientViewed, "Client", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Guid.CreateVersion7(), $"view {i}");
            await db.SaveChangesAsync(Ct);
        }
    }

    /// <summary>Takes an entry out as if its transaction had not committed yet; <see cref="CommitHeldBack"/> puts it back with its sequence.</summary>
    private Task HoldBack(long sequence) =>
        Sql($"""CREATE TEMP TABLE "Held" AS SELECT * FROM "AuditEntries" WHERE "Sequence" = {sequence}; DELETE FROM "AuditEntries" WHERE "Sequence" = {sequence}""");

    private Task CommitHeldBack() => Sql("""INSERT INTO "AuditEntries" SELECT * FROM "Held"; DROP TABLE "Held" """);

    private async Task<SealReport> Seal(int batchSize = 100, long lookback = 1000)
    {
        await using var db = Context();
        return await new SealAuditTrailHandler(db).Handle(new SealAuditTrail(batchSize, lookback), Ct);
    }

    private async Task<AuditChainReport> Verify(AuditCheckpointToken? checkpoint = null)
    {
        await using var db = Context();
        return await new VerifyAuditChainHandler(db).Handle(new VerifyAuditChain(checkpoint), Ct);
    }

    private async Task Sql(string sql)
    {
        await using var db = Context();
#pragma warning disable EF1002 // fixed test SQL, no input
        await db.Database.ExecuteSqlRawAsync(sql, Ct);
#pragma warning restore EF1002
    }

    private CasewellDbContext Context(AuditKey? key = null) =>
        new SqliteCasewellDbContext(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite(connection).Options,
            CurrentStaff.System(), TimeProvider.System, key ?? Key);
}
