using System.Security.Cryptography;
using Casewell.Clients;
using Casewell.Data;
using Casewell.Identity;
using Casewell.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.BrowserTests;

/// <summary>A program with one team (a supervisor and a case worker), an intake worker, and a client: made behind the scenes, as an administrator would have.</summary>
public sealed record CaseTeam(string ProgramName, string TeamName, string SupervisorEmail, string WorkerEmail, string WorkerName, string IntakeEmail, Guid ClientId, string ClientName)
{
    public static async Task<CaseTeam> CreateAsync(BrowserApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var suffix = RandomNumberGenerator.GetHexString(6, lowercase: true);
        var supervisor = await app.CreateStaffAsync(StaffRole.Supervisor, $"Sam Supervisor {suffix}");
        var workerName = $"Wren Worker {suffix}";
        var worker = await app.CreateStaffAsync(StaffRole.CaseWorker, workerName);
        var intake = await app.CreateStaffAsync(StaffRole.IntakeWorker, $"Ina Intake {suffix}");
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var ct = CancellationToken.None;
        var programName = $"Family Preservation {suffix}";
        var programId = (await services.GetRequiredService<CreateProgramHandler>().Handle(new CreateProgram(programName, null), ct)).Value;
        var teamName = $"Unit {suffix}";
        var teamId = (await services.GetRequiredService<CreateTeamHandler>().Handle(new CreateTeam(teamName, programId), ct)).Value;
        var db = services.GetRequiredService<CasewellDbContext>();
        var staff = db.StaffUsers.Where(u => u.Email == supervisor || u.Email == worker || u.Email == intake).ToDictionary(u => u.Email, u => u.Id);
        var members = services.GetRequiredService<SetTeamMemberHandler>();
        Assert.True((await members.Handle(new SetTeamMember(teamId, staff[supervisor], IsSupervisor: true), ct)).Succeeded);
        Assert.True((await members.Handle(new SetTeamMember(teamId, staff[worker], IsSupervisor: false), ct)).Succeeded);

        var client = new Client(Guid.CreateVersion7(), new ClientDetails { LegalName = new PersonName("Nora", null, "Casepath" + suffix), BirthDate = new DateOnly(2016, 2, 3) },
            // Registered by intake: the registrar reads the record until a case is assigned (decision 0018).
            TimeProvider.System.GetUtcNow().AddDays(-1), staff[intake]);
        db.Clients.Add(client);
        await ClientMatchIndex.RefreshAsync(db, client, isNew: true, ct);
        await db.SaveChangesAsync(ct);
        return new CaseTeam(programName, teamName, supervisor, worker, workerName, intake, client.Id, client.DisplayName);
    }
}
