using Casewell.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>
/// What only PostgreSQL can do: writers side by side, so an entry can commit after a later one was sealed, and sealers
/// on several instances at once. SQLite has one writer at a time, so neither can happen there.
/// </summary>
public sealed class AuditSealingTests_on_Postgres(PostgresApp app) : IntegrationTest(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task An_entry_that_commits_after_a_later_one_was_sealed_is_sealed_by_the_next_run()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var late = scope.ServiceProvider.GetRequiredService<CasewellDbContext>();
        long lateSequence;
        await using (var open = await late.BeginWriteAsync(Cancellation))
        {
            late.RecordAccess(AuditTrail.TestRead, "Test", "late", null, "committed late");
            await late.SaveChangesAsync(Cancellation);
            lateSequence = await late.AuditEntries.MaxAsync(e => e.Sequence, Cancellation);

            await AuditTrail.WriteAsync(App, 2, Cancellation);
            await AuditTrail.SealAllAsync(App, Cancellation);
            var sealedMeanwhile = await AuditTrail.SealsAsync(App, Cancellation);
            Assert.DoesNotContain(sealedMeanwhile, s => s.EntrySequence == lateSequence);
            Assert.Contains(sealedMeanwhile, s => s.EntrySequence > lateSequence);

            await open.CommitAsync(Cancellation);
        }

        await AuditTrail.SealAllAsync(App, Cancellation);
        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        Assert.Equal(seals[^1].EntrySequence, lateSequence);
        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(0, report.Unsealed);
    }

    [Fact]
    public async Task Four_sealers_at_once_seal_each_entry_once_in_one_chain()
    {
        await AuditTrail.WriteAsync(App, 40, Cancellation);
        var writing = AuditTrail.WriteAsync(App, 20, Cancellation);
        await Task.WhenAll(writing, AuditTrail.SealAllAsync(App, Cancellation, batchSize: 3), AuditTrail.SealAllAsync(App, Cancellation, batchSize: 3),
            AuditTrail.SealAllAsync(App, Cancellation, batchSize: 3), AuditTrail.SealAllAsync(App, Cancellation, batchSize: 3));
        await AuditTrail.SealAllAsync(App, Cancellation);

        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        var entries = await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().AuditEntries.CountAsync(Cancellation));
        Assert.Equal(entries, seals.Count);
        Assert.Equal(Enumerable.Range(1, seals.Count).Select(p => (long)p), seals.Select(s => s.Position));
        var report = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(report.IsIntact, report.Problem);
        Assert.Equal(0, report.Unsealed);
    }
}
