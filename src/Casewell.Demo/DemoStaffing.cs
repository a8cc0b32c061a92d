using Casewell.Identity;
using Casewell.Organization;

namespace Casewell.Demo;

/// <summary>An account a demo visitor can sign in with, one per role.</summary>
public sealed record DemoSignIn(StaffRole Role, string Email, string Name);

/// <summary>The generated agency: its programs, teams and staff, and which accounts to offer for signing in.</summary>
internal sealed record DemoAgency(
    IReadOnlyList<ServiceProgram> Programs,
    IReadOnlyList<DemoPractice> Practices,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<StaffUser> Staff,
    IReadOnlyList<DemoSignIn> SignIns)
{
    public IEnumerable<StaffUser> InRole(StaffRole role) => Staff.Where(s => s.Role == role);

    /// <summary>The practice a program was made for (programs and practices are listed in the same order).</summary>
    public DemoPractice PracticeOf(Guid programId)
    {
        for (var i = 0; i < Programs.Count; i++)
        {
            if (Programs[i].Id == programId) return Practices[i];
        }
        throw new ArgumentOutOfRangeException(nameof(programId), programId, "Not a program of the demo agency.");
    }

    public StaffUser SignInOf(StaffRole role) => Staff.Single(s => s.Email == SignIns.Single(i => i.Role == role).Email);
}

/// <summary>
/// Staffs a fictional county agency: a program per practice setting, teams of case workers under a
/// supervisor, intake workers, program managers, administrators and auditors. The first account of each
/// role has a memorable address (caseworker@..., supervisor@...), and that case worker sits on that
/// supervisor's team, so a demo can follow one case from both chairs.
/// </summary>
internal sealed class DemoStaffing(DemoRandom random, DemoPeople people, DateTimeOffset now)
{
    public const string EmailDomain = "harmoncounty.example";

    private readonly List<StaffUser> staff = [];
    private readonly List<DemoSignIn> signIns = [];
    private readonly HashSet<string> emails = new(StringComparer.OrdinalIgnoreCase);

    public DemoAgency Build(int headCount)
    {
        var practices = DemoPractices.All.Take(headCount < 100 ? 3 : DemoPractices.All.Count).ToList();
        var programCount = practices.Count;
        var programs = practices.Select(s => new ServiceProgram(Guid.CreateVersion7(now), s.Name, s.Description)).ToList();

        Hire(StaffRole.Administrator, Math.Max(1, headCount / 250));
        Hire(StaffRole.Auditor, Math.Max(1, headCount / 250));
        var managers = Hire(StaffRole.ProgramManager, programCount);
        for (var p = 0; p < programCount; p++) programs[p].AddManager(managers[p].Id);
        Hire(StaffRole.IntakeWorker, Math.Max(2, headCount / 20));

        var teamSize = DemoScale.WorkersPerTeam + 1;
        var teamCount = Math.Max(1, (headCount - staff.Count) / teamSize);
        var teams = new List<Team>();
        for (var t = 0; t < teamCount; t++)
        {
            var unit = practices[t % programCount].Unit;
            var program = programs[t % programCount];
            var team = new Team(Guid.CreateVersion7(now), $"{unit} Unit {t / programCount + 1}", program.Id);
            team.SetMember(Hire(StaffRole.Supervisor, 1)[0].Id, isSupervisor: true);
            foreach (var worker in Hire(StaffRole.CaseWorker, DemoScale.WorkersPerTeam)) team.SetMember(worker.Id, isSupervisor: false);
            teams.Add(team);
        }
        // Whoever is left over joins the teams as extra case workers, so the head count comes out exact.
        var extra = 0;
        while (staff.Count < headCount) teams[extra++ % teams.Count].SetMember(Hire(StaffRole.CaseWorker, 1)[0].Id, isSupervisor: false);

        return new DemoAgency(programs, practices, teams, staff, signIns);
    }

    private List<StaffUser> Hire(StaffRole role, int count)
    {
        var hired = new List<StaffUser>();
        for (var i = 0; i < count; i++)
        {
            var female = random.Chance(0.75);
            var name = $"{people.GivenName(female)} {people.Surname()}";
            var memorable = !signIns.Any(s => s.Role == role);
            var email = memorable ? $"{RoleMailbox(role)}@{EmailDomain}" : UniqueEmail(name);
            emails.Add(email);
            var user = new StaffUser(Guid.CreateVersion7(now), email, name, role, now);
            staff.Add(user);
            hired.Add(user);
            if (memorable) signIns.Add(new DemoSignIn(role, email, name));
        }
        return hired;
    }

    private string UniqueEmail(string name)
    {
        var stem = new string([.. name.ToLowerInvariant().Select(c => c == ' ' ? '.' : c).Where(c => c == '.' || char.IsAsciiLetter(c))]);
        var email = $"{stem}@{EmailDomain}";
        for (var n = 2; emails.Contains(email); n++) email = $"{stem}{n}@{EmailDomain}";
        return email;
    }

    private static string RoleMailbox(StaffRole role) => role switch
    {
        StaffRole.CaseWorker => "caseworker",
        StaffRole.IntakeWorker => "intake",
        StaffRole.ProgramManager => "manager",
        _ => role.ToString().ToLowerInvariant(),
    };
}
