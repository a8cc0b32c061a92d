namespace Casewell.Web.Tests;

/// <summary>
/// Base of every integration test class. Write the tests once in an abstract class deriving from this, then
/// declare one tiny subclass per database (see README.md):
/// <code>
/// public sealed class StaffApiTests_on_Sqlite(SqliteApp app) : StaffApiTests(app), IClassFixture&lt;SqliteApp&gt;;
/// public sealed class StaffApiTests_on_Postgres(PostgresApp app) : StaffApiTests(app), IClassFixture&lt;PostgresApp&gt;;
/// </code>
/// </summary>
public abstract class IntegrationTest
{
    protected IntegrationTest(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.RequireDatabase();
        App = app;
    }

    protected CasewellApp App { get; }

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;
}
