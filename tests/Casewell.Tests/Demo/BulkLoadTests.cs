using Casewell.Access;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Data.Sqlite;
using Casewell.Demo;
using Casewell.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Demo;

/// <summary>Rows written past the change tracker must read back through EF exactly as if EF had written them.</summary>
public sealed class BulkLoadTests(GeneratedCasework work) : IClassFixture<GeneratedCasework>, IAsyncLifetime
{
    // Foreign keys off: the cases' clients, teams and programs are not the point here.
    private readonly SqliteConnection connection = new("Data Source=:memory:;Foreign Keys=False");

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = Context();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    [Fact]
    public async Task Generated_cases_written_row_by_row_read_back_through_ef_unchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        // More rows than one statement holds, of every kind, including the long case.
        var files = work.Files.Where(f => f.Case.NewEvents.Count >= 450)
            .Concat(work.Files.Where(f => f.Case.PendingClosure is not null).Take(2))
            .Concat(work.Files.Where(f => f.Tasks.Any(t => t.IsOpen && t.OverdueSince is not null)).Take(2))
            .Concat(work.Files.Take(60)).Distinct().ToList();
        await using (var db = Context())
        {
            await using var load = await BulkLoad.BeginAsync(db, ct);
            var writer = new DemoCaseWriter(load, rowsPerBatch: 500);
            foreach (var file in files) await writer.WriteAsync(file, ct);
            await writer.FlushAsync(ct);
            await load.CommitAsync(AuditAction.Load("Test.Loaded"), "Test", $"{files.Count} cases", ct);
        }

        await using var read = Context();
        var cases = await read.Cases.AsNoTracking().Include(c => c.Assignments).Include(c => c.Members).ToDictionaryAsync(c => c.Id, ct);
        var events = await read.CaseEvents.AsNoTracking().ToDictionaryAsync(e => e.Id, ct);
        var tasks = await read.Tasks.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var contacts = await read.CaseContacts.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);

        Assert.Equal(files.Count, cases.Count);
        Assert.Equal(files.Sum(f => f.Case.NewEvents.Count), events.Count);
        Assert.Equal(files.Sum(f => f.Tasks.Count), tasks.Count);
        Assert.Equal(files.Sum(f => f.Contacts.Count), contacts.Count);
        foreach (var file in files)
        {
            var loaded = cases[file.Case.Id];
            AssertSameColumns(read, file.Case, loaded);
            Assert.Equal(file.Case.PendingClosure?.Reason, loaded.PendingClosure?.Reason);
            foreach (var assignment in file.Case.Assignments) AssertSameColumns(read, assignment, loaded.Assignments.Single(a => a.Id == assignment.Id));
            Assert.Equal(file.Case.Members.Select(m => m.ClientId).Order(), loaded.Members.Select(m => m.ClientId).Order());
            foreach (var entry in file.Case.NewEvents) AssertSameColumns(read, entry, events[entry.Id]);
            foreach (var task in file.Tasks) AssertSameColumns(read, task, tasks[task.Id]);
            foreach (var contact in file.Contacts) AssertSameColumns(read, contact, contacts[contact.Id]);
        }
        Assert.Contains(tasks.Values, t => t.Status == CaseTaskStatus.Open && t.OverdueSince is not null);
    }

    /// <summary>Column by column, after the same value conversion EF applies (instants on SQLite keep 0.1 ms, as EF writes them).</summary>
    private static void AssertSameColumns<T>(CasewellDbContext db, T written, T loaded) where T : class
    {
        foreach (var property in db.Model.FindEntityType(typeof(T))!.GetProperties())
        {
            var getter = property.GetGetter();
            var expected = getter.GetClrValueUsingContainingEntity(written);
            if (expected is not null && property.GetRelationalTypeMapping().Converter is { } converter)
                expected = converter.ConvertFromProvider(converter.ConvertToProvider(expected));
            var actual = getter.GetClrValueUsingContainingEntity(loaded);
            Assert.True(Equals(expected, actual), $"{typeof(T).Name}.{property.Name}: wrote {expected}, read {actual}");
        }
    }

    private SqliteCasewellDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite(connection).Options, CurrentStaff.System(), TimeProvider.System, new Casewell.Audit.AuditKey(new byte[Casewell.Audit.AuditKey.Length]));
}
