using Casewell.Access;
using Casewell.Data;
using Casewell.Data.Sqlite;
using Casewell.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Data;

/// <summary>The net under the field checks: a NUL that reaches a command, by any path, stops there.</summary>
public sealed class UnstorableTextGuardTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public async ValueTask InitializeAsync()
    {
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var db = Context();
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    [Fact]
    public async Task A_NUL_in_a_query_parameter_is_never_sent()
    {
        await using var db = Context();
        var name = "Intake\0";

        await Assert.ThrowsAsync<UnstorableTextException>(() => db.Teams.AnyAsync(t => t.Name == name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_NUL_in_a_list_of_parameters_is_never_sent()
    {
        await using var db = Context();
        var names = new[] { "Intake", "Re\0entry" };

        await Assert.ThrowsAsync<UnstorableTextException>(() => db.Teams.Where(t => names.Contains(t.Name)).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_NUL_in_a_saved_value_is_never_stored()
    {
        await using var db = Context();
        db.Teams.Add(new Team(Guid.CreateVersion7(), "Intake\0", null));

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));

        Assert.True(thrown is UnstorableTextException || thrown.InnerException is UnstorableTextException, thrown.ToString());
        await using var fresh = Context();
        Assert.Equal(0, await fresh.Teams.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Ordinary_text_goes_through()
    {
        await using var db = Context();
        db.Teams.Add(new Team(Guid.CreateVersion7(), "Intake\tand\nreentry", null));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.True(await db.Teams.AnyAsync(t => t.Name == "Intake\tand\nreentry", TestContext.Current.CancellationToken));
    }

    private SqliteCasewellDbContext Context() =>
        new(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite(connection).AddInterceptors(UnstorableTextGuard.Instance).Options,
            CurrentStaff.System(), TimeProvider.System, new Casewell.Audit.AuditKey(new byte[Casewell.Audit.AuditKey.Length]));
}
