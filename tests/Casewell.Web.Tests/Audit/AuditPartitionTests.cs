using Casewell.Audit;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// PostgreSQL's monthly partitions of the audit trail (PostgresAuditPartitions, decision 0021). SQLite has no
/// partitions, so this class runs on PostgreSQL only. Each test writes in months of its own, far from today's.
/// </summary>
public sealed class AuditPartitionTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    private static readonly AuditAction PartitionRead = AuditAction.Load("Test.PartitionRead");

    [Fact]
    public async Task Entries_of_two_months_land_in_two_partitions_with_the_clients_they_showed()
    {
        var clock = new FakeClock(new DateTimeOffset(2031, 3, 15, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(2, await EnsureAsync(clock));
        var march = await WriteAsync(clock, [Guid.CreateVersion7(), Guid.CreateVersion7()]);
        clock.Advance(TimeSpan.FromDays(31));
        var april = await WriteAsync(clock, [Guid.CreateVersion7(), Guid.CreateVersion7()]);

        Assert.Equal("AuditEntries_2031_03", await PartitionOfEntryAsync(march));
        Assert.Equal("AuditEntries_2031_04", await PartitionOfEntryAsync(april));
        Assert.Equal(["AuditEntryClients_2031_03"], await PartitionsOfClientsAsync(march));
        Assert.Equal(["AuditEntryClients_2031_04"], await PartitionsOfClientsAsync(april));
        await AuditTrail.SealAllAsync(App, Cancellation);
        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(report.IsIntact, report.Problem);
    }

    [Fact]
    public async Task The_last_millisecond_of_a_month_and_the_first_of_the_next_are_in_their_own_months()
    {
        var clock = new FakeClock(new DateTimeOffset(2040, 1, 31, 23, 59, 59, 999, TimeSpan.Zero));
        await EnsureAsync(clock);
        var last = await WriteAsync(clock, []);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var first = await WriteAsync(clock, []);

        Assert.Equal("AuditEntries_2040_01", await PartitionOfEntryAsync(last));
        Assert.Equal("AuditEntries_2040_02", await PartitionOfEntryAsync(first));
    }

    [Fact]
    public async Task An_entry_in_a_month_without_a_partition_goes_to_the_default_is_read_sealed_and_verified_and_moves_when_its_month_is_made()
    {
        var clock = new FakeClock(new DateTimeOffset(2036, 7, 10, 8, 0, 0, TimeSpan.Zero));
        var stranded = await WriteAsync(clock, [Guid.CreateVersion7(), Guid.CreateVersion7()]);

        Assert.Equal("AuditEntries_default", await PartitionOfEntryAsync(stranded));
        Assert.Equal(["AuditEntryClients_default"], await PartitionsOfClientsAsync(stranded));
        var read = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.AsNoTracking().SingleAsync(e => e.Sequence == stranded, Cancellation));
        Assert.Equal(PartitionRead.Name, read.Action);
        await AuditTrail.SealAllAsync(App, Cancellation);
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);

        // PostgreSQL refuses a partition whose rows the default holds: making the month moves them into it.
        Assert.Equal(2, await EnsureAsync(clock));

        Assert.Equal("AuditEntries_2036_07", await PartitionOfEntryAsync(stranded));
        Assert.Equal(["AuditEntryClients_2036_07"], await PartitionsOfClientsAsync(stranded));
        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(report.IsIntact, report.Problem);
        // The new default and the new month are guarded like the others.
        await AssertRefusedAsync("TRUNCATE \"AuditEntries_default\"");
        await AssertRefusedAsync("TRUNCATE \"AuditEntries_2036_07\"");
        await AssertRefusedAsync("TRUNCATE \"AuditEntryClients_default\"");
        await AssertRefusedAsync($"DELETE FROM \"AuditEntries_2036_07\" WHERE \"Sequence\" = {stranded}");
        // An entry written in that month now goes straight to its partition.
        Assert.Equal("AuditEntries_2036_07", await PartitionOfEntryAsync(await WriteAsync(clock, [])));
    }

    [Fact]
    public async Task Ensuring_the_partitions_makes_this_month_and_the_next_once()
    {
        var clock = new FakeClock(new DateTimeOffset(2044, 12, 31, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal(2, await EnsureAsync(clock));
        Assert.Equal(0, await EnsureAsync(clock));

        foreach (var table in new[] { "AuditEntries_2044_12", "AuditEntries_2045_01", "AuditEntryClients_2044_12", "AuditEntryClients_2045_01" })
            Assert.True(await ExistsAsync(table), $"{table} was not made");
        Assert.False(await ExistsAsync("AuditEntries_2045_02"));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await EnsureAsync(clock));
        Assert.True(await ExistsAsync("AuditEntries_2045_02"));
    }

    [Fact]
    public async Task The_app_made_this_month_and_the_next_at_start()
    {
        var now = TimeProvider.System.GetUtcNow();
        var next = now.AddMonths(1);

        Assert.True(await ExistsAsync($"AuditEntries_{now:yyyy_MM}"));
        Assert.True(await ExistsAsync($"AuditEntries_{next:yyyy_MM}"));
    }

    [Fact]
    public async Task Update_delete_and_truncate_are_refused_on_the_parents_and_on_the_partitions()
    {
        var sequence = await WriteAsync(TimeProvider.System, [Guid.CreateVersion7(), Guid.CreateVersion7()]);
        var entries = await PartitionOfEntryAsync(sequence);
        var clients = (await PartitionsOfClientsAsync(sequence)).Single();

        foreach (var table in new[] { "AuditEntries", entries })
        {
            await AssertRefusedAsync($"UPDATE \"{table}\" SET \"Details\" = 'x' WHERE \"Sequence\" = {sequence}");
            await AssertRefusedAsync($"DELETE FROM \"{table}\" WHERE \"Sequence\" = {sequence}");
        }
        foreach (var table in new[] { "AuditEntryClients", clients })
        {
            await AssertRefusedAsync($"UPDATE \"{table}\" SET \"ClientId\" = gen_random_uuid()");
            await AssertRefusedAsync($"DELETE FROM \"{table}\"");
        }
        foreach (var table in new[] { "AuditEntries", "AuditEntryClients" }.Concat(await PartitionsAsync("AuditEntries")).Concat(await PartitionsAsync("AuditEntryClients")))
            await AssertRefusedAsync($"TRUNCATE \"{table}\"");
        Assert.True((await AuditTrail.VerifyAsync(App, Cancellation)).IsIntact);
    }

    private Task<int> EnsureAsync(TimeProvider clock) => WithClockAsync(clock, db => new EnsureAuditPartitionsHandler(db).Handle(new EnsureAuditPartitions(), Cancellation));

    /// <summary>A list read that showed <paramref name="clients"/> (none: a plain read), written at the clock's time; its sequence.</summary>
    private Task<long> WriteAsync(TimeProvider clock, Guid[] clients) => WithClockAsync(clock, async db =>
    {
        var marker = $"partition test {Guid.CreateVersion7():N}";
        if (clients.Length == 0) db.RecordAccess(PartitionRead, "Test", null, null, marker);
        else db.RecordListAccess(PartitionRead, "Test", clients, marker);
        await db.SaveChangesAsync(Cancellation);
        return await db.AuditEntries.Where(e => EF.Functions.Like(e.Details, marker + "%")).Select(e => e.Sequence).SingleAsync(Cancellation);
    });

    private Task<T> WithClockAsync<T>(TimeProvider clock, Func<CasewellDbContext, Task<T>> work) => App.WithServicesAsync(async s =>
    {
        await using var db = (CasewellDbContext)ActivatorUtilities.CreateInstance(s, s.GetRequiredService<CasewellDbContext>().GetType(), clock);
        return await work(db);
    });

    private async Task<string> PartitionOfEntryAsync(long sequence) =>
        (await ScalarsAsync<string>($"SELECT tableoid::regclass::text AS \"Value\" FROM \"AuditEntries\" WHERE \"Sequence\" = {sequence}")).Single().Trim('"');

    private async Task<List<string>> PartitionsOfClientsAsync(long sequence) =>
        [.. (await ScalarsAsync<string>($"""
            SELECT DISTINCT c.tableoid::regclass::text AS "Value" FROM "AuditEntryClients" c JOIN "AuditEntries" e ON e."Id" = c."EntryId" WHERE e."Sequence" = {sequence}
            """)).Select(p => p.Trim('"'))];

    private async Task<List<string>> PartitionsAsync(string parent) =>
        [.. (await ScalarsAsync<string>($"SELECT inhrelid::regclass::text AS \"Value\" FROM pg_inherits WHERE inhparent = '\"{parent}\"'::regclass")).Select(p => p.Trim('"'))];

    private async Task<bool> ExistsAsync(string table) =>
        (await ScalarsAsync<bool>($"SELECT to_regclass('\"{table}\"') IS NOT NULL AS \"Value\"")).Single();

    private Task<List<T>> ScalarsAsync<T>(string sql) =>
        App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database.SqlQueryRaw<T>(sql).ToListAsync(Cancellation));

    private async Task AssertRefusedAsync(string sql)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database.ExecuteSqlRawAsync(sql, Cancellation)));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }
}
