using System.Security.Cryptography;
using Casewell.Common;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Security;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Demo;

/// <summary>Fill an empty database with demo data; the same seed makes the same people, so a demo or a benchmark can be rebuilt identically.</summary>
public sealed record SeedDemoData(DemoSize Size, int Seed = SeedDemoData.DefaultSeed)
{
    public const int DefaultSeed = 2026;
}

/// <summary>What was generated; <c>Password</c> is the one password of every demo account, made fresh for each database.</summary>
public sealed record DemoSeedReport(
    int Staff,
    int Programs,
    int Teams,
    int Households,
    int Clients,
    int Relationships,
    int Collaterals,
    string Password,
    IReadOnlyList<DemoSignIn> SignIns);

/// <summary>
/// Fills an empty database with a generated agency and the people it serves. It refuses a database that
/// holds anything, so it can never mix invented people into real records. Everything is written in one
/// transaction (a failed run leaves the database empty) and in batches, with one audit line for the whole
/// load rather than one per generated row.
/// </summary>
public sealed class SeedDemoDataHandler(CasewellDbContext db, FieldProtection protection, StaffPasswordHasher hasher, TimeProvider clock, AgencyCalendar calendar)
{
    /// <summary>Rows tracked before they are written and forgotten: large enough to batch, small enough to keep memory flat.</summary>
    private const int RowsPerBatch = 5_000;

    private static readonly TimeSpan RegistrationSpan = TimeSpan.FromDays(8 * 365);

    public async Task<Result<DemoSeedReport>> Handle(SeedDemoData request, IProgress<int>? clientsWritten, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (db.Actor.IsSignedIn) return Result<DemoSeedReport>.Refused("Demo data can be loaded only from the command line.");
        if (!Enum.IsDefined(request.Size)) return Result<DemoSeedReport>.Invalid("Size", "Choose small, agency or state.");
        if (await db.StaffUsers.AnyAsync(ct) || await db.Clients.AnyAsync(ct))
            return Result<DemoSeedReport>.Conflict("The database already holds staff or clients; demo data goes only into an empty database.");

        var scale = DemoScale.For(request.Size);
        var now = clock.GetUtcNow();
        var random = new DemoRandom(request.Seed);
        var people = new DemoPeople(random, calendar.Today());
        var password = NewPassword();
        var agency = new DemoStaffing(random, people, now).Build(scale.Staff);
        // One hash for all: hashing is deliberately slow, and every demo account has the same password anyway.
        var passwordHash = hasher.Hash(agency.Staff[0], password);
        foreach (var user in agency.Staff) user.SetPasswordHash(passwordHash);

        var writer = new BatchWriter(db, RowsPerBatch);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AuditsEachRow = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.PrepareForBulkLoadAsync(ct);
            db.Programs.AddRange(agency.Programs);
            db.StaffUsers.AddRange(agency.Staff);
            db.Teams.AddRange(agency.Teams);
            await writer.FlushAsync(ct);

            var clients = new DemoClientWriter(db, writer, protection, random, people, new DemoCollaterals(random, people),
                [.. agency.InRole(StaffRole.IntakeWorker).Select(s => s.Id)], now, RegistrationSpan);
            var households = new DemoHouseholds(random, people);
            var householdCount = 0;
            while (clients.Clients < scale.Clients)
            {
                var flushed = await clients.WriteAsync(households.Next(), ct);
                householdCount++;
                if (flushed) clientsWritten?.Report(clients.Clients);
            }
            await writer.FlushAsync(ct);

            var report = new DemoSeedReport(agency.Staff.Count, agency.Programs.Count, agency.Teams.Count, householdCount,
                clients.Clients, clients.Relationships, clients.Collaterals, password, agency.SignIns);
            db.AuditsEachRow = true;
            db.RecordAccess("DemoData.Seeded", "Demo", null, null,
                $"size {request.Size}, seed {request.Seed}: {report.Staff} staff, {report.Clients} clients, {report.Relationships} relationships, {report.Collaterals} collateral contacts");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return Result<DemoSeedReport>.Ok(report);
        }
        finally
        {
            db.AuditsEachRow = true;
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Four groups of four letters: long enough for the password rules, easy to read off a screen.</summary>
    private static string NewPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(letters, 4));
        return string.Join('-', groups);
    }
}
