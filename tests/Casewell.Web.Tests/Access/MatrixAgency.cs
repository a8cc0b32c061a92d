using System.Net.Http.Json;
using System.Text.Json;
using Casewell.CaseTypes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using Casewell.Web.Tests.Notes;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// The agency the authorization matrix runs in, made through the API: a program whose teams may view their cases,
/// its team with a supervisor, an assigned worker and their open case (with a task, a court hearing, a relationship, a
/// collateral and a consent), a second team and a second program with their own staff, one account of every other
/// role, and a worker of the second team holding an emergency grant on the client under test.
/// Reads name the record under test; each change gets a record of its own
/// (<see cref="WriteTargetsAsync"/>), so that what one principal changed never decides what the next one is answered.
/// </summary>
public sealed class MatrixAgency : IDisposable
{
    private readonly CasewellApp app;
    private readonly CaseWorld world;
    private readonly Dictionary<Principal, StaffMember> staff = [];
    private readonly HttpClient anonymous;

    private MatrixAgency(CasewellApp app, CaseWorld world)
    {
        this.app = app;
        this.world = world;
        anonymous = app.CreateAnonymousClient();
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Route and body parameter name (any case) to the id of the record under test.</summary>
    public Dictionary<string, Guid> ReadIds { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Guid OtherProgramId { get; private set; }
    public Guid OtherTeamId { get; private set; }

    public HttpClient Http(Principal principal) => principal == Principal.Anonymous ? anonymous : staff[principal].Http;

    /// <summary>The account behind <paramref name="principal"/> (not the anonymous one).</summary>
    public StaffMember Member(Principal principal) => staff[principal];

    /// <summary>The world the agency was made in, for tests that add records of their own beside the one under test.</summary>
    public CaseWorld World => world;

    /// <summary>A session of its own for <paramref name="principal"/>, for what ends the session (signing out).</summary>
    public async Task<HttpClient> FreshSessionAsync(Principal principal)
    {
        var http = app.CreateAnonymousClient();
        if (principal == Principal.Anonymous) return http;
        var response = await http.PostAsJsonAsync("/api/v1/session", new { email = staff[principal].Email, password = CasewellApp.Password }, Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"{principal} could not sign in again");
        return http;
    }

    public static async Task<MatrixAgency> SeedAsync(CasewellApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = await CaseWorld.CreateAsync(app);
        var agency = new MatrixAgency(app, world);
        await world.SetCasePoliciesAsync(teamMayViewCases: true);
        var s = agency.staff;
        s[Principal.Administrator] = world.Administrator;
        s[Principal.TeamSupervisor] = world.Supervisor;
        s[Principal.AssignedWorker] = await world.AddWorkerAsync("Asa Assigned");
        s[Principal.TeamWorker] = await world.AddWorkerAsync("Tate Teammate");
        s[Principal.IntakeWorker] = await world.AddStaffAsync(StaffRole.IntakeWorker, "Ivy Intake");
        agency.OtherTeamId = await world.AddTeamAsync("Other team");
        s[Principal.OtherTeamWorker] = await world.AddWorkerAsync("Olive Outsider", agency.OtherTeamId);
        s[Principal.OtherTeamSupervisor] = await world.AddStaffAsync(StaffRole.Supervisor, "Otto Oversight", agency.OtherTeamId, supervises: true);
        s[Principal.ProgramManager] = await world.AddStaffAsync(StaffRole.ProgramManager, "Pat Manager", Guid.Empty);
        await world.ManageProgramAsync(s[Principal.ProgramManager]);
        s[Principal.OtherProgramManager] = await world.AddStaffAsync(StaffRole.ProgramManager, "Perry Elsewhere", Guid.Empty);
        agency.OtherProgramId = (await CreatedAsync(await world.Administrator.Http.PostAsJsonAsync("/api/v1/programs",
            new { name = $"Other program {Guid.CreateVersion7():N}" }, Cancellation))).GetProperty("id").GetGuid();
        await Succeeds(await world.Administrator.Http.PutAsJsonAsync($"/api/v1/programs/{agency.OtherProgramId}/managers",
            new { staffId = s[Principal.OtherProgramManager].Id }, Cancellation));
        s[Principal.Auditor] = await world.AddStaffAsync(StaffRole.Auditor, "Audrey Auditor", Guid.Empty);
        s[Principal.Partner] = await world.AddStaffAsync(StaffRole.Partner, "Parker Partner", Guid.Empty);
        s[Principal.EmergencyHolder] = await world.AddWorkerAsync("Gale Glassbreaker", agency.OtherTeamId);

        foreach (var (name, id) in await agency.CaseRecordAsync()) agency.ReadIds[name] = id;
        var worker = s[Principal.AssignedWorker].Id;
        agency.ReadIds["workerId"] = worker;
        agency.ReadIds["staffId"] = worker;
        agency.ReadIds["assigneeId"] = worker;
        agency.ReadIds["programId"] = world.ProgramId;
        agency.ReadIds["teamId"] = world.TeamId;
        agency.ReadIds["caseTypeId"] = SeededCaseTypes.General;
        agency.ReadIds["grantId"] = (await CreatedAsync(await s[Principal.EmergencyHolder].Http.PostAsJsonAsync(
            $"/api/v1/clients/{agency.ReadIds["clientId"]}/emergency-access", new { reason = "The client called in crisis; their worker is away." },
            Cancellation))).GetProperty("grantId").GetGuid();
        agency.ReadIds["itemId"] = await agency.PrivacyReviewItemAsync();
        return agency;
    }

    /// <summary>
    /// Ids for one change to <paramref name="route"/>: a new case record of the assigned worker's where the path
    /// names one (the same relationships as the record under test), a new worker of the team with a case where it
    /// changes a staff member, a team or a program, and always another program and team, whose change cannot alter
    /// who reads the record under test.
    /// </summary>
    public async Task<Dictionary<string, Guid>> WriteTargetsAsync(MatrixRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var ids = new Dictionary<string, Guid>(ReadIds, StringComparer.OrdinalIgnoreCase)
        {
            ["programId"] = OtherProgramId,
            ["teamId"] = OtherTeamId,
        };
        string[] caseRecord = ["caseId", "clientId", "taskId", "noteId", "relationshipId", "contactId", "consentId", "recordId", "reportId", "documentId", "hearingId"];
        if (route.Parameters.Any(p => caseRecord.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            foreach (var (name, id) in await CaseRecordAsync()) ids[name] = id;
        }
        if (route.Template.Contains("/staff", StringComparison.Ordinal) || route.Template.Contains("/teams", StringComparison.Ordinal)
            || route.Template.Contains("/programs", StringComparison.Ordinal))
        {
            var (bystander, _) = await world.AddWorkerWithOpenCaseAsync();
            ids["workerId"] = bystander.Id;
            ids["staffId"] = bystander.Id;
        }
        if (route.Template.Contains("privacy-review", StringComparison.Ordinal)) ids["itemId"] = await PrivacyReviewItemAsync();
        return ids;
    }

    /// <summary>
    /// A client and their open case, assigned to the assigned worker, with a task, a relationship, a collateral, a consent with its signed form and a document on the case.
    /// A client and their open case, assigned to the assigned worker, with a task, a court hearing, a relationship, a collateral and a consent with its signed form.
    /// The client is <paramref name="person"/> (a registration's body), registered by the team's supervisor, where one is given.
    /// </summary>
    public async Task<Dictionary<string, Guid>> CaseRecordAsync(object? person = null)
    {
        var worker = staff[Principal.AssignedWorker];
        var @case = person is null ? await world.CaseOfAsync(worker, opened: true) : await CaseOfPersonAsync(person, worker);
        var today = await world.Database.TodayAsync();
        var taskId = await AddTaskAsync(worker.Http, @case.Id, "Call the landlord", today.AddDays(3));
        var hearing = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{@case.Id}/hearings", new
        {
            startsAt = new DateTimeOffset(today.AddDays(10).ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero),
            type = "Review",
            court = "Franklin County Juvenile Court",
            parties = new[] { new { name = "Ana Ruiz", role = "Attorney for the mother" } },
        }, Cancellation));
        var relative = await world.RegisterClientAsync(world.Supervisor);
        var relationship = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/relationships",
            new { type = Enum.GetNames<Casewell.Households.RelationshipType>()[0], relatedClientId = relative.Id, livesInHousehold = true }, Cancellation));
        var collateral = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/collaterals",
            new { name = "Dr. Lee", organization = "Clinic", role = Enum.GetNames<Casewell.Collaterals.CollateralRole>()[0] }, Cancellation));
        var consent = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/clients/{@case.ClientId}/consents", new
        {
            recipientKind = "Person",
            recipient = "Dr. Ana Ruiz",
            categories = new[] { "Medical" },
            purpose = "Coordinating care",
            validFrom = "2020-01-01",
            obtained = "SignedInPerson",
        }, Cancellation));
        var consentId = consent.GetProperty("id").GetGuid();
        using var form = new ByteArrayContent("%PDF-1.7\n%signed\n"u8.ToArray());
        form.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        await Succeeds(await worker.Http.PutAsync($"/api/v1/clients/{@case.ClientId}/consents/{consentId}/form", form, Cancellation));
        var noteId = await SignedNoteAsync(worker.Http, @case.Id);
        var reportId = await CourtReportAsync(worker, @case.Id);
        using var document = Documents.DocumentFiles.Form(Documents.DocumentFiles.Pdf, "order.pdf");
        var documentId = (await CreatedAsync(await worker.Http.PostAsync($"/api/v1/cases/{@case.Id}/documents", document, Cancellation))).GetProperty("id").GetGuid();
        return new(StringComparer.OrdinalIgnoreCase)
        {
            ["noteId"] = noteId,
            ["consentId"] = consentId,
            ["documentId"] = documentId,
            ["caseId"] = @case.Id,
            ["clientId"] = @case.ClientId,
            ["taskId"] = taskId,
            ["hearingId"] = hearing.GetProperty("hearingId").GetGuid(),
            ["relatedClientId"] = relative.Id,
            ["householdMemberIds"] = relative.Id,
            ["relationshipId"] = relationship.GetProperty("id").GetGuid(),
            ["contactId"] = collateral.GetProperty("id").GetGuid(),
            ["reportId"] = reportId,
        };
    }

    /// <summary>A signed note of the case: its readers read it, and it refuses every edit (422) to whoever gets that far.</summary>
    private static Task<Guid> SignedNoteAsync(HttpClient http, Guid caseId) =>
        NoteHttp.SignedNoteAsync(http, caseId, TimeProvider.System.GetUtcNow().AddMinutes(-30), "Called to confirm the visit.", "Phone");

    /// <summary>A court report on the case, of a signed note of a visit an hour ago (the case referred yesterday, so the visit is not before it).</summary>
    private async Task<Guid> CourtReportAsync(StaffMember worker, Guid caseId)
    {
        await world.Database.SetDatesAsync(caseId, referredDaysAgo: 1);
        await NoteHttp.SignedNoteAsync(worker.Http, caseId, TimeProvider.System.GetUtcNow().AddHours(-1), "Met the family at home.");
        var today = await world.Database.TodayAsync();
        var report = await CreatedAsync(await worker.Http.PostAsJsonAsync($"/api/v1/cases/{caseId}/court-reports",
            new { from = today.AddDays(-2), to = today, court = "Family Court" }, Cancellation));
        return report.GetProperty("reportId").GetGuid();
    }

    private async Task<OpenedTestCase> CaseOfPersonAsync(object person, StaffMember worker)
    {
        var clientId = (await CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/clients", person, Cancellation))).GetProperty("id").GetGuid();
        var opened = await CreatedAsync(await world.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", world.Referral(clientId, teamId: world.TeamId), Cancellation));
        var @case = new OpenedTestCase(opened.GetProperty("caseId").GetGuid(), opened.GetProperty("caseNumber").GetString()!, world.TeamId, clientId, "");
        await world.AssignAsync(@case.Id, worker.Id);
        await Succeeds(await TransitionAsync(worker.Http, @case.Id, new { transition = "Open" }));
        return @case;
    }

    /// <summary>An item of the privacy officer's queue not yet reviewed.</summary>
    private async Task<Guid> PrivacyReviewItemAsync()
    {
        var page = await staff[Principal.Auditor].Http.GetFromJsonAsync<JsonElement>("/api/v1/privacy-review?pageSize=1", Cancellation);
        return page.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    public void Dispose()
    {
        anonymous.Dispose();
        world.Dispose();
    }
}
