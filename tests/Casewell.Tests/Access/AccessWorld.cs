using Casewell.Access;
using Casewell.Audit;
using Casewell.Cases;
using Casewell.CaseTypes;
using Casewell.Clients;
using Casewell.Data;
using Casewell.Data.Sqlite;
using Casewell.Identity;
using Casewell.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Tests.Access;

/// <summary>
/// One agency in an SQLite database in memory, with someone in every relationship to a case that the access rules
/// know of, so that the rules' own query expressions run as the app runs them, without a web host. A program that
/// keeps cases to their workers ("Family Services": teams North and South) and one that lets the team see them
/// ("Reentry": team East).
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    // Foreign keys off: case types, and the clients of all but one case, are not what the rules look at.
    private readonly SqliteConnection connection = new("Data Source=:memory:;Foreign Keys=False");
    private readonly Dictionary<string, (CurrentStaff Staff, Guid CaseId)> people = new(StringComparer.Ordinal);
    private int caseNumber;
    private ServiceProgram? familyProgram;
    private Team? northTeam;

    /// <summary>A case of team North in "Family Services", with a primary and a secondary worker.</summary>
    public Guid NorthCase { get; private set; }

    public Guid NorthClient { get; private set; }

    public Guid NorthTeam { get; private set; }
    public Guid SouthTeam { get; private set; }
    public Guid EastTeam { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await connection.OpenAsync(ct);
        await using var db = Context(CurrentStaff.System());
        await db.Database.EnsureCreatedAsync(ct);

        var family = new ServiceProgram(Guid.CreateVersion7(), "Family Services", null);
        var reentry = new ServiceProgram(Guid.CreateVersion7(), "Reentry", null);
        reentry.SetCasePolicies(closureRequiresApproval: true, teamMayViewCases: true);
        var north = new Team(Guid.CreateVersion7(), "North", family.Id);
        var south = new Team(Guid.CreateVersion7(), "South", family.Id);
        var east = new Team(Guid.CreateVersion7(), "East", reentry.Id);
        (NorthTeam, SouthTeam, EastTeam) = (north.Id, south.Id, east.Id);
        (familyProgram, northTeam) = (family, north);

        var intake = Staff("the intake worker", StaffRole.IntakeWorker);
        var primary = Member(north, Staff("its primary worker", StaffRole.CaseWorker), supervises: false);
        var secondary = Member(north, Staff("its secondary worker", StaffRole.CaseWorker), supervises: false);
        var supervisor = Member(north, Staff("a supervisor of its team", StaffRole.Supervisor), supervises: true);
        // Registered by the intake worker, who opened its case.
        var client = new Client(Guid.CreateVersion7(), new ClientDetails { LegalName = new PersonName("Ana", null, "Garcia"), BirthDate = new DateOnly(1990, 5, 1) }, Now, intake.Id);
        var northCase = Case(family, north, intake, client.Id);
        NorthCase = northCase.Id;
        NorthClient = client.Id;
        Assign(northCase, primary, supervisor);
        Require(northCase.AddSecondary(Ref(secondary), Ref(supervisor), Now, Guid.CreateVersion7));
        Sees(primary, northCase);
        Sees(secondary, northCase);
        Sees(supervisor, northCase);

        Sees(Member(north, Staff("a worker of its team, where the program keeps cases to their workers", StaffRole.CaseWorker), supervises: false), northCase);
        Sees(Member(south, Staff("a worker of another team", StaffRole.CaseWorker), supervises: false), northCase);
        Sees(Member(south, Staff("a supervisor of another team", StaffRole.Supervisor), supervises: true), northCase);
        Sees(Member(north, Staff("a supervisor-role member of its team who does not supervise it", StaffRole.Supervisor), supervises: false), northCase);
        var manager = Staff("a manager of its program", StaffRole.ProgramManager);
        family.AddManager(manager.Id);
        Sees(manager, northCase);
        var otherManager = Staff("a manager of another program", StaffRole.ProgramManager);
        reentry.AddManager(otherManager.Id);
        Sees(otherManager, northCase);
        Sees(Staff("an administrator", StaffRole.Administrator), northCase);
        Sees(Staff("an auditor", StaffRole.Auditor), northCase);
        Sees(Staff("a partner", StaffRole.Partner), northCase);
        people["someone not signed in"] = (CurrentStaff.Anonymous(), northCase.Id);
        people["the intake worker, for the referral they made once it is assigned"] = (intake, northCase.Id);

        var queued = Case(family, north, intake);
        people["the intake worker, for the referral they made while it waits in the queue"] = (intake, queued.Id);
        var otherIntake = Staff("another intake worker, for a referral waiting in the queue", StaffRole.IntakeWorker);
        Sees(otherIntake, queued);
        people["a supervisor of its team, for a referral waiting in the queue"] = (supervisor, queued.Id);
        people["its primary worker, for a referral of its team waiting in the queue"] = (primary, queued.Id);

        var eastWorker = Member(east, Staff("the primary worker in the program that lets the team see cases", StaffRole.CaseWorker), supervises: false);
        var eastSupervisor = Member(east, Staff("a supervisor of the team, in the program that lets the team see cases", StaffRole.Supervisor), supervises: true);
        var eastCase = Case(reentry, east, intake);
        Assign(eastCase, eastWorker, eastSupervisor);
        Sees(eastWorker, eastCase);
        Sees(eastSupervisor, eastCase);
        Sees(Member(east, Staff("a worker of its team, where the program lets the team see cases", StaffRole.CaseWorker), supervises: false), eastCase);
        Sees(Member(north, Staff("a worker of another team, where the program lets the team see cases", StaffRole.CaseWorker), supervises: false), eastCase);
        people["a manager of its program, where the program lets the team see cases"] = (otherManager, eastCase.Id);

        var departed = Member(north, Staff("its former primary worker, since deactivated", StaffRole.CaseWorker), supervises: false);
        var departedCase = Case(family, north, intake);
        Assign(departedCase, departed, supervisor);
        Sees(departed, departedCase);

        var transferred = Member(north, Staff("its former primary worker, after a transfer", StaffRole.CaseWorker), supervises: false);
        var transferredCase = Case(family, north, intake);
        Assign(transferredCase, transferred, supervisor);
        Require(transferredCase.AssignPrimary(Ref(primary), "Caseload balance", Ref(supervisor), Now.AddDays(1), Guid.CreateVersion7));
        Sees(transferred, transferredCase);

        // Deactivated accounts keep their memberships (the record of who was on a team); the rules must not follow them.
        var departedTeamWorker = Member(east, Staff("a worker of its team, where the program lets the team see cases, since deactivated", StaffRole.CaseWorker), supervises: false);
        Sees(departedTeamWorker, eastCase);
        var departedSupervisor = Member(north, Staff("a supervisor of its team, since deactivated", StaffRole.Supervisor), supervises: true);
        Sees(departedSupervisor, northCase);
        Sees(Member(east, Staff("a supervisor-role member of its team who does not supervise it, where the program lets the team see cases", StaffRole.Supervisor),
            supervises: false), eastCase);

        db.AddRange(client, family, reentry, north, south, east, northCase, queued, eastCase, departedCase, transferredCase);
        db.StaffUsers.AddRange(people.Values.Select(p => p.Staff).Where(s => s.IsSignedIn).DistinctBy(s => s.Id)
            .Select(s => new StaffUser(s.Id, $"{s.Id:N}@agency.example.org", s.Name, s.Role!.Value, Now)));
        await db.SaveChangesAsync(ct);

        // Deactivation as an administrator does it: the account's cases go back to their queues.
        foreach (var gone in new[] { departed, departedTeamWorker, departedSupervisor })
            Require(await new ChangeStaffStatusHandler(db, TimeProvider.System).Handle(new ChangeStaffStatus(gone.Id, Active: false), ct));
    }

    /// <summary>
    /// A further client, registered by <paramref name="createdBy"/>: a member of a new family case of team North's that its
    /// primary worker holds, or with an assigned case of their own there, or with no case at all.
    /// </summary>
    public async Task<Guid> AddClientAsync(string firstName, Guid createdBy, bool familyMember = false, bool assignedCase = false)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Context(CurrentStaff.System());
        var client = new Client(Guid.CreateVersion7(), new ClientDetails { LegalName = new PersonName(firstName, null, "Garcia") }, Now, createdBy);
        db.Add(client);
        var (primary, _) = Person("its primary worker");
        var (supervisor, _) = Person("a supervisor of its team");
        if (familyMember || assignedCase)
        {
            var @case = new Case(Guid.CreateVersion7(), $"2026-{++caseNumber:000000}",
                new CaseIntake(familyMember ? Guid.CreateVersion7() : client.Id, familyProgram!.Id, northTeam!.Id, SeededCaseTypes.General, CasePriority.Medium,
                    ReferralSource.Self, "Referred", null, familyMember ? [client.Id] : []),
                Ref(supervisor), Now);
            Assign(@case, primary, supervisor);
            db.Add(@case);
        }
        await db.SaveChangesAsync(ct);
        return client.Id;
    }

    public async ValueTask DisposeAsync() => await connection.DisposeAsync();

    /// <summary>Who, and the case the sentence is about.</summary>
    public (CurrentStaff Staff, Guid CaseId) Person(string who) =>
        people.TryGetValue(who, out var person) ? person : throw new ArgumentException($"No one in the world is \"{who}\".", nameof(who));

    public CasewellDbContext Context(CurrentStaff actor) =>
        new SqliteCasewellDbContext(new DbContextOptionsBuilder<SqliteCasewellDbContext>().UseSqlite(connection).Options, actor, TimeProvider.System, new AuditKey(new byte[AuditKey.Length]));

    private void Sees(CurrentStaff staff, Case @case) => people[staff.Name] = (staff, @case.Id);

    private static CurrentStaff Staff(string who, StaffRole role) => CurrentStaff.SignedIn(Guid.CreateVersion7(), who, role);

    private static CurrentStaff Member(Team team, CurrentStaff staff, bool supervises)
    {
        team.SetMember(staff.Id, supervises);
        return staff;
    }

    private Case Case(ServiceProgram program, Team team, CurrentStaff openedBy, Guid? clientId = null) =>
        new(Guid.CreateVersion7(), $"2026-{++caseNumber:000000}",
            new CaseIntake(clientId ?? Guid.CreateVersion7(), program.Id, team.Id, SeededCaseTypes.General, CasePriority.Medium, ReferralSource.Self, "Referred", null, []),
            Ref(openedBy), Now);

    private static void Assign(Case @case, CurrentStaff worker, CurrentStaff supervisor)
    {
        Require(@case.AssignPrimary(Ref(worker), null, Ref(supervisor), Now, Guid.CreateVersion7));
    }

    private static StaffRef Ref(CurrentStaff staff) => new(staff.Id, staff.Name);

    private static void Require(Casewell.Common.Result result)
    {
        if (result.Failed) throw new InvalidOperationException($"The world could not be built: {result.Kind}.");
    }
}
