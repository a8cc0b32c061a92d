using Microsoft.Data.Sqlite;

namespace Casewell.Web.Tests;

/// <summary>Casewell on SQLite, in a fresh file in the temp folder.</summary>
public sealed class SqliteApp : CasewellApp
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "casewell-tests", Guid.CreateVersion7().ToString("N"));

    public override string Provider => "Sqlite";

    public override string? ConnectionString => $"Data Source={Path.Combine(folder, "casewell.db")}";

    protected override string MissingReason => "SQLite is always available.";

    public override ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open somewhere only leaves litter in the temp folder.
        }
        GC.SuppressFinalize(this);
    }
}
