using System.Xml.Linq;
using Casewell.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Casewell.Web.Hosting;

/// <summary>Points ASP.NET Core Data Protection at the database, so several instances share keys.</summary>
internal sealed class DatabaseKeyStorage(IServiceScopeFactory scopes) : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options) => options.XmlRepository = new Repository(scopes);

    private sealed class Repository(IServiceScopeFactory scopes) : IXmlRepository
    {
        // Data Protection calls these synchronously, once at start-up and when a key rotates (every 90 days).
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CasewellDbContext>();
            return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList().Select(XElement.Parse).ToList();
        }

        // Blocking on SaveChangesAsync here would hold a second thread and risk a deadlock; the context saves only
        // asynchronously (its saves write the audit trail, which a key is not part of). A plain synchronous insert
        // is what this synchronous interface wants: a key row is never audited, versioned or changed afterwards,
        // and the quoted names are those both databases' migrations create.
        public void StoreElement(XElement element, string friendlyName)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CasewellDbContext>();
            var xml = element.ToString(SaveOptions.DisableFormatting);
            db.Database.ExecuteSql($"INSERT INTO \"DataProtectionKeys\" (\"FriendlyName\", \"Xml\") VALUES ({friendlyName}, {xml})");
        }
    }
}
