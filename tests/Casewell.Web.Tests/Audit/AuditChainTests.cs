using System.Net;
using System.Net.Http.Json;
using Casewell.Audit;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Audit;

/// <summary>Tampers with the trail, so it is a class of its own (each class gets its own database).</summary>
public abstract class AuditChainTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_chain_is_intact_after_ordinary_activity_and_broken_after_an_edit_in_the_database()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var created = await administrator.PostAsJsonAsync("/api/v1/staff",
            new { email = "audited@agency.example.org", displayName = "Audited Worker", role = "CaseWorker", password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var stranger = App.CreateAnonymousClient();
        await stranger.PostAsJsonAsync("/api/v1/session", new { email = "audited@agency.example.org", password = "a wrong password" }, Cancellation);

        var before = await VerifyAsync();
        Assert.True(before.IsIntact, before.Problem);
        Assert.True(before.EntriesChecked >= 3, $"only {before.EntriesChecked} entries were written");

        await App.WithServicesAsync(s => s.GetRequiredService<CasewellDbContext>().Database
            .ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'x' WHERE \"Sequence\" = 2", Cancellation));

        var after = await VerifyAsync();
        Assert.False(after.IsIntact);
        Assert.Equal(2, after.FirstBrokenSequence);
    }

    private Task<AuditChainReport> VerifyAsync() =>
        App.WithServicesAsync(s => s.GetRequiredService<VerifyAuditChainHandler>().Handle(Cancellation));
}

public sealed class AuditChainTests_on_Sqlite(SqliteApp app) : AuditChainTests(app), IClassFixture<SqliteApp>;

public sealed class AuditChainTests_on_Postgres(PostgresApp app) : AuditChainTests(app), IClassFixture<PostgresApp>;
