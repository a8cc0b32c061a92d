using Casewell.Access;
using Casewell.Identity;

namespace Casewell.Tests.Access;

public class RolePermissionsTests
{
    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Partner)]
    public void Roles_without_casework_see_no_client_content(StaffRole role) =>
        Assert.False(RolePermissions.Allows(CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", role), Ability.ReadClients));

    [Fact]
    public void Only_administrators_manage_staff_and_only_auditors_read_the_trail()
    {
        foreach (var role in Enum.GetValues<StaffRole>())
        {
            var staff = CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", role);
            Assert.Equal(role == StaffRole.Administrator, RolePermissions.Allows(staff, Ability.ManageStaff));
            Assert.Equal(role == StaffRole.Auditor, RolePermissions.Allows(staff, Ability.ReadAuditTrail));
        }
    }

    [Fact]
    public void Intake_workers_register_and_program_managers_only_read()
    {
        Assert.True(RolePermissions.Allows(CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", StaffRole.IntakeWorker), Ability.RegisterClients));
        Assert.False(RolePermissions.Allows(CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", StaffRole.ProgramManager), Ability.RegisterClients));
        Assert.True(RolePermissions.Allows(CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", StaffRole.ProgramManager), Ability.ReadClients));
    }

    [Theory]
    [InlineData(StaffRole.Partner)]
    [InlineData(StaffRole.Auditor)]
    public void Partners_and_auditors_do_not_list_the_agencys_teams_programs_and_case_types(StaffRole role) =>
        Assert.False(RolePermissions.Allows(CurrentStaff.SignedIn(Guid.CreateVersion7(), "x", role), Ability.ReadOrganization));

    [Fact]
    public void Nobody_who_is_not_signed_in_may_do_anything() =>
        Assert.All(Enum.GetValues<Ability>(), a => Assert.False(RolePermissions.Allows(CurrentStaff.Anonymous(), a)));
}
