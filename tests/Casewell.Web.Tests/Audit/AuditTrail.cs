using System.Security.Cryptography;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Data.Postgres;
using Casewell.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>What the tests of the trail do to it: write, seal, verify, and tamper as someone with the database but not the key.</summary>
internal static class AuditTrail
{
    public static readonly AuditAction TestRead = AuditAction.Load("Test.Read");

    public static Task WriteAsync(CasewellApp app, int count, CancellationToken ct) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        for (var i = 0; i < count; i++)
        {
            db.RecordAccess(TestRead, "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"read {i}");
            await db.SaveChangesAsync(ct);
        }
    });

    /// <summary>
    /// Entries as Casewell wrote them before entries had a source: encoding version 1, MAC'd under the agency's key. The
    /// entity has no public way to make one (new entries are version 2), so they are put together field by field.
    /// </summary>
    public static Task WriteVersion1Async(CasewellApp app, int count, CancellationToken ct) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var key = s.GetRequiredService<AuditKey>();
        for (var i = 0; i < count; i++)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());
            var fields = new AuditEntryFields(Guid.CreateVersion7(at), at, Guid.CreateVersion7(), "Before sources", "Test.OldRead", "Test",
                i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, $"old read {i}", null);
            db.AuditEntries.Add(Version1(fields, key.Mac(AuditEncoding.Entry(1, fields, []))));
            await db.SaveChangesAsync(ct);
        }
    });

    public static AuditEntry Version1(AuditEntryFields fields, byte[] mac)
    {
        var entry = (AuditEntry)Activator.CreateInstance(typeof(AuditEntry), nonPublic: true)!;
        Set(entry, nameof(AuditEntry.Id), fields.Id);
        Set(entry, nameof(AuditEntry.OccurredAt), fields.OccurredAt);
        Set(entry, nameof(AuditEntry.ActorId), fields.ActorId);
        Set(entry, nameof(AuditEntry.ActorName), fields.ActorName);
        Set(entry, nameof(AuditEntry.Action), fields.Action);
        Set(entry, nameof(AuditEntry.EntityType), fields.EntityType);
        Set(entry, nameof(AuditEntry.EntityId), fields.EntityId);
        Set(entry, nameof(AuditEntry.ClientId), fields.ClientId);
        Set(entry, nameof(AuditEntry.Details), fields.Details);
        Set(entry, nameof(AuditEntry.EncodingVersion), (short)1);
        Set(entry, nameof(AuditEntry.Mac), mac);
        return entry;
    }

    private static void Set(AuditEntry entry, string property, object? value) =>
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);

    public static async Task<int> SealAllAsync(CasewellApp app, CancellationToken ct, int batchSize = 1000)
    {
        var total = 0;
        while (true)
        {
            var report = await app.WithServicesAsync(s => s.GetRequiredService<SealAuditTrailHandler>().Handle(new SealAuditTrail(batchSize, 100_000), ct));
            total += report.Sealed;
            if (report.Sealed == 0 && !report.Busy) return total;
        }
    }

    public static Task<AuditChainReport> VerifyAsync(CasewellApp app, CancellationToken ct, AuditCheckpointToken? checkpoint = null) =>
        app.WithServicesAsync(s => s.GetRequiredService<VerifyAuditChainHandler>().Handle(new VerifyAuditChain(checkpoint), ct));

    /// <summary>A context of this app's database whose audit key is not the agency's: what someone without the key could write.</summary>
    public static CasewellDbContext WithoutTheKey(IServiceProvider services) =>
        (CasewellDbContext)ActivatorUtilities.CreateInstance(services, services.GetRequiredService<CasewellDbContext>().GetType(),
            new AuditKey(RandomNumberGenerator.GetBytes(AuditKey.Length)));

    /// <summary>Drops the append-only triggers, as a tamperer with the database's owner role could.</summary>
    public static Task DropTriggersAsync(CasewellApp app, CancellationToken ct) => app.WithServicesAsync(async s =>
    {
        var db = s.GetRequiredService<CasewellDbContext>();
        var drops = db is PostgresCasewellDbContext ? PostgresAuditSql.DropTriggers() : SqliteAuditSql.DropTriggers();
        foreach (var sql in drops) await db.Database.ExecuteSqlRawAsync(sql, ct);
    });

    public static Task SqlAsync(CasewellApp app, FormattableString sql, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database.ExecuteSqlAsync(sql, ct));

    public static Task<List<AuditSeal>> SealsAsync(CasewellApp app, CancellationToken ct) =>
        app.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditSeals.AsNoTracking().OrderBy(x => x.Position).ToListAsync(ct));
}
