using System.Globalization;
using Casewell.Audit;
using Casewell.Demo;
using Casewell.Identity;

namespace Casewell.Web.Hosting;

/// <summary>
/// `dotnet run --project src/Casewell.Web -- &lt;command&gt;`: operations for scripts and operators, run in the same
/// process model and with the same configuration as the web host, but without starting the server.
/// </summary>
internal static class AdminCommands
{
    private static readonly string[] Commands = ["migrate", "create-user", "seed-demo", "verify-audit", "audit-retention", "help"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var ct = CancellationToken.None;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<AuditSource>().NameWork(AuditSource.CommandLine);
        switch (args[0])
        {
            case "migrate":
                await DatabaseStartup.MigrateAsync(services, ct);
                Console.WriteLine("The database is up to date.");
                return 0;
            case "create-user":
                await DatabaseStartup.MigrateAsync(services, ct);
                return await CreateUserAsync(services, args[1..], ct);
            case "seed-demo":
                await DatabaseStartup.MigrateAsync(services, ct);
                return await SeedDemoAsync(services, args[1..], ct);
            case "verify-audit":
                await DatabaseStartup.MigrateAsync(services, ct);
                return await VerifyAuditAsync(services, args[1..], ct);
            case "audit-retention":
                await DatabaseStartup.MigrateAsync(services, ct);
                return await AuditRetentionAsync(services, args[1..], ct);
            default:
                PrintHelp();
                return 0;
        }
    }

    private static async Task<int> CreateUserAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args);
        var email = options.Get("--email");
        var name = options.Get("--name");
        var roleText = options.Get("--role");
        if (email is null || name is null || roleText is null || !Enum.TryParse<StaffRole>(roleText, ignoreCase: false, out var role))
        {
            await Console.Error.WriteLineAsync($"usage: create-user --email E --name N --role R [--password-stdin]\n  roles: {string.Join(", ", Enum.GetNames<StaffRole>())}");
            return 2;
        }
        string? password;
        if (options.Has("--password-stdin"))
        {
            password = (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r', '\n');
        }
        else
        {
            Console.Write("Password (at least 12 characters): ");
            password = ReadHidden();
        }

        var result = await services.GetRequiredService<CreateStaffUserHandler>().Handle(new CreateStaffUser(email, name, role, password ?? ""), ct);
        if (result.Failed)
        {
            foreach (var (field, messages) in result.Errors.Word())
                foreach (var message in messages) await Console.Error.WriteLineAsync($"{field}: {message}");
            return 1;
        }
        Console.WriteLine($"Created {role} {email} ({result.Value}).");
        return 0;
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args);
        var sizeText = options.Get("--size") ?? nameof(DemoSize.Small);
        var seedText = options.Get("--seed") ?? SeedDemoData.DefaultSeed.ToString(CultureInfo.InvariantCulture);
        if (!Enum.TryParse<DemoSize>(sizeText, ignoreCase: true, out var size) || !Enum.IsDefined(size)
            || !int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            await Console.Error.WriteLineAsync("usage: seed-demo [--size small|agency|state] [--seed N]");
            return 2;
        }

        var scale = DemoScale.For(size);
        Console.WriteLine($"Generating {size.ToString().ToLowerInvariant()} demo data: {scale.Staff:N0} staff, {scale.Clients:N0} clients, {scale.Cases:N0} cases...");
        var started = TimeProvider.System.GetTimestamp();
        var reported = (Stage: "", Done: 0);
        var progress = new Progress<DemoProgress>(p =>
        {
            // A line per 10% of each stage: enough to see it move, few enough to read.
            if (p.Stage == reported.Stage && p.Done - reported.Done < p.Total / 10) return;
            reported = (p.Stage, p.Done);
            Console.WriteLine($"  {p.Done:N0} {p.Stage} written ({TimeProvider.System.GetElapsedTime(started).TotalSeconds:N0} s)");
        });
        var result = await services.GetRequiredService<SeedDemoDataHandler>().Handle(new SeedDemoData(size, seed), progress, ct);
        if (result.Failed)
        {
            await Console.Error.WriteLineAsync(result.Detail?.Word() ?? string.Join("; ", result.Errors.Word().SelectMany(e => e.Value)));
            return 1;
        }

        var report = result.Value!;
        Console.WriteLine($"""
            Done in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:N0} s: {report.Programs} programs, {report.Teams} teams, {report.Staff:N0} staff,
            {report.Clients:N0} clients in {report.Households:N0} households, {report.Relationships:N0} relationships, {report.Collaterals:N0} collateral contacts,
            {report.Cases:N0} cases ({report.OpenCases:N0} open), {report.Tasks:N0} tasks, {report.Contacts:N0} contacts, {report.TimelineEntries:N0} timeline entries.

            Demo sign-ins (every demo account has the password {report.Password}):
            """);
        foreach (var signIn in report.SignIns)
            Console.WriteLine($"  {signIn.Role,-16} {signIn.Email,-40} {signIn.Name}");
        return 0;
    }

    private static async Task<int> VerifyAuditAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args);
        var tokenText = options.Get("--checkpoint");
        var token = AuditCheckpointToken.Parse(tokenText);
        var wellFormed = args.Length == 0 || (args.Length == 2 && args[0] == "--checkpoint" && token is not null);
        if (!wellFormed)
        {
            await Console.Error.WriteLineAsync("usage: verify-audit [--checkpoint cw1.<position>.<seal MAC>.<unix ms>.<MAC>]");
            return 2;
        }
        if (token is not null && !token.IsGenuine(services.GetRequiredService<AuditKey>()))
        {
            await Console.Error.WriteLineAsync("The checkpoint was not made with this audit key (Audit:Key): check it was copied whole, and the key.");
            return 2;
        }

        var report = await services.GetRequiredService<VerifyAuditChainHandler>().Handle(new VerifyAuditChain(token), ct);
        if (!report.IsIntact)
        {
            var where = report.FirstBrokenSequence is { } sequence ? $"entry {sequence}" : $"seal {report.FirstBrokenPosition}";
            await Console.Error.WriteLineAsync($"The audit trail is broken at {where}: {report.Problem}. {report.SealsChecked} seals were verified before it.");
            return 1;
        }
        Console.WriteLine($"The audit trail is intact: {report.EntriesChecked} entries verified, {report.SealsChecked} sealed, {report.Unsealed} not sealed yet.");
        if (report.Earlier > 0)
            Console.WriteLine($"{report.Earlier} of them were written before the trail was keyed: they carry no MAC, so their content cannot be verified, but their place in the chain is sealed.");
        if (report.Retention is { } kept)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kept.MonthsDropped} months dropped (up to sequence {kept.BoundarySequence}, seal {kept.BoundaryPosition}) on {kept.DroppedAt:yyyy-MM-dd} by {kept.DroppedBy}: the trail holds {kept.KeptFrom:yyyy-MM} on, and was verified from seal {kept.BoundaryPosition + 1}."));
        if (token is not null) Console.WriteLine($"The chain still holds seal {token.Position}, where the checkpoint was taken.");
        if (report.Checkpoint is { } now) Console.WriteLine($"Checkpoint (keep it outside the database): {now}");
        return 0;
    }

    private static async Task<int> AuditRetentionAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        var options = CommandOptions.Parse(args);
        var confirm = options.Has("--confirm");
        var wellFormed = DateOnly.TryParseExact(options.Get("--before"), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var before)
            && args.Length == (confirm ? 3 : 2) && (!confirm || options.Get("--confirm") is null);
        if (!wellFormed)
        {
            await Console.Error.WriteLineAsync("usage: audit-retention --before YYYY-MM [--confirm]");
            return 2;
        }

        var report = await services.GetRequiredService<ApplyAuditRetentionHandler>()
            .Handle(new ApplyAuditRetention(before, confirm, $"{Environment.UserName} ({AuditSource.CommandLine})"), ct);
        var months = string.Join(", ", report.Months.Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        switch (report.Outcome)
        {
            case AuditRetentionOutcome.NotPartitioned:
                await Console.Error.WriteLineAsync(report.Problem);
                return 2;
            case AuditRetentionOutcome.Refused:
                await Console.Error.WriteLineAsync($"Nothing was dropped: {report.Problem}");
                return 1;
            case AuditRetentionOutcome.NothingToDrop:
                Console.WriteLine($"The trail holds no month before {before:yyyy-MM}: nothing to drop.");
                return 0;
            case AuditRetentionOutcome.WouldDrop:
                Console.WriteLine($"Would drop {report.Months.Count} months ({months}): {report.Entries} entries, all sealed. Run again with --confirm to drop them.");
                return 0;
            default:
                var record = report.Record!;
                Console.WriteLine($"Dropped {report.Months.Count} months ({months}): {report.Entries} entries. Retention record {record.Number}: the trail now starts "
                    + $"after seal {record.BoundaryPosition} (entry {record.BoundarySequence}). Run verify-audit and keep its new checkpoint.");
                return 0;
        }
    }

    private static string? ReadHidden()
    {
        if (Console.IsInputRedirected) return Console.ReadLine();
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (chars.Count > 0) chars.RemoveAt(chars.Count - 1); }
            else chars.Add(key.KeyChar);
        }
        Console.WriteLine();
        return new string([.. chars]);
    }

    private static void PrintHelp() => Console.WriteLine("""
        Casewell administration commands:
          migrate                                   apply database migrations
          create-user --email E --name N --role R [--password-stdin]
          seed-demo [--size small|agency|state] [--seed N]
                                                    fill an empty database with generated demo data
          verify-audit [--checkpoint TOKEN]         check the audit trail's MACs and seal chain, and that it
                                                    still reaches a checkpoint printed by an earlier run
          audit-retention --before YYYY-MM [--confirm]
                                                    drop the audit trail's months before that one (PostgreSQL),
                                                    every entry of them sealed, after a retention record that
                                                    verify-audit starts from; without --confirm, say what would go
        """);
}
