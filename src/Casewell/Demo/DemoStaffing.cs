using Casewell.Identity;
using Casewell.Organization;

namespace Casewell.Demo;

/// <summary>An account a demo visitor can sign in with, one per role.</summary>
public sealed record DemoSignIn(StaffRole Role, string Email, string Name);

/// <summary>The generated agency: its programs, teams and staff, and which accounts to offer for signing in.</summary>
internal sealed record DemoAgency(
    IReadOnlyList<ServiceProgram> Programs,
    IReadOnlyList<Team> Teams,
    IReadOnlyList<StaffUser> Staff,
    IReadOnlyList<DemoSignIn> SignIns)
{
    public IEnumerable<StaffUser> InRole(StaffRole role) => Staff.Where(s => s.Role == role);
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

    private static readonly (string Name, string Unit, string Description)[] Settings =
    [
        ("Child Protective Services", "CPS", "Investigation of child abuse and neglect reports, safety planning, placement and reunification."),
        ("Family Support Services", "FSS", "Voluntary help for families under strain: benefits, housing, parenting support."),
        ("Adult Protective Services", "APS", "Investigation of reports of abuse, neglect or exploitation of vulnerable adults."),
        ("Behavioral Health Care Coordination", "BHC", "Coordination of treatment and supports for adults with serious mental illness."),
        ("Recovery Support Services", "RSS", "Case management for people in treatment for or recovery from substance use."),
        ("Hospital Discharge Planning", "HDP", "Post-discharge services and follow-up to prevent readmission."),
        ("Reentry Services", "RES", "Housing, employment and supervision terms for people coming home from prison or jail."),
        ("Aging Services", "AGE", "In-home supports and care coordination for older adults and their caregivers."),
    ];

    private readonly List<StaffUser> staff = [];
    private readonly List<DemoSignIn> signIns = [];
    private readonly HashSet<string> emails = new(StringComparer.OrdinalIgnoreCase);

    public DemoAgency Build(int headCount)
    {
        var programCount = headCount < 100 ? 3 : Settings.Length;
        var programs = Settings.Take(programCount)
            .Select(s => new ServiceProgram(Guid.CreateVersion7(now), s.Name, s.Description))
            .ToList();

        Hire(StaffRole.Administrator, Math.Max(1, headCount / 250));
        Hire(StaffRole.Auditor, Math.Max(1, headCount / 250));
        Hire(StaffRole.ProgramManager, programCount);
        Hire(StaffRole.IntakeWorker, Math.Max(2, headCount / 20));

        var teamSize = DemoScale.WorkersPerTeam + 1;
        var teamCount = Math.Max(1, (headCount - staff.Count) / teamSize);
        var teams = new List<Team>();
        for (var t = 0; t < teamCount; t++)
        {
            var unit = Settings[t % programCount].Unit;
            var program = programs[t % programCount];
            var team = new Team(Guid.CreateVersion7(now), $"{unit} Unit {t / programCount + 1}", program.Id);
            team.SetMember(Hire(StaffRole.Supervisor, 1)[0].Id, isSupervisor: true);
            foreach (var worker in Hire(StaffRole.CaseWorker, DemoScale.WorkersPerTeam)) team.SetMember(worker.Id, isSupervisor: false);
            teams.Add(team);
        }
        // Whoever is left over joins the teams as extra case workers, so the head count comes out exact.
        var extra = 0;
        while (staff.Count < headCount) teams[extra++ % teams.Count].SetMember(Hire(StaffRole.CaseWorker, 1)[0].Id, isSupervisor: false);

        return new DemoAgency(programs, teams, staff, signIns);
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
