using P = Casewell.Web.Tests.Access.Principal;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// Who may use each endpoint: the principals it must let past access, against the record under test of
/// <see cref="MatrixAgency"/>; everyone else must be refused. Written from the rules of `Access/`, not from what the
/// endpoints answer: a row changes only with a rule.
/// </summary>
public static class AuthorizationTable
{
    private static readonly P[] Everyone = Enum.GetValues<P>();
    private static readonly P[] SignedIn = [.. Everyone.Where(p => p != P.Anonymous)];
    private static readonly P[] Nobody = [];
    private static readonly P[] Administrator = [P.Administrator];
    private static readonly P[] Auditor = [P.Auditor];

    /// <summary>Who works cases (their own caseload, tasks and work lists).</summary>
    private static readonly P[] Working = [P.AssignedWorker, P.TeamWorker, P.OtherTeamWorker, P.TeamSupervisor, P.OtherTeamSupervisor, P.EmergencyHolder];

    /// <summary>Who registers clients and refers them: the working roles and intake.</summary>
    private static readonly P[] Registrars = [.. Working, P.IntakeWorker];

    /// <summary>Who searches for clients: the registrars and the program managers.</summary>
    private static readonly P[] ClientReaders = [.. Registrars, P.ProgramManager, P.OtherProgramManager];

    /// <summary>Who reads the programs, teams and case types the work refers to: everyone but auditors and partners.</summary>
    private static readonly P[] OrganizationReaders = [.. Registrars, P.ProgramManager, P.OtherProgramManager, P.Administrator];

    private static readonly P[] Supervisors = [P.TeamSupervisor, P.OtherTeamSupervisor];
    private static readonly P[] Overseers = [.. Supervisors, P.ProgramManager, P.OtherProgramManager];

    /// <summary>Who reads the case under test: its worker, its team (the program lets teams view), its supervisor, its program's manager.</summary>
    private static readonly P[] CaseReaders = [P.AssignedWorker, P.TeamWorker, P.TeamSupervisor, P.ProgramManager];

    /// <summary>Who changes it: its worker and its supervisor.</summary>
    private static readonly P[] CaseEditors = [P.AssignedWorker, P.TeamSupervisor];

    /// <summary>Who reads the case's notes and holds the ability to write notes: a signed one refuses them its edits by its lock.</summary>
    private static readonly P[] NoteReadersWhoWork = [P.AssignedWorker, P.TeamWorker, P.TeamSupervisor];

    /// <summary>
    /// Who reads the client's record: a relationship (a case of theirs one reads; the registrar, here the supervisor) or an
    /// unexpired emergency grant (decision 0018). Knowing the person from search is not enough.
    /// </summary>
    private static readonly P[] ClientRecordReaders = [.. CaseReaders, P.EmergencyHolder];

    /// <summary>Who changes it: those with a relationship who edit clients. A grant opens the record to read, never to change.</summary>
    private static readonly P[] ClientEditors = [P.AssignedWorker, P.TeamWorker, P.TeamSupervisor];

    /// <summary>Who records consents and disclosures: the working roles, for a client whose record they read by a relationship.</summary>
    private static readonly P[] ConsentManagers = [P.AssignedWorker, P.TeamWorker, P.TeamSupervisor];

    /// <summary>Who may break the glass: the roles that meet clients and may face an emergency.</summary>
    private static readonly P[] GlassBreakers = [.. Working, P.IntakeWorker];

    /// <summary>Who restricts the record under test: the privacy officer and the supervisor of its case.</summary>
    private static readonly P[] RestrictionManagers = [P.TeamSupervisor, P.Auditor];

    public static readonly IReadOnlyDictionary<string, P[]> Allowed = new Dictionary<string, P[]>
    {
        // Open to all: signing in, activation, first-run setup (which says it is done), health, the API's description.
        ["GET /activate"] = Everyone,
        ["GET /error"] = Everyone,
        ["GET /healthz"] = Everyone,
        ["GET /not-found"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /readyz"] = Everyone,
        ["GET /setup"] = Everyone,
        ["GET /sign-in"] = Everyone,
        ["POST /api/v1/session"] = Everyone,
        ["POST /api/v1/staff-activation"] = Everyone,
        ["POST /sign-out"] = Everyone,
        ["GET /{path}"] = Nobody,
        ["HEAD /{path}"] = Nobody,

        // Any session.
        ["GET /"] = SignedIn,
        ["GET /_framework/opaque-redirect"] = SignedIn,
        ["GET /forbidden"] = SignedIn,
        ["GET /api/v1/session"] = SignedIn,
        ["DELETE /api/v1/session"] = SignedIn,

        // The organization.
        ["GET /api/v1/programs"] = OrganizationReaders,
        ["GET /api/v1/teams"] = OrganizationReaders,
        ["GET /api/v1/case-types"] = OrganizationReaders,
        ["GET /admin/case-settings"] = Administrator,
        ["GET /admin/organization"] = Administrator,
        ["GET /admin/staff"] = Administrator,
        ["GET /api/v1/staff"] = Administrator,
        ["POST /api/v1/staff"] = Administrator,
        ["POST /api/v1/staff/{staffId}/activation"] = Administrator,
        ["PUT /api/v1/staff/{staffId}/status"] = Administrator,
        ["POST /api/v1/programs"] = Administrator,
        ["PUT /api/v1/programs/{programId}/case-policies"] = Administrator,
        ["PUT /api/v1/programs/{programId}/managers"] = Administrator,
        ["DELETE /api/v1/programs/{programId}/managers/{staffId}"] = Administrator,
        ["POST /api/v1/teams"] = Administrator,
        ["PUT /api/v1/teams/{teamId}/members"] = Administrator,
        ["DELETE /api/v1/teams/{teamId}/members/{staffId}"] = Administrator,
        ["POST /api/v1/case-types"] = Administrator,
        ["PUT /api/v1/case-types/{caseTypeId}"] = Administrator,

        // The audit trail and the privacy officer's queue.
        ["GET /api/v1/audit"] = Auditor,
        ["GET /api/v1/audit/export"] = Auditor,
        ["GET /audit"] = Auditor,
        ["GET /api/v1/privacy-review"] = Auditor,
        ["GET /privacy-review"] = Auditor,
        ["POST /api/v1/privacy-review/{itemId}/review"] = Auditor,

        // Clients.
        ["GET /api/v1/clients"] = ClientReaders,
        ["GET /clients"] = ClientReaders,
        ["POST /api/v1/clients/duplicate-candidates"] = Registrars,
        ["POST /api/v1/clients"] = Registrars,
        ["GET /clients/new"] = Registrars,
        ["GET /api/v1/clients/{clientId}"] = ClientRecordReaders,
        ["GET /clients/{ClientId}"] = ClientRecordReaders,
        ["GET /clients/{ClientId}/edit"] = ClientEditors,
        ["PUT /api/v1/clients/{clientId}"] = ClientEditors,
        ["POST /api/v1/clients/{clientId}/relationships"] = ClientEditors,
        ["DELETE /api/v1/clients/{clientId}/relationships/{relationshipId}"] = ClientEditors,
        ["POST /api/v1/clients/{clientId}/collaterals"] = ClientEditors,
        ["DELETE /api/v1/clients/{clientId}/collaterals/{contactId}"] = ClientEditors,

        // Emergency access: open with a reason; reviewed by the holder's supervisor (of the other team) or the privacy officer.
        ["POST /api/v1/clients/{clientId}/emergency-access"] = GlassBreakers,
        ["GET /api/v1/emergency-access"] = GlassBreakers,
        ["GET /api/v1/emergency-access/review"] = [.. Supervisors, P.Auditor],
        ["GET /emergency-access"] = GlassBreakers,
        ["GET /emergency-access/review"] = [.. Supervisors, P.Auditor],
        ["POST /api/v1/emergency-access/{grantId}/review"] = [P.OtherTeamSupervisor, P.Auditor],

        // Consents and disclosures: read with the record (a grant included), changed only by a relationship.
        ["GET /api/v1/clients/{clientId}/consents"] = [.. ConsentManagers, P.EmergencyHolder],
        // The signed form is a file: a grant shows the record on screen but hands out no copy that outlives it.
        ["GET /api/v1/clients/{clientId}/consents/{consentId}/form"] = ConsentManagers,
        ["GET /api/v1/clients/{clientId}/disclosures/accounting"] = [.. ConsentManagers, P.EmergencyHolder, P.Auditor],
        ["POST /api/v1/clients/{clientId}/consents"] = ConsentManagers,
        ["POST /api/v1/clients/{clientId}/consents/{consentId}/revocation"] = ConsentManagers,
        ["PUT /api/v1/clients/{clientId}/consents/{consentId}/form"] = ConsentManagers,
        ["POST /api/v1/clients/{clientId}/disclosures"] = ConsentManagers,
        ["POST /api/v1/clients/{clientId}/disclosures/check"] = ConsentManagers,
        ["GET /clients/{ClientId}/consents"] = [.. ConsentManagers, P.EmergencyHolder],
        ["GET /clients/{ClientId}/disclosures"] = [.. ConsentManagers, P.EmergencyHolder, P.Auditor],
        ["GET /clients/{ClientId}/disclosures/new"] = ConsentManagers,
        ["PUT /api/v1/programs/{programId}/part2"] = Administrator,
        ["PUT /api/v1/case-types/{caseTypeId}/part2"] = Administrator,

        // Restricted records.
        ["GET /api/v1/restrictions"] = Auditor,
        ["GET /api/v1/clients/{recordId}/restriction"] = RestrictionManagers,
        ["PUT /api/v1/clients/{recordId}/restriction"] = RestrictionManagers,
        ["DELETE /api/v1/clients/{recordId}/restriction"] = RestrictionManagers,
        ["PUT /api/v1/clients/{recordId}/restriction/access/{staffId}"] = RestrictionManagers,
        ["DELETE /api/v1/clients/{recordId}/restriction/access/{staffId}"] = RestrictionManagers,
        ["GET /api/v1/cases/{recordId}/restriction"] = RestrictionManagers,
        ["PUT /api/v1/cases/{recordId}/restriction"] = RestrictionManagers,
        ["DELETE /api/v1/cases/{recordId}/restriction"] = RestrictionManagers,
        ["PUT /api/v1/cases/{recordId}/restriction/access/{staffId}"] = RestrictionManagers,
        ["DELETE /api/v1/cases/{recordId}/restriction/access/{staffId}"] = RestrictionManagers,
        ["GET /restrictions"] = Auditor,
        ["GET /restrictions/clients/{ClientId}"] = RestrictionManagers,
        ["GET /restrictions/cases/{CaseId}"] = RestrictionManagers,

        // Cases: referring a client opens a case in a team's queue; the case is then its readers' and editors'.
        ["POST /api/v1/cases"] = Registrars,
        ["GET /clients/{ClientId}/cases/new"] = Registrars,
        ["GET /api/v1/cases/{caseId}"] = CaseReaders,
        ["GET /cases/{CaseId}"] = CaseReaders,
        ["GET /api/v1/cases/{caseId}/timeline"] = CaseReaders,
        ["GET /cases/{CaseId}/timeline"] = CaseReaders,
        ["GET /api/v1/cases/{caseId}/contacts"] = CaseReaders,
        ["GET /api/v1/cases/{caseId}/tasks"] = CaseReaders,
        ["GET /cases/{CaseId}/tasks"] = CaseReaders,
        ["GET /api/v1/tasks/{taskId}"] = CaseReaders,
        ["GET /tasks/{TaskId}"] = CaseReaders,
        ["POST /api/v1/cases/{caseId}/transitions"] = CaseEditors,
        ["POST /api/v1/cases/{caseId}/contacts"] = CaseEditors,
        ["POST /api/v1/cases/{caseId}/tasks"] = CaseEditors,
        ["POST /api/v1/tasks/{taskId}/cancellation"] = CaseEditors,
        ["POST /api/v1/tasks/{taskId}/completion"] = CaseEditors,
        ["POST /api/v1/tasks/{taskId}/reassignment"] = CaseEditors,
        ["POST /api/v1/tasks/{taskId}/reschedule"] = CaseEditors,
        // Notes: the record under test's note is signed, so every edit of it is refused by the lock (422) to whoever gets
        // past access; a draft is its author's alone, and for anyone else does not exist.
        ["GET /api/v1/cases/{caseId}/notes"] = CaseReaders,
        ["POST /api/v1/cases/{caseId}/notes"] = CaseEditors,
        ["GET /api/v1/notes/{noteId}"] = CaseReaders,
        ["PUT /api/v1/notes/{noteId}"] = NoteReadersWhoWork,
        ["DELETE /api/v1/notes/{noteId}"] = NoteReadersWhoWork,
        ["POST /api/v1/notes/{noteId}/sign"] = NoteReadersWhoWork,
        ["POST /api/v1/notes/{noteId}/addenda"] = CaseEditors,
        ["GET /cases/{CaseId}/notes"] = CaseReaders,
        // Anyone signed in may search; each finds only the notes of the cases they may read (none, for most roles).
        ["GET /api/v1/notes"] = SignedIn,
        ["GET /notes/search"] = SignedIn,
        // A reader who may not write is told so on the page; the signed note's edit page sends its readers to the note.
        ["GET /cases/{CaseId}/notes/new"] = CaseReaders,
        ["GET /notes/{NoteId}"] = CaseReaders,
        ["GET /notes/{NoteId}/edit"] = CaseReaders,
        // The note is named in the posted form, not the path: whoever works cases gets as far as reading it.
        ["POST /notes/autosave"] = Working,
        ["POST /api/v1/cases/{caseId}/assignments"] = [P.TeamSupervisor],

        // Court hearings: read with the case, changed by those who change it; an emergency grant opens the client, not the case.
        ["GET /api/v1/cases/{caseId}/hearings"] = CaseReaders,
        ["GET /cases/{CaseId}/hearings"] = CaseReaders,
        ["GET /api/v1/hearings/{hearingId}"] = CaseReaders,
        ["GET /hearings/{HearingId}"] = CaseReaders,
        ["POST /api/v1/cases/{caseId}/hearings"] = CaseEditors,
        ["POST /api/v1/hearings/{hearingId}/outcome"] = CaseEditors,
        ["POST /api/v1/hearings/{hearingId}/continuance"] = CaseEditors,
        ["POST /api/v1/hearings/{hearingId}/cancellation"] = CaseEditors,
        ["POST /api/v1/cases/{caseId}/assignments/{workerId}/end"] = [P.TeamSupervisor],

        // Court reports: made and edited by who changes the case, read and downloaded by who reads it. An emergency grant
        // opens the client's profile, not the case, so it reaches no report and no file (decision 0023).
        ["POST /api/v1/cases/{caseId}/court-reports"] = CaseEditors,
        ["GET /api/v1/cases/{caseId}/court-reports"] = CaseReaders,
        ["GET /api/v1/court-reports/{reportId}"] = CaseReaders,
        ["PUT /api/v1/court-reports/{reportId}"] = CaseEditors,
        ["GET /api/v1/court-reports/{reportId}/docx"] = CaseReaders,
        ["GET /api/v1/court-reports/{reportId}/pdf"] = CaseReaders,
        ["GET /cases/{CaseId}/court-reports"] = CaseReaders,
        ["GET /court-reports/{ReportId}"] = CaseReaders,

        // One's own work.
        ["GET /api/v1/caseload"] = Working,
        ["GET /caseload"] = Working,
        ["GET /api/v1/my-work"] = Working,
        ["GET /api/v1/my-work/contacts-due"] = Working,
        ["GET /my-work/contacts-due"] = Working,
        ["GET /api/v1/tasks/mine"] = Working,
        ["GET /tasks/mine"] = Working,
        ["GET /api/v1/hearings/mine"] = Working,

        // Caseloads: supervisors over their teams, program managers (read-only) over their programs'.
        ["GET /api/v1/team-caseloads"] = Overseers,
        ["GET /team-caseloads"] = Overseers,
        ["GET /api/v1/teams/{teamId}/caseload"] = [P.TeamSupervisor, P.ProgramManager],
        ["GET /api/v1/teams/{teamId}/queue"] = [P.TeamSupervisor],
        ["GET /teams/{TeamId}/queue"] = [P.TeamSupervisor],
        ["GET /api/v1/staff/{workerId}/caseload"] = [P.TeamSupervisor],
        ["GET /team-caseloads/workers/{WorkerId}"] = [P.TeamSupervisor],
        ["GET /team-caseloads/workers/{WorkerId}/handover"] = [P.TeamSupervisor],
        ["POST /api/v1/staff/{workerId}/handover"] = [P.TeamSupervisor],

        // Documents: listed with the record they are filed on (a grant lists a client's), filed by those who change it;
        // the file itself never through a grant (decision 0023). The matrix's document is one of the case's.
        ["GET /api/v1/clients/{clientId}/documents"] = ClientRecordReaders,
        ["GET /clients/{ClientId}/documents"] = ClientRecordReaders,
        ["POST /api/v1/clients/{clientId}/documents"] = ClientEditors,
        ["GET /api/v1/cases/{caseId}/documents"] = CaseReaders,
        ["GET /cases/{CaseId}/documents"] = CaseReaders,
        ["POST /api/v1/cases/{caseId}/documents"] = CaseEditors,
        ["GET /api/v1/documents/{documentId}"] = CaseReaders,
    };
}
