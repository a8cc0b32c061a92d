using Casewell.EmergencyAccess;
using Casewell.Identity;
using Casewell.Organization;
using Casewell.Restrictions;

namespace Casewell.Audit;

/// <summary>
/// Which actions make up each group of the auditor's filter, in one place. Reads, refusals and the rest are named
/// actions (<see cref="AuditAction"/>); writes are named by the context as "Type.Verb" as they are saved, so the
/// groups that hold writes are worked out from the model's types: a new entity is found without a change here.
/// An action may be in two groups: a new emergency grant is both a change and emergency access.
/// </summary>
public static class AuditActionGroups
{
    public static readonly IReadOnlyList<string> WriteVerbs = ["Created", "Updated", "Deleted"];

    // Reads made through an emergency grant: reads, and emergency access too.
    private static readonly AuditAction[] ThroughEmergencyGrants =
    [
        AuditAction.EmergencyClientViewed, AuditAction.EmergencyConsentsViewed, AuditAction.EmergencyDisclosureAccountingViewed,
        AuditAction.EmergencyDisclosureAccountingExported,
    ];

    private static readonly AuditAction[] Reads =
    [
        AuditAction.ClientViewed, AuditAction.ClientSearched, AuditAction.ClientCasesListed, AuditAction.ClientDuplicatesListed,
        AuditAction.ClientHouseholdListed, AuditAction.ClientIdentifierLookup, AuditAction.CaseViewed, AuditAction.CaseTimelineViewed,
        AuditAction.CaseTasksViewed, AuditAction.CaseContactsViewed, AuditAction.TaskViewed, AuditAction.CaseloadListed, AuditAction.TeamCaseloadsListed,
        AuditAction.QueueListed, AuditAction.MyTasksListed, AuditAction.MyWorkListed, AuditAction.ContactsDueListed, AuditAction.ConsentsViewed,
        AuditAction.DisclosureAccountingViewed, AuditAction.EmergencyAccessListed, AuditAction.AuditTrailViewed, AuditAction.PrivacyReviewViewed,
        AuditAction.RestrictionsListed, AuditAction.CaseNotesViewed, AuditAction.NoteViewed, AuditAction.NotesSearched,
        AuditAction.CourtReportGenerated, AuditAction.CourtReportViewed, AuditAction.CourtReportsListed,
        AuditAction.ClientDocumentsListed, AuditAction.CaseDocumentsListed,
        AuditAction.CaseHearingsViewed, AuditAction.HearingViewed, AuditAction.MyHearingsListed,
        .. ThroughEmergencyGrants,
    ];

    // What left the screen as a file or left the agency: downloads, exports and disclosures.
    private static readonly AuditAction[] Exports =
    [
        AuditAction.ConsentFormDownloaded, AuditAction.DisclosureAccountingExported, AuditAction.InformationDisclosed, AuditAction.AuditTrailExported,
        AuditAction.CourtReportExported,
        AuditAction.DocumentDownloaded,
        AuditAction.EmergencyDisclosureAccountingExported,
    ];

    private static readonly AuditAction[] SignIns = [AuditAction.StaffSignedIn, AuditAction.StaffSignInFailed, AuditAction.StaffSignedOut];

    // A restricted match at intake is a refusal too: the registrar was told only that a record they may not see exists.
    private static readonly AuditAction[] Refusals =
    [
        AuditAction.ClientAccessRefused, AuditAction.ClientIdentifierLookupRefused, AuditAction.CaseAccessRefused, AuditAction.TaskAccessRefused,
        AuditAction.TeamAccessRefused, AuditAction.StaffAccessRefused, AuditAction.DisclosureRefused, AuditAction.RestrictionRefused,
        AuditAction.EndpointAccessRefused, AuditAction.ClientRestrictedMatchAtIntake, AuditAction.NoteAccessRefused,
        AuditAction.CourtReportAccessRefused, AuditAction.DocumentAccessRefused, AuditAction.HearingAccessRefused,
    ];

    // Changes that are not writes of a row: a registration past a warning, a bulk load.
    private static readonly AuditAction[] ChangesBesideWrites =
    [
        AuditAction.ClientRegisteredDespiteCandidates, AuditAction.ClientRegisteredDespiteRestrictedMatch, AuditAction.DemoDataSeeded,
    ];

    // The rows whose writes decide who may reach what: accounts and roles, teams, program grants, restrictions' access lists.
    private static readonly string[] PermissionTypes =
        [nameof(StaffUser), nameof(TeamMembership), nameof(ProgramManager), nameof(Restriction), nameof(RestrictionAccess)];

    /// <summary>The stored action names of <paramref name="group"/>, for a model whose audited entity types are <paramref name="writtenTypes"/>.</summary>
    public static IReadOnlyList<string> Names(AuditActionGroup group, IEnumerable<string> writtenTypes)
    {
        ArgumentNullException.ThrowIfNull(writtenTypes);
        var types = writtenTypes.ToList();
        return group switch
        {
            AuditActionGroup.Reads => Named(Reads),
            AuditActionGroup.Exports => Named(Exports),
            AuditActionGroup.SignIns => Named(SignIns),
            AuditActionGroup.Refusals => Named(Refusals),
            AuditActionGroup.Changes => [.. WritesOf(types), .. Named(ChangesBesideWrites)],
            AuditActionGroup.EmergencyAccess =>
                [AuditAction.EmergencyAccessOpened.Name, .. WritesOf(types.Where(t => t == nameof(EmergencyGrant))), .. Named(ThroughEmergencyGrants)],
            AuditActionGroup.PermissionChanges => [AuditAction.StaffActivated.Name, .. WritesOf(types.Where(PermissionTypes.Contains))],
            _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
        };
    }

    /// <summary>Every action name the filter accepts: the well-known actions and the writes of the model's types.</summary>
    public static IReadOnlySet<string> Known(IEnumerable<string> writtenTypes) =>
        AuditAction.WellKnown.Select(a => a.Name).Concat(WritesOf(writtenTypes)).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<string> WritesOf(IEnumerable<string> types) => types.SelectMany(t => WriteVerbs.Select(v => $"{t}.{v}"));

    private static string[] Named(AuditAction[] actions) => [.. actions.Select(a => a.Name)];
}
