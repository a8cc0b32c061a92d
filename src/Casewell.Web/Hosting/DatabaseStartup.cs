using Casewell.Data;
using Casewell.Identity;
using Casewell.Security;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>
    /// Applies pending migrations (on SQLite also turns on write-ahead logging, so readers never wait for a writer),
    /// then checks the field encryption key against the database: a <see cref="FieldKeyException"/> when it is not the
    /// key the database was written with. The server and every admin command come through here.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, CancellationToken.None);
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<CasewellDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
        await db.Database.MigrateAsync(ct);
        // This month's and next month's audit partitions before the first entry (the sealer keeps them ahead after).
        await services.GetRequiredService<Casewell.Audit.EnsureAuditPartitionsHandler>().Handle(new Casewell.Audit.EnsureAuditPartitions(), ct);
        if (await services.GetRequiredService<CheckFieldKeyHandler>().Handle(ct) is { } refusal) throw new FieldKeyException(refusal);
    }

    public static async Task AnnounceFirstRunSetupAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<FirstRunSetup>();
        var token = await setup.IssueTokenAsync(CancellationToken.None);
        if (token is null) return;
        var baseAddress = app.Urls.FirstOrDefault() ?? app.Configuration["Urls"]?.Split(';')[0] ?? "http://localhost:5080";
        // Printed rather than logged at a level filters could hide: this is how the first administrator gets in.
        Console.WriteLine();
        Console.WriteLine("Casewell has no users yet. Create the first administrator at:");
        Console.WriteLine($"  {baseAddress.TrimEnd('/')}/setup?token={token}");
        Console.WriteLine();
    }
}
