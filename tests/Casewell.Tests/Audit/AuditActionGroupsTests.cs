using Casewell.Audit;

namespace Casewell.Tests.Audit;

public sealed class AuditActionGroupsTests
{
    private static readonly string[] Types = ["Client", "Case", "CaseTask", "StaffUser", "TeamMembership", "ProgramManager", "Restriction", "RestrictionAccess", "EmergencyGrant"];

    [Fact]
    public void Every_well_known_action_is_in_at_least_one_group_so_the_auditor_can_find_it()
    {
        var grouped = Enum.GetValues<AuditActionGroup>().SelectMany(g => AuditActionGroups.Names(g, Types)).ToHashSet();

        Assert.All(AuditAction.WellKnown, a => Assert.Contains(a.Name, grouped));
    }

    [Fact]
    public void Refused_accesses_are_the_refusals_and_nothing_that_was_allowed()
    {
        var refusals = AuditActionGroups.Names(AuditActionGroup.Refusals, Types);

        Assert.Contains(AuditAction.ClientAccessRefused.Name, refusals);
        Assert.Contains(AuditAction.CaseAccessRefused.Name, refusals);
        Assert.Contains(AuditAction.EndpointAccessRefused.Name, refusals);
        Assert.Contains(AuditAction.DisclosureRefused.Name, refusals);
        Assert.DoesNotContain(AuditAction.ClientViewed.Name, refusals);
        Assert.All(refusals, name => Assert.DoesNotContain(name, AuditActionGroups.Names(AuditActionGroup.Reads, Types)));
    }

    [Fact]
    public void Changes_are_every_write_of_every_type_and_the_registrations_past_a_warning()
    {
        var changes = AuditActionGroups.Names(AuditActionGroup.Changes, Types);

        Assert.Contains("Client.Updated", changes);
        Assert.Contains("CaseTask.Created", changes);
        Assert.Contains("EmergencyGrant.Deleted", changes);
        Assert.Contains(AuditAction.ClientRegisteredDespiteCandidates.Name, changes);
        Assert.DoesNotContain(AuditAction.ClientViewed.Name, changes);
        Assert.Equal(Types.Length * 3 + 3, changes.Count);
    }

    [Fact]
    public void Emergency_access_is_the_opening_and_the_grant_s_writes_such_as_its_review()
    {
        Assert.Equal(["EmergencyAccess.Opened", "EmergencyGrant.Created", "EmergencyGrant.Updated", "EmergencyGrant.Deleted",
                "EmergencyAccess.ClientViewed", "EmergencyAccess.ConsentsViewed", "EmergencyAccess.DisclosureAccountingViewed",
                "EmergencyAccess.DisclosureAccountingExported"],
            AuditActionGroups.Names(AuditActionGroup.EmergencyAccess, Types));
    }

    [Fact]
    public void Permission_changes_are_accounts_memberships_program_grants_and_restrictions_but_not_client_records()
    {
        var permissions = AuditActionGroups.Names(AuditActionGroup.PermissionChanges, Types);

        Assert.Contains("StaffUser.Updated", permissions);
        Assert.Contains("TeamMembership.Created", permissions);
        Assert.Contains("ProgramManager.Deleted", permissions);
        Assert.Contains("RestrictionAccess.Created", permissions);
        Assert.Contains(AuditAction.StaffActivated.Name, permissions);
        Assert.DoesNotContain("Client.Updated", permissions);
        Assert.DoesNotContain("EmergencyGrant.Created", permissions);
    }

    [Fact]
    public void Sign_ins_include_the_failed_ones_and_exports_include_the_trail_s_own()
    {
        Assert.Contains(AuditAction.StaffSignInFailed.Name, AuditActionGroups.Names(AuditActionGroup.SignIns, Types));
        Assert.Contains(AuditAction.AuditTrailExported.Name, AuditActionGroups.Names(AuditActionGroup.Exports, Types));
        Assert.Contains(AuditAction.ConsentFormDownloaded.Name, AuditActionGroups.Names(AuditActionGroup.Exports, Types));
    }

    [Fact]
    public void The_known_actions_are_the_well_known_ones_and_the_writes_of_the_types_given()
    {
        var known = AuditActionGroups.Known(Types);

        Assert.Contains("Case.Viewed", known);
        Assert.Contains("CaseTask.Updated", known);
        Assert.DoesNotContain("Note.Created", known);
        Assert.DoesNotContain("case.viewed", known);
    }
}
