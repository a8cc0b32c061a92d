using Casewell.Data;
using Casewell.Documents;
using Casewell.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace Casewell.Web.Documents;

/// <summary>
/// Where documents are kept: <c>Documents:Folder</c>, or by default a <c>documents</c> folder beside the SQLite database
/// (so that one folder holds a small installation's data), or under the content root's <c>data/</c> on PostgreSQL.
/// The folder is made when Casewell starts, so that a folder it cannot write stops it then, not at the first upload.
/// </summary>
internal static class DocumentStorage
{
    public static IServiceCollection AddDocumentStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChecked<DocumentSettings>(configuration, DocumentSettings.Section, o => o.Problem());
        services.AddSingleton<IDocumentStore>(sp => new DiskDocumentStore(FolderOf(sp)));
        services.AddSingleton(sp => new DocumentStaging(FolderOf(sp)));
        services.AddHostedService<DocumentFolderAtStart>();
        return services;
    }

    public static string FolderOf(IServiceProvider services)
    {
        var settings = services.GetRequiredService<DocumentSettings>();
        var contentRoot = services.GetRequiredService<IWebHostEnvironment>().ContentRootPath;
        if (!string.IsNullOrWhiteSpace(settings.Folder)) return Path.GetFullPath(settings.Folder, contentRoot);
        var configuration = services.GetRequiredService<IConfiguration>();
        if (DataServiceCollectionExtensions.ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            var sqlite = new SqliteConnectionStringBuilder(configuration.GetConnectionString("Casewell") is { Length: > 0 } configured
                ? configured : DataServiceCollectionExtensions.DefaultSqliteConnectionString);
            if (sqlite.Mode != SqliteOpenMode.Memory && sqlite.DataSource is { Length: > 0 } file && file != ":memory:")
                return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, "documents");
        }
        return Path.Combine(contentRoot, "data", "documents");
    }

    private sealed class DocumentFolderAtStart(IDocumentStore store, DocumentStaging staging) : IHostedService
    {
        // Made at start, which makes their folders: nothing else to do.
        public Task StartAsync(CancellationToken cancellationToken)
        {
            GC.KeepAlive(store);
            GC.KeepAlive(staging);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
