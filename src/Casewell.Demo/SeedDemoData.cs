using System.Security.Cryptography;
using Casewell.Audit;
using Casewell.Cases;
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
    int Cases,
    int OpenCases,
    int Tasks,
    int Contacts,
    int TimelineEntries,
    string Password,
    IReadOnlyList<DemoSignIn> SignIns);

/// <summary>How far the generator has got: <paramref name="Done"/> of <paramref name="Total"/> clients, then cases.</summary>
public sealed record DemoProgress(string Stage, int Done, int Total);

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

    private const int CaseSeedSalt = 0x0CA5E5;

    public async Task<Result<DemoSeedReport>> Handle(SeedDemoData request, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (db.Actor.IsSignedIn) return Result<DemoSeedReport>.Forbidden(new Message(DemoMessages.CommandLineOnly));
        if (!Enum.IsDefined(request.Size)) return Result<DemoSeedReport>.Invalid("Size", new Message(DemoMessages.ChooseSize));
        if (await db.StaffUsers.AnyAsync(ct) || await db.Clients.AnyAsync(ct))
            return Result<DemoSeedReport>.Conflict(new Message(DemoMessages.DatabaseNotEmpty));

        var scale = DemoScale.For(request.Size);
        var now = clock.GetUtcNow();
        var random = new DemoRandom(request.Seed);
        var people = new DemoPeople(random, calendar.Today());
        var password = NewPassword();
        var agency = new DemoStaffing(random, people, now).Build(scale.Staff);
        // One hash for all: hashing is deliberately slow, and every demo account has the same password anyway.
        var passwordHash = hasher.Hash(agency.Staff[0], password);
        foreach (var user in agency.Staff) user.SetPasswordHash(passwordHash);

        await using var load = await BulkLoad.BeginAsync(db, ct);
        return await LoadAsync(request, scale, agency, password, now, random, people, load, new BatchWriter(load, RowsPerBatch), progress, ct);
    }

    private async Task<Result<DemoSeedReport>> LoadAsync(SeedDemoData request, DemoScale scale, DemoAgency agency, string password, DateTimeOffset now,
        DemoRandom random, DemoPeople people, BulkLoad load, BatchWriter writer, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
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
            if (flushed) progress?.Report(new DemoProgress("clients", clients.Clients, scale.Clients));
        }
        await writer.FlushAsync(ct);

        var cases = await WriteCasesAsync(scale, request.Seed, agency, clients.Served, now, load, writer, progress, ct);

        var report = new DemoSeedReport(agency.Staff.Count, agency.Programs.Count, agency.Teams.Count, householdCount,
            clients.Clients, clients.Relationships, clients.Collaterals, cases.Cases, cases.OpenCases, cases.Tasks, cases.Contacts,
            cases.TimelineEntries, password, agency.SignIns);
        await load.CommitAsync(AuditAction.DemoDataSeeded, "Demo",
            $"size {request.Size}, seed {request.Seed}: {report.Staff} staff, {report.Clients} clients, {report.Relationships} relationships, "
            + $"{report.Collaterals} collateral contacts, {report.Cases} cases, {report.Tasks} tasks, {report.Contacts} contacts", ct);
        return Result<DemoSeedReport>.Ok(report);
    }

    /// <summary>
    /// The agency's casework, past and present, numbered in the order cases came in; each year's number
    /// sequence is left where the generated cases stopped, so the next case opened continues it.
    /// </summary>
    private async Task<DemoCaseWriter> WriteCasesAsync(DemoScale scale, int seed, DemoAgency agency, IReadOnlyList<DemoServedHousehold> served,
        DateTimeOffset now, BulkLoad load, BatchWriter writer, IProgress<DemoProgress>? progress, CancellationToken ct)
    {
        var frequencies = await db.CaseTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.ContactFrequencyDays, ct);
        // Its own sequence of choices, so that the people generated for a seed stay the same whatever the cases do.
        var random = new DemoRandom(seed ^ CaseSeedSalt);
        var plans = new DemoCasePlanner(random, agency, served, frequencies, calendar, now).Plan(scale);
        var staff = agency.Staff.ToDictionary(s => s.Id, s => new StaffRef(s.Id, s.DisplayName));
        var intake = agency.InRole(StaffRole.IntakeWorker).Select(s => s.Id).ToList();
        var builder = new DemoCaseBuilder(random, calendar, now, staff, intake, frequencies);
        var cases = new DemoCaseWriter(load, RowsPerBatch);
        var sequences = new SortedDictionary<int, CaseNumberSequence>();
        foreach (var plan in plans)
        {
            var year = calendar.DateOf(plan.ReferredAt).Year;
            if (!sequences.TryGetValue(year, out var sequence)) sequences[year] = sequence = new CaseNumberSequence(year);
            if (await cases.WriteAsync(builder.Build(plan, sequence.Next()), ct)) progress?.Report(new DemoProgress("cases", cases.Cases, plans.Count));
        }
        await cases.FlushAsync(ct);
        db.CaseNumberSequences.AddRange(sequences.Values);
        await writer.FlushAsync(ct);
        return cases;
    }

    /// <summary>Four groups of four letters: long enough for the password rules, easy to read off a screen.</summary>
    private static string NewPassword()
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz";
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(letters, 4));
        return string.Join('-', groups);
    }
}
