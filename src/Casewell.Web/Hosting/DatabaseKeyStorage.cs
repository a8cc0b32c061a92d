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

        public void StoreElement(XElement element, string friendlyName)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CasewellDbContext>();
            db.DataProtectionKeys.Add(new DataProtectionKeyRecord { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            db.SaveChangesAsync().GetAwaiter().GetResult();
        }
    }
}
