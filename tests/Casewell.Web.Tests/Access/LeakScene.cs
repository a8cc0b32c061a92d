using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using static Casewell.Web.Tests.Cases.CaseHttp;
using P = Casewell.Web.Tests.Access.Principal;

namespace Casewell.Web.Tests.Access;

/// <summary>One kind of record a principal may not see, and the ids of one such record by route parameter name.</summary>
public sealed record HiddenRecord(string Kind, IReadOnlyDictionary<string, Guid> Ids, IReadOnlyList<string> Parameters, IReadOnlyList<P> Askers);

/// <summary>
/// The agency of the authorization matrix (<see cref="MatrixAgency"/>) with two more records of the assigned worker's:
/// one whose client is restricted and one whose case is restricted, both with the assigned worker on the access list.
/// Every list, count and search the other principals see is read before the two records are made and again once they
/// are restricted: a restricted record must leave them as if it had never been made. Seeded once per app.
/// </summary>
public sealed class LeakScene : IDisposable
{
    private static readonly ConditionalWeakTable<CasewellApp, Task<LeakScene>> Scenes = [];

    /// <summary>Route parameters that name a record of a client's, and of a case's.</summary>
    private static readonly string[] ClientRecord = ["clientId", "consentId", "relationshipId", "contactId"];
    private static readonly string[] CaseRecord = ["caseId", "taskId", "noteId", "reportId", "documentId", "hearingId"];

    /// <summary>Who must not see the restricted records: everyone but the access list (the assigned worker, the restricting supervisor) and the privacy officer.</summary>
    public static readonly P[] Outsiders = [P.TeamWorker, P.OtherTeamWorker, P.OtherTeamSupervisor, P.ProgramManager, P.OtherProgramManager, P.IntakeWorker,
        P.Administrator, P.Partner, P.EmergencyHolder];

    private LeakScene(MatrixAgency agency) => Agency = agency;

    public MatrixAgency Agency { get; }

    /// <summary>The records swept: the matrix's record under test, unrelated to the askers; a restricted client; a restricted case.</summary>
    public List<HiddenRecord> Hidden { get; } = [];

    /// <summary>The person whose client is restricted, as searched for: last name, birth date, SSN.</summary>
    public (string LastName, string BirthDate, string Ssn) RestrictedPerson { get; private set; }

    /// <summary>A registration's body for the restricted person, as a newcomer at intake would be entered.</summary>
    public object RestrictedPersonRegistration(bool acknowledged = false) => Person(RestrictedPerson.LastName, RestrictedPerson.BirthDate, RestrictedPerson.Ssn, acknowledged);

    /// <summary>Each outsider's lists before the restricted records were made, and after they were restricted, by request.</summary>
    public Dictionary<(P Principal, string Request), (LeakAnswer Before, LeakAnswer After)> Lists { get; } = [];

    public static Task<LeakScene> OfAsync(CasewellApp app) => Scenes.GetValue(app, SeedAsync);

    private static async Task<LeakScene> SeedAsync(CasewellApp app)
    {
        // Before any client is made: a client's handler carries the caller's execution context only from then on (DatabaseCommands).
        app.Server.PreserveExecutionContext = true;
        var scene = new LeakScene(await MatrixAgency.SeedAsync(app));
        var agency = scene.Agency;
        var last = "Veiled" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        var birth = new DateOnly(1931, 1, 1).AddDays(RandomNumberGenerator.GetInt32(20000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ssn = $"{RandomNumberGenerator.GetInt32(100, 665)}-{RandomNumberGenerator.GetInt32(10, 99)}-{RandomNumberGenerator.GetInt32(1000, 9999)}";
        scene.RestrictedPerson = (last, birth, ssn);
        var lists = scene.ListRequests(app);

        var before = new Dictionary<(P, string), LeakAnswer>();
        foreach (var principal in Outsiders)
        {
            foreach (var request in lists) before[(principal, request.Name)] = await request.SendAsync(agency.Http(principal));
        }

        var restrictedClient = await agency.CaseRecordAsync(Person(last, birth, ssn));
        var caseLast = "Sealed" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 10);
        var restrictedCase = await agency.CaseRecordAsync(Person(caseLast, "1929-02-03", null));
        // The restricted person is related to the client under test, whose profile outsiders with work on it do read.
        await Succeeds(await agency.Http(P.AssignedWorker).PostAsJsonAsync($"/api/v1/clients/{restrictedClient["clientId"]}/relationships",
            new { type = Enum.GetNames<Casewell.Households.RelationshipType>()[0], relatedClientId = agency.ReadIds["clientId"], livesInHousehold = false }, Cancellation));
        var supervisor = agency.Http(P.TeamSupervisor);
        var onList = new[] { agency.Member(P.AssignedWorker).Id };
        await Succeeds(await supervisor.PutAsJsonAsync($"/api/v1/clients/{restrictedClient["clientId"]}/restriction",
            new { reason = "DomesticViolence", note = "Protective order", accessList = onList }, Cancellation));
        await Succeeds(await supervisor.PutAsJsonAsync($"/api/v1/cases/{restrictedCase["caseId"]}/restriction",
            new { reason = "HighProfilePerson", accessList = onList }, Cancellation));

        foreach (var principal in Outsiders)
        {
            foreach (var request in lists) scene.Lists[(principal, request.Name)] = (before[(principal, request.Name)], await request.SendAsync(agency.Http(principal)));
        }

        // The record under test is unrelated to these askers: not their team, not their program, not their registration.
        scene.Hidden.Add(new HiddenRecord("unrelated", agency.ReadIds, [.. ClientRecord, .. CaseRecord, "recordId", "grantId", "itemId"],
            [P.OtherTeamWorker, P.IntakeWorker, P.Partner, P.OtherProgramManager]));
        // A restricted client hides their cases too. The askers are those who would see them but for the restriction (the
        // team, the program's manager), intake, who recognises everyone else, and a holder of a grant; those with no
        // relationship at all are asked about the unrelated record, which keeps the sweep within a minute or two.
        scene.Hidden.Add(new HiddenRecord("restricted client", WithAgency(agency, restrictedClient), [.. ClientRecord, .. CaseRecord, "recordId"],
            [P.TeamWorker, P.ProgramManager, P.IntakeWorker, P.EmergencyHolder]));
        // A restricted case hides the case and its tasks; its client is not restricted and stays recognisable.
        scene.Hidden.Add(new HiddenRecord("restricted case", WithAgency(agency, restrictedCase), [.. CaseRecord, "recordId"],
            [P.TeamWorker, P.ProgramManager, P.IntakeWorker]));
        return scene;
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>The record's own ids, over the agency's ids for everything else (the program, the team, the worker).</summary>
    private static Dictionary<string, Guid> WithAgency(MatrixAgency agency, Dictionary<string, Guid> record)
    {
        var ids = new Dictionary<string, Guid>(agency.ReadIds, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, id) in record) ids[name] = id;
        return ids;
    }

    private static object Person(string last, string birthDate, string? ssn, bool acknowledged = false) => new
    {
        details = new { legalName = new { first = "Rowan", last }, birthDate, veteranStatus = "Unknown" },
        identifiers = ssn is null ? Array.Empty<object>() : [new { kind = "SocialSecurityNumber", value = ssn }],
        confirmedNewPerson = true,
        acknowledgedRestrictedMatch = acknowledged,
    };

    /// <summary>
    /// Every list, count and search an outsider can ask for: each GET route of the route table whose parameters (if any)
    /// name the organization, not a record (caseloads, the queue, a worker's load, my work, tasks, contacts due, the
    /// privacy officer's and auditor's lists), and the searches that could find the restricted person.
    /// </summary>
    private List<ListRequest> ListRequests(CasewellApp app)
    {
        string[] organization = ["teamId", "workerId", "staffId", "programId"];
        var requests = MatrixRoute.Of(app.Services)
            .Where(r => r.IsRead && !r.Template.Contains("{path}", StringComparison.Ordinal) && !r.Template.Contains("{documentName}", StringComparison.Ordinal)
                && r.Parameters.All(p => organization.Contains(p, StringComparer.OrdinalIgnoreCase)))
            .Select(r => ListRequest.Get(r.PathWith(p => Agency.ReadIds[p].ToString())))
            .ToList();
        // The records under test, which some outsiders read (the team, the program's manager, the holder of a grant): what they
        // show of the people and cases around them.
        foreach (var path in new[] { "/api/v1/clients/{clientId}", "/clients/{clientId}", "/api/v1/cases/{caseId}", "/cases/{caseId}",
            "/api/v1/cases/{caseId}/timeline", "/api/v1/clients/{clientId}/consents" })
        {
            requests.Add(ListRequest.Get(path.Replace("{clientId}", Agency.ReadIds["clientId"].ToString(), StringComparison.Ordinal)
                .Replace("{caseId}", Agency.ReadIds["caseId"].ToString(), StringComparison.Ordinal)));
        }
        var (last, birth, ssn) = RestrictedPerson;
        foreach (var q in new[] { last, $"Rowan {last}", last[..8], birth, ssn, ssn.Replace("-", "", StringComparison.Ordinal) })
        {
            requests.Add(ListRequest.Get($"/api/v1/clients?q={Uri.EscapeDataString(q)}"));
            requests.Add(ListRequest.Get($"/clients?q={Uri.EscapeDataString(q)}"));
        }
        return requests;
    }

    public void Dispose() => Agency.Dispose();
}

/// <summary>A list request of <see cref="LeakScene"/>: a GET, answered with nothing of its own normalised away but trace ids and tokens.</summary>
public sealed record ListRequest(string Name, string Path)
{
    public static ListRequest Get(string path) => new(path, path);

    public async Task<LeakAnswer> SendAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var response = await http.GetAsync(Path, TestContext.Current.CancellationToken);
        return await LeakAnswer.ReadAsync(response, new Dictionary<string, Guid>(), []);
    }
}
