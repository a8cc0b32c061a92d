using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Casewell.Audit;
using Casewell.Clients;
using Casewell.Data;
using Casewell.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Probe;

/// <summary>
/// A digest of every business table, row by row, read straight from the database: what "changes nothing" means
/// for the probe. Left out are the tables that record requests by design, refused ones included: the audit trail
/// and its seals, sessions (their last activity moves on every request), sign-in throttles, identifier lookup
/// tallies, and the server's own keys.
/// </summary>
public sealed class BusinessDigest
{
    private static readonly HashSet<Type> RecordsRequests =
    [
        typeof(AuditEntry), typeof(AuditEntryClient), typeof(AuditSeal), typeof(AuditCheckpoint),
        typeof(StaffSession), typeof(SignInThrottle), typeof(IdentifierLookupTally), typeof(DataProtectionKeyRecord),
    ];

    private readonly SortedDictionary<string, string> tables;

    private BusinessDigest(SortedDictionary<string, string> tables) => this.tables = tables;

    public static async Task<BusinessDigest> ReadAsync(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return await app.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<CasewellDbContext>();
            var names = db.Model.GetEntityTypes()
                .Where(t => !RecordsRequests.Contains(t.ClrType) && t.GetTableName() is not null)
                .Select(t => (Schema: t.GetSchema(), Table: t.GetTableName()!))
                .Distinct()
                .ToList();
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            try
            {
                var tables = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var (schema, table) in names)
                {
                    var qualified = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
                    tables[qualified] = await DigestOfAsync(connection, qualified);
                }
                return new BusinessDigest(tables);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }

    /// <summary>The tables whose rows differ from <paramref name="before"/>'s, with their row counts; empty when none.</summary>
    public string DifferenceFrom(BusinessDigest before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return string.Join(", ", tables.Where(t => before.tables.GetValueOrDefault(t.Key) != t.Value)
            .Select(t => $"{t.Key} ({before.tables.GetValueOrDefault(t.Key)?.Split(':')[0] ?? "?"} -> {t.Value.Split(':')[0]} rows)"));
    }

    public int TableCount => tables.Count;

    // Rows sorted, so that the order a database returns them in does not matter: "rows:sha256".
    private static async Task<string> DigestOfAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
                row.Append(reader.GetName(i)).Append('=').Append(Text(reader.GetValue(i))).Append('\u001f');
            rows.Add(row.ToString());
        }
        rows.Sort(StringComparer.Ordinal);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows)));
        return $"{rows.Count}:{Convert.ToHexString(hash)}";
    }

    private static string Text(object value) => value switch
    {
        DBNull => "\u2205",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
