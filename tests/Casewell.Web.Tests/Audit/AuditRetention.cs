using Casewell.Audit;
using Casewell.Data;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>What the tests of retention do: write entries in past months, apply retention, look at the partitions.</summary>
internal static class AuditRetention
{
    public static readonly AuditAction RetentionRead = AuditAction.Load("Test.RetentionRead");

    /// <summary>
    /// <paramref name="count"/> list reads in the month given (its partitions made first, as a server running then would
    /// have), each showing a client of its own, so that both tables hold rows of the month; their sequences.
    /// </summary>
    public static Task<List<long>> WriteInMonthAsync(CasewellApp app, int year, int month, int count, CancellationToken ct) => app.WithServicesAsync(async s =>
    {
        var clock = new FakeClock(new DateTimeOffset(year, month, 10, 12, 0, 0, TimeSpan.Zero));
        await using var db = (CasewellDbContext)ActivatorUtilities.CreateInstance(s, s.GetRequiredService<CasewellDbContext>().GetType(), clock);
        await new EnsureAuditPartitionsHandler(db).Handle(new EnsureAuditPartitions(0), ct);
        var marker = $"retention test {Guid.CreateVersion7():N}";
        for (var i = 0; i < count; i++)
        {
            db.RecordListAccess(RetentionRead, "Test", [Guid.CreateVersion7()], marker);
            await db.SaveChangesAsync(ct);
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        return await db.AuditEntries.Where(e => EF.Functions.Like(e.Details, marker + "%")).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(ct);
    });

    public static Task<AuditRetentionReport> ApplyAsync(CasewellApp app, int year, int month, bool confirm, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<ApplyAuditRetentionHandler>()
            .Handle(new ApplyAuditRetention(new DateOnly(year, month, 1), confirm, "Olive Operator (command line)"), ct));

    /// <summary>Applies retention and checks that it dropped the months.</summary>
    public static async Task<AuditRetentionReport> DropAsync(CasewellApp app, int year, int month, CancellationToken ct)
    {
        var report = await ApplyAsync(app, year, month, confirm: true, ct);
        Assert.True(report.Outcome == AuditRetentionOutcome.Dropped, $"{report.Outcome}: {report.Problem}");
        return report;
    }

    public static async Task<bool> ExistsAsync(CasewellApp app, string table, CancellationToken ct) =>
        (await ScalarsAsync<bool>(app, $"SELECT to_regclass('\"{table}\"') IS NOT NULL AS \"Value\"", ct)).Single();

    public static Task<List<T>> ScalarsAsync<T>(CasewellApp app, string sql, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database.SqlQueryRaw<T>(sql).ToListAsync(ct));

    public static Task<int> CountAsync(CasewellApp app, IReadOnlyCollection<long> sequences, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.CountAsync(e => sequences.Contains(e.Sequence), ct));

    public static Task ExecuteAsync(CasewellApp app, string sql, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database.ExecuteSqlRawAsync(sql, ct));

    /// <summary>Drops the retention records' guards, as a tamperer with the database's owner role could.</summary>
    public static Task DropRetentionTriggersAsync(CasewellApp app, CancellationToken ct) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var drops = db is PostgresCasewellDbContext ? PostgresAuditSql.DropTriggersOn(PostgresAuditRetention.Table) : SqliteAuditRetention.Down();
        foreach (var sql in drops) await db.Database.ExecuteSqlRawAsync(sql, ct);
    });
}
