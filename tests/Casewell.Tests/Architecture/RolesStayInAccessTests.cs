using System.Text.RegularExpressions;

namespace Casewell.Tests.Architecture;

/// <summary>
/// Access is decided in <c>src/Casewell/Access/</c> only (decision record 0019): code elsewhere asks for an ability
/// (<c>RolePermissions.Allows</c>, <c>access.CanSupervise</c>), never which role someone holds. This reads the sources
/// and fails on a role named or compared outside it, so a new handler cannot grow its own role check.
/// </summary>
public sealed partial class RolesStayInAccessTests
{
    /// <summary>Files that name a role to give it, not to decide access: each with its reason.</summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["src/Casewell/Identity/StaffRole.cs"] = "declares the roles",
        ["src/Casewell/Identity/FirstRunSetup.cs"] = "creates the first administrator",
        ["src/Casewell/Identity/StaffPasswordHasher.cs"] = "a stand-in account for hashing when the address is unknown",
        ["src/Casewell.Web/Admin/StaffPage.razor"] = "the role preselected in the form that adds staff",
    };

    [Fact]
    public void No_file_outside_Access_names_or_compares_a_role()
    {
        var root = RepositoryRoot();
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.StartsWith("src/Casewell/Access/", StringComparison.Ordinal)) continue;
            // The demo generator staffs an agency: it hands out roles, it decides nothing.
            if (relative.StartsWith("src/Casewell.Demo/", StringComparison.Ordinal)) continue;
            if (relative.Contains("/Migrations/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
            if (Exceptions.ContainsKey(relative)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (RoleDecision().IsMatch(lines[i])) offences.Add($"{relative}:{i + 1}: {lines[i].Trim()}");
            }
        }
        Assert.True(offences.Count == 0, "A role is named outside Access/ (ask for an ability instead):" + Environment.NewLine
            + string.Join(Environment.NewLine, offences));
    }

    [Theory]
    [InlineData("if (manager.Role != StaffRole.ProgramManager) return x;")]
    [InlineData("where u.IsActive && (u.Role == StaffRole.CaseWorker || u.Role == StaffRole.Supervisor)")]
    [InlineData("@foreach (var s in staff.Where(s => s.Role is StaffRole.Supervisor))")]
    [InlineData("p.RequireRole(\"Administrator\")")]
    [InlineData("if (User.IsInRole(\"Auditor\")) { }")]
    [InlineData("[Authorize(Roles = \"Supervisor\")]")]
    public void The_check_recognises_a_role_decision(string line) => Assert.Matches(RoleDecision(), line);

    [Theory]
    [InlineData("if (!RolePermissions.Allows(manager.Role, Ability.ManagePrograms)) return x;")]
    [InlineData("public sealed record StaffSummary(Guid Id, StaffRole Role);")]
    [InlineData("if (request.Role == AssignmentRole.Primary) { }")]
    public void The_check_lets_abilities_and_role_typed_values_through(string line) => Assert.DoesNotMatch(RoleDecision(), line);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Casewell.slnx"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Casewell.slnx) was not found above " + AppContext.BaseDirectory);
    }

    // A role by name (StaffRole.X), or ASP.NET Core's role checks, which would bypass the abilities.
    [GeneratedRegex(@"\bStaffRole\.[A-Z]\w*|\bRequireRole\s*\(|\bIsInRole\s*\(|\bRoles\s*=\s*""")]
    private static partial Regex RoleDecision();
}
