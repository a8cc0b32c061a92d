using System.Net;
using System.Net.Http.Json;
using Casewell.Audit;
using Casewell.Identity;

namespace Casewell.Web.Tests.Audit;

/// <summary>Ordinary activity, sealed, verifies; then an entry is edited and the chain after it recomputed without the key.</summary>
public abstract class AuditChainTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_trail_is_intact_after_ordinary_activity_and_an_edit_is_found_even_with_the_chain_after_it_recomputed_without_the_key()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var created = await administrator.PostAsJsonAsync("/api/v1/staff",
            new { email = "audited@agency.example.org", displayName = "Audited Worker", role = "CaseWorker", password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var stranger = App.CreateAnonymousClient();
        await stranger.PostAsJsonAsync("/api/v1/session", new { email = "audited@agency.example.org", password = "a wrong password" }, Cancellation);
        await AuditTrail.SealAllAsync(App, Cancellation);

        var before = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.True(before.IsIntact, before.Problem);
        Assert.True(before.SealsChecked >= 3, $"only {before.SealsChecked} entries were sealed");
        Assert.Equal(0, before.Unsealed);
        Assert.NotNull(before.Checkpoint);

        var seals = await AuditTrail.SealsAsync(App, Cancellation);
        var edited = seals[1];
        await AuditTrail.DropTriggersAsync(App, Cancellation);
        await AuditTrail.SqlAsync(App, $"UPDATE \"AuditEntries\" SET \"Details\" = 'x' WHERE \"Sequence\" = {edited.EntrySequence}", Cancellation);
        // The tamperer re-seals from the edited entry on, as well as anyone can without the key.
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditSeals\" WHERE \"Position\" >= {edited.Position}", Cancellation);
        await AuditTrail.SqlAsync(App, $"DELETE FROM \"AuditCheckpoints\"", Cancellation);
        await App.WithServicesAsync(s => new SealAuditTrailHandler(AuditTrail.WithoutTheKey(s)).Handle(new SealAuditTrail(1000, 100_000), Cancellation));

        var after = await AuditTrail.VerifyAsync(App, Cancellation);
        Assert.False(after.IsIntact);
        Assert.Equal(edited.EntrySequence, after.FirstBrokenSequence);
        Assert.Null(after.Checkpoint);
    }
}

public sealed class AuditChainTests_on_Sqlite(SqliteApp app) : AuditChainTests(app), IClassFixture<SqliteApp>;

public sealed class AuditChainTests_on_Postgres(PostgresApp app) : AuditChainTests(app), IClassFixture<PostgresApp>;
