namespace Casewell.Audit;

/// <summary>
/// What an audit entry records that is not a write (a read, a list, a search, a sign-in, a refusal, a load). A type
/// rather than a string, so that no call site can misspell one and the auditor's filters find every entry. The names
/// are stored as they are: never rename one, or the trail's older entries stop matching the newer.
/// Writes are named by the context as they are saved ("Client.Updated"), not here.
/// </summary>
public sealed class AuditAction
{
    private AuditAction(string name) => Name = name;

    public string Name { get; }

    public override string ToString() => Name;

    // A client's record, and the lists and look-ups that show clients.
    public static readonly AuditAction ClientViewed = new("Client.Viewed");
    public static readonly AuditAction ClientSearched = new("Client.Searched");
    public static readonly AuditAction ClientCasesListed = new("Client.CasesListed");
    public static readonly AuditAction ClientDuplicatesListed = new("Client.DuplicatesListed");
    public static readonly AuditAction ClientHouseholdListed = new("Client.HouseholdListed");
    public static readonly AuditAction ClientIdentifierLookup = new("Client.IdentifierLookup");
    public static readonly AuditAction ClientIdentifierLookupRefused = new("Client.IdentifierLookupRefused");
    public static readonly AuditAction ClientRegisteredDespiteCandidates = new("Client.RegisteredDespiteCandidates");
    public static readonly AuditAction ClientAccessRefused = new("Client.AccessRefused");

    /// <summary>A registration or duplicate check matched a client restricted from the registrar: told only that one is.</summary>
    public static readonly AuditAction ClientRestrictedMatchAtIntake = new("Client.RestrictedMatchAtIntake");

    /// <summary>Registered anyway after the warning that a possible match is restricted.</summary>
    public static readonly AuditAction ClientRegisteredDespiteRestrictedMatch = new("Client.RegisteredDespiteRestrictedMatch");

    // Emergency access ("break the glass"): the opening, with its reason, and every read made through a grant, as actions
    // of their own (the grant named in the details), so that the auditor's emergency access group finds each one.
    public static readonly AuditAction EmergencyAccessOpened = new("EmergencyAccess.Opened");
    public static readonly AuditAction EmergencyAccessListed = new("EmergencyAccess.Listed");
    public static readonly AuditAction EmergencyClientViewed = new("EmergencyAccess.ClientViewed");
    public static readonly AuditAction EmergencyConsentsViewed = new("EmergencyAccess.ConsentsViewed");
    public static readonly AuditAction EmergencyDisclosureAccountingViewed = new("EmergencyAccess.DisclosureAccountingViewed");
    public static readonly AuditAction EmergencyDisclosureAccountingExported = new("EmergencyAccess.DisclosureAccountingExported");

    // A case and its parts.
    public static readonly AuditAction CaseViewed = new("Case.Viewed");
    public static readonly AuditAction CaseTimelineViewed = new("Case.TimelineViewed");
    public static readonly AuditAction CaseTasksViewed = new("Case.TasksViewed");
    public static readonly AuditAction CaseContactsViewed = new("Case.ContactsViewed");
    public static readonly AuditAction CaseAccessRefused = new("Case.AccessRefused");
    public static readonly AuditAction TaskViewed = new("Task.Viewed");
    public static readonly AuditAction TaskAccessRefused = new("Task.AccessRefused");

    // Notes: a case's list of them (signed ones and the reader's drafts), one note, and refusals of either.
    public static readonly AuditAction CaseNotesViewed = new("Case.NotesViewed");
    public static readonly AuditAction NoteViewed = new("Note.Viewed");
    public static readonly AuditAction NoteAccessRefused = new("Note.AccessRefused");
    public static readonly AuditAction NotesSearched = new("Note.Searched");

    // Lists of cases: each entry names the clients of the page it showed.
    public static readonly AuditAction CaseloadListed = new("Caseload.Listed");
    public static readonly AuditAction TeamCaseloadsListed = new("TeamCaseloads.Listed");
    public static readonly AuditAction QueueListed = new("Queue.Listed");
    public static readonly AuditAction MyTasksListed = new("MyTasks.Listed");
    public static readonly AuditAction MyWorkListed = new("MyWork.Listed");
    public static readonly AuditAction ContactsDueListed = new("ContactsDue.Listed");
    public static readonly AuditAction TeamAccessRefused = new("Team.AccessRefused");
    public static readonly AuditAction StaffAccessRefused = new("Staff.AccessRefused");

    // Consents and what left the agency under them.
    public static readonly AuditAction ConsentsViewed = new("Client.ConsentsViewed");
    public static readonly AuditAction ConsentFormDownloaded = new("Consent.FormDownloaded");
    public static readonly AuditAction InformationDisclosed = new("Client.InformationDisclosed");
    public static readonly AuditAction DisclosureRefused = new("Client.DisclosureRefused");
    public static readonly AuditAction DisclosureAccountingViewed = new("Client.DisclosureAccountingViewed");
    public static readonly AuditAction DisclosureAccountingExported = new("Client.DisclosureAccountingExported");

    // Documents: the lists name the documents they showed; a download names its document.
    public static readonly AuditAction ClientDocumentsListed = new("Client.DocumentsListed");
    public static readonly AuditAction CaseDocumentsListed = new("Case.DocumentsListed");
    public static readonly AuditAction DocumentDownloaded = new("Document.Downloaded");
    public static readonly AuditAction DocumentAccessRefused = new("Document.AccessRefused");

    // The audit side itself.
    public static readonly AuditAction AuditTrailViewed = new("AuditTrail.Viewed");

    /// <summary>The trail taken away as a file; the entry names the filters, so the export can be told apart from a view.</summary>
    public static readonly AuditAction AuditTrailExported = new("AuditTrail.Exported");
    public static readonly AuditAction PrivacyReviewViewed = new("PrivacyReview.Viewed");
    public static readonly AuditAction RestrictionsListed = new("Restrictions.Listed");
    public static readonly AuditAction RestrictionRefused = new("Restriction.Refused");

    // Accounts and requests.
    public static readonly AuditAction StaffSignedIn = new("Staff.SignedIn");
    public static readonly AuditAction StaffSignInFailed = new("Staff.SignInFailed");
    public static readonly AuditAction StaffSignedOut = new("Staff.SignedOut");
    public static readonly AuditAction StaffActivated = new("Staff.Activated");
    public static readonly AuditAction EndpointAccessRefused = new("Endpoint.AccessRefused");

    // Court reports: the draft compiled from the record, its views, and each Word or PDF file made of it.
    public static readonly AuditAction CourtReportGenerated = new("CourtReport.Generated");
    public static readonly AuditAction CourtReportViewed = new("CourtReport.Viewed");
    public static readonly AuditAction CourtReportExported = new("CourtReport.Exported");
    public static readonly AuditAction CourtReportsListed = new("Case.CourtReportsListed");
    public static readonly AuditAction CourtReportAccessRefused = new("CourtReport.AccessRefused");
    // Court hearings: a case's list of them, one hearing, a refused attempt on one, and a worker's upcoming ones.
    public static readonly AuditAction CaseHearingsViewed = new("Case.HearingsViewed");
    public static readonly AuditAction HearingViewed = new("Hearing.Viewed");
    public static readonly AuditAction HearingAccessRefused = new("Hearing.AccessRefused");
    public static readonly AuditAction MyHearingsListed = new("MyHearings.Listed");

    /// <summary>A load of many rows at once (demo data, an import), recorded as one entry instead of one per row.</summary>
    public static readonly AuditAction DemoDataSeeded = new("DemoData.Seeded");

    /// <summary>
    /// A load's own name, for loads this list does not know (a test's, an importer's): "Area.Verb", letters only, so
    /// that it reads like the rest of the trail.
    /// </summary>
    public static AuditAction Load(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var parts = name.Split('.');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiLetter)))
            throw new ArgumentException($"An audit action is named Area.Verb in letters: \"{name}\" is not.", nameof(name));
        return new(name);
    }

    /// <summary>Every well-known action: for the auditor's filter, and for the test that names stay as stored.</summary>
    public static IReadOnlyList<AuditAction> WellKnown { get; } =
    [
        ClientViewed, ClientSearched, ClientCasesListed, ClientDuplicatesListed, ClientHouseholdListed, ClientIdentifierLookup, ClientIdentifierLookupRefused,
        ClientRegisteredDespiteCandidates, ClientAccessRefused, ClientRestrictedMatchAtIntake, ClientRegisteredDespiteRestrictedMatch,
        EmergencyAccessOpened, EmergencyAccessListed,
        CaseViewed, CaseTimelineViewed, CaseTasksViewed, CaseContactsViewed, CaseAccessRefused, TaskViewed, TaskAccessRefused,
        CaseloadListed, TeamCaseloadsListed, QueueListed, MyTasksListed, MyWorkListed, ContactsDueListed, TeamAccessRefused, StaffAccessRefused,
        ConsentsViewed, ConsentFormDownloaded, InformationDisclosed, DisclosureRefused, DisclosureAccountingViewed, DisclosureAccountingExported,
        AuditTrailViewed, AuditTrailExported, PrivacyReviewViewed, RestrictionsListed, RestrictionRefused,
        StaffSignedIn, StaffSignInFailed, StaffSignedOut, StaffActivated, EndpointAccessRefused,
        DemoDataSeeded,
        CaseNotesViewed, NoteViewed, NoteAccessRefused, NotesSearched,
        CourtReportGenerated, CourtReportViewed, CourtReportExported, CourtReportsListed, CourtReportAccessRefused,
        ClientDocumentsListed, CaseDocumentsListed, DocumentDownloaded, DocumentAccessRefused,
        CaseHearingsViewed, HearingViewed, HearingAccessRefused, MyHearingsListed,
        EmergencyClientViewed, EmergencyConsentsViewed, EmergencyDisclosureAccountingViewed, EmergencyDisclosureAccountingExported,
    ];
}
