using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Tests.Hosting;

/// <summary>Data Protection's keys go to the database through a synchronous insert, and every instance reads them back.</summary>
public abstract class DatabaseKeyStorageTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_stored_key_is_read_back_from_the_database()
    {
        // The app's key ring is created at the first request; this element joins it in this class's own database.
        using var signedIn = await App.SignedInAsync(Casewell.Identity.StaffRole.CaseWorker);
        var repository = App.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!;
        var id = Guid.CreateVersion7().ToString();

        repository.StoreElement(new XElement("casewellTestElement", new XAttribute("id", id)), "test-" + id);

        var elements = repository.GetAllElements();
        Assert.Contains(elements, e => e.Attribute("id")?.Value == id);
        Assert.Contains(elements, e => e.Name.LocalName == "key");
    }
}

public sealed class DatabaseKeyStorageTests_on_Sqlite(SqliteApp app) : DatabaseKeyStorageTests(app), IClassFixture<SqliteApp>;

public sealed class DatabaseKeyStorageTests_on_Postgres(PostgresApp app) : DatabaseKeyStorageTests(app), IClassFixture<PostgresApp>;
