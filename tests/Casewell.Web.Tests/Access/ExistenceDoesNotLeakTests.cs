using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;
using P = Casewell.Web.Tests.Access.Principal;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// Issue 8's proof that existence does not leak. For a record a principal may not see (one unrelated to them, a
/// restricted client, a restricted case), every route of the route table that names a record is called with its ids and
/// with ids never issued, and the two answers must be the same: status, the headers that matter, the body once the ids
/// themselves are named alike, and the database commands it cost (the timing class, see <see cref="DatabaseCommands"/>).
/// Changes are sent twice, with the record's real version and with a stale one, and must change nothing. Every list,
/// count and search of the outsiders must read as if the restricted records had never been made.
/// </summary>
public abstract class ExistenceDoesNotLeakTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task Every_route_answers_a_hidden_record_as_one_that_does_not_exist_and_changes_nothing()
    {
        var scene = await LeakScene.OfAsync(App);
        using var anonymous = App.CreateAnonymousClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Cancellation))!;
        var routes = MatrixRoute.Of(App.Services);
        var problems = new List<string>();
        var compared = 0;
        foreach (var hidden in scene.Hidden)
        {
            var swept = routes.Where(r => Sweeps(r, hidden)).OrderBy(r => r.IsRead ? 0 : 1).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
            Assert.True(swept.Count > 10, $"Only {swept.Count} routes name a {hidden.Kind} record");
            var disclosed = await DisclosedClientAsync(scene, hidden);
            var before = await RecordAsSeenAsync(scene, swept, hidden);
            foreach (var route in swept)
            {
                foreach (var asker in hidden.Askers)
                {
                    // Decision 0018: those who register clients recognise every unrestricted client by name, so a profile
                    // answering "no relationship, ask this colleague" tells them nothing new. Only a restriction hides a client from them.
                    if (disclosed.Contains(asker) && NamesClient(route)) continue;
                    foreach (var etag in route.IsRead || route.Method == "DELETE" ? new string?[] { null } : ["real", "stale"])
                    {
                        compared++;
                        var difference = await CompareAsync(scene, document, route, hidden, asker, etag);
                        if (difference is not null) problems.Add($"{hidden.Kind}, {route.Key} as {asker}{(etag is null ? "" : $" ({etag} version)")}: {difference}");
                    }
                }
            }
            var after = await RecordAsSeenAsync(scene, swept, hidden);
            foreach (var (path, answer) in before.Where(b => after[b.Key] != b.Value)) problems.Add($"{hidden.Kind}: {path} changed, from {answer} to {after[path]}");
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"{compared} comparisons");
        Assert.True(problems.Count == 0, $"Answers that tell a hidden record from a missing one ({problems.Count}):\n" + string.Join('\n', problems));
    }

    [Fact]
    public async Task Restricted_records_leave_every_outsiders_lists_counts_and_searches_as_if_they_did_not_exist()
    {
        var scene = await LeakScene.OfAsync(App);
        Assert.True(scene.Lists.Count > 20 * LeakScene.Outsiders.Length, $"Only {scene.Lists.Count} list reads");
        var problems = scene.Lists.Where(l => l.Value.Before != l.Value.After)
            .Select(l => $"{l.Key.Request} as {l.Key.Principal}: {l.Value.Before.Status} then {l.Value.After.Status}, {LeakAnswer.Difference(l.Value.Before.Body, l.Value.After.Body)}").ToList();
        Assert.True(problems.Count == 0, $"Lists that changed when restricted records were made ({problems.Count}):\n" + string.Join('\n', problems));
        // The comparison can fail: the assigned worker, on the access list, does see the restricted client.
        var search = await scene.Agency.Http(P.AssignedWorker).GetStringAsync($"/api/v1/clients?q={scene.RestrictedPerson.LastName}", Cancellation);
        Assert.Contains(scene.Hidden[1].Ids["clientId"].ToString(), search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_duplicate_check_and_registration_say_only_that_a_restricted_match_exists_never_who()
    {
        var scene = await LeakScene.OfAsync(App);
        var client = scene.Hidden[1].Ids["clientId"].ToString();
        var (last, birth, _) = scene.RestrictedPerson;
        foreach (var asker in new[] { P.IntakeWorker, P.TeamWorker, P.OtherTeamWorker, P.EmergencyHolder })
        {
            var http = scene.Agency.Http(asker);
            foreach (var path in new[] { "/api/v1/clients/duplicate-candidates", "/api/v1/clients" })
            {
                using var response = await http.PostAsJsonAsync(path, scene.RestrictedPersonRegistration(), Cancellation);
                var body = await response.Content.ReadAsStringAsync(Cancellation);
                Assert.True((int)response.StatusCode < 500, $"{path} as {asker}: {(int)response.StatusCode} {body}");
                foreach (var secret in new[] { client, last, birth })
                    Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{path} as {asker} shows {secret}: {body}");
            }
        }
    }

    [Fact]
    public async Task A_handover_counts_the_cases_left_in_other_teams_without_a_restricted_one()
    {
        using var s = await CaseWorld.CreateAsync(App);
        var leaving = await s.AddWorkerAsync("Lee Leaving");
        var taking = await s.AddWorkerAsync("Tai Taking");
        var otherTeam = await s.AddTeamAsync("Night");
        var otherSupervisor = await s.AddStaffAsync(StaffRole.Supervisor, "Nia Night", otherTeam, supervises: true);
        await s.AddToTeamAsync(leaving.Id, otherTeam);
        await s.CaseOfAsync(leaving);
        foreach (var restricted in new[] { false, true })
        {
            var theirs = await s.OpenCaseAsync(teamId: otherTeam);
            await s.AssignAsync(theirs.Id, leaving.Id, by: otherSupervisor);
            if (restricted) await Succeeds(await otherSupervisor.Http.PutAsJsonAsync($"/api/v1/cases/{theirs.Id}/restriction", new { reason = "StaffMemberAsClient" }, Cancellation));
        }

        var response = await s.Supervisor.Http.PostAsJsonAsync($"/api/v1/staff/{leaving.Id}/handover",
            new { toWorkerIds = new[] { taking.Id }, reason = "On leave until March" }, Cancellation);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancellation));
        // Two cases stay in the night team, but one of them does not exist for this supervisor.
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("casesLeftInOtherTeams").GetInt32());
    }

    [Fact]
    public async Task A_restricted_relative_vanishes_from_the_profile_and_the_family_case_others_read()
    {
        using var s = await CaseWorld.CreateAsync(App);
        await s.SetCasePoliciesAsync(teamMayViewCases: true);
        var worker = await s.AddWorkerAsync("Willa Worker");
        var colleague = await s.AddWorkerAsync("Cole League");
        var client = await s.RegisterClientAsync(s.Supervisor);
        var relative = await s.RegisterClientAsync(s.Supervisor);
        await Succeeds(await s.Supervisor.Http.PostAsJsonAsync($"/api/v1/clients/{client.Id}/relationships",
            new { type = Enum.GetNames<Casewell.Households.RelationshipType>()[0], relatedClientId = relative.Id, livesInHousehold = true }, Cancellation));
        var referral = JsonSerializer.SerializeToNode(s.Referral(client.Id, teamId: s.TeamId))!.AsObject();
        referral["householdMemberIds"] = new JsonArray(relative.Id.ToString());
        var opened = await CreatedAsync(await s.Supervisor.Http.PostAsJsonAsync("/api/v1/cases", referral, Cancellation));
        var caseId = opened.GetProperty("caseId").GetGuid();
        await s.AssignAsync(caseId, worker.Id);
        string[] reads = [$"/api/v1/cases/{caseId}", $"/api/v1/clients/{client.Id}", $"/cases/{caseId}", $"/clients/{client.Id}"];
        // Before: the colleague reads the family case and the client's profile, and both name the relative.
        foreach (var path in reads) Assert.Contains(relative.Id.ToString(), await colleague.Http.GetStringAsync(path, Cancellation), StringComparison.Ordinal);

        // The relative has no case of the supervisor's team to restrict them by: the privacy officer does it.
        var privacyOfficer = await s.AddStaffAsync(StaffRole.Auditor, "Priya Privacy", Guid.Empty);
        await Succeeds(await privacyOfficer.Http.PutAsJsonAsync($"/api/v1/clients/{relative.Id}/restriction",
            new { reason = "DomesticViolence", accessList = new[] { worker.Id } }, Cancellation));

        foreach (var path in reads)
        {
            var page = await colleague.Http.GetStringAsync(path, Cancellation);
            Assert.False(page.Contains(relative.Id.ToString(), StringComparison.Ordinal) || page.Contains(relative.Name, StringComparison.Ordinal), $"{path} still names the restricted relative");
        }
        // The worker on the access list still sees them.
        Assert.Contains(relative.Id.ToString(), await worker.Http.GetStringAsync($"/api/v1/cases/{caseId}", Cancellation), StringComparison.Ordinal);
    }

    /// <summary>Whether the route takes a record of the hidden kind: a restricted case's client is not hidden, so its routes are not swept.</summary>
    private static bool Sweeps(MatrixRoute route, HiddenRecord hidden) =>
        route.Parameters.Any(p => hidden.Parameters.Contains(p, StringComparer.OrdinalIgnoreCase))
        && !(hidden.Kind == "restricted case" && NamesClient(route));

    private static bool NamesClient(MatrixRoute route) =>
        route.Parameters.Contains("clientId", StringComparer.OrdinalIgnoreCase) || route.Template.StartsWith("/api/v1/clients/{recordId}", StringComparison.Ordinal);

    /// <summary>The askers who find the hidden record's client by name in search (recognition, decision 0018).</summary>
    private static async Task<HashSet<P>> DisclosedClientAsync(LeakScene scene, HiddenRecord hidden)
    {
        var clientId = hidden.Ids["clientId"];
        var profile = await scene.Agency.Http(P.AssignedWorker).GetFromJsonAsync<JsonElement>($"/api/v1/clients/{clientId}", Cancellation);
        var name = Uri.EscapeDataString(profile.GetProperty("displayName").GetString()!);
        var disclosed = new HashSet<P>();
        foreach (var asker in hidden.Askers)
        {
            using var response = await scene.Agency.Http(asker).GetAsync($"/api/v1/clients?q={name}", Cancellation);
            if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync(Cancellation)).Contains(clientId.ToString(), StringComparison.Ordinal)) disclosed.Add(asker);
        }
        // A restricted client must be found by none of them; an unrelated one by those who register clients.
        if (hidden.Kind == "restricted client") Assert.Empty(disclosed);
        return disclosed;
    }

    /// <summary>
    /// The hidden record as the supervisor on its access list reads it through every read the sweep calls: what the
    /// sweep's changes must leave as it was.
    /// </summary>
    private static async Task<Dictionary<string, LeakAnswer>> RecordAsSeenAsync(LeakScene scene, IEnumerable<MatrixRoute> swept, HiddenRecord hidden)
    {
        var seen = new Dictionary<string, LeakAnswer>();
        // A court report's Word and PDF files are made afresh at each download (the PDF's creation date and id, the package's
        // timestamps differ): what they hold is the report's saved content, which its JSON read compares.
        foreach (var route in swept.Where(r => r.IsRead && !r.IsPage && !r.Template.StartsWith("/api/v1/court-reports/{reportId}/", StringComparison.Ordinal)))
        {
            var path = route.PathWith(p => ValueOf(route, p, hidden.Ids).ToString());
            using var response = await scene.Agency.Http(P.TeamSupervisor).GetAsync(path, Cancellation);
            seen[path] = await LeakAnswer.ReadAsync(response, new Dictionary<string, Guid>(), []);
        }
        return seen;
    }

    /// <summary>
    /// One route, called by the asker for the hidden record and for ids never issued; null when the two answers are the
    /// same, or what differs. Database commands are compared too, and a difference there is tried once more: a session's
    /// sliding renewal writes on whichever request falls due, which says nothing about the record.
    /// </summary>
    private static async Task<string?> CompareAsync(LeakScene scene, JsonNode document, MatrixRoute route, HiddenRecord hidden, P asker, string? etag)
    {
        var real = route.Parameters.ToDictionary(p => p, p => ValueOf(route, p, hidden.Ids));
        var missing = real.ToDictionary(p => p.Key, p => hidden.Parameters.Contains(p.Key, StringComparer.OrdinalIgnoreCase) ? Guid.CreateVersion7() : p.Value);
        // A version the record really has, as one on its access list sees it; or one it never had.
        var version = etag == "real" ? await ETagAsync(scene.Agency.Http(P.TeamSupervisor), route.PathWith(p => real[p].ToString())) ?? "\"0\"" : "\"0\"";
        // The same body for both: made once from the hidden record's ids, as the matrix makes it.
        using var made = route.IsRead ? null : AuthorizationMatrixTests.BodyOf(document, route, hidden.Ids);
        (byte[] Bytes, System.Net.Http.Headers.MediaTypeHeaderValue? Type)? body = made is null ? null : (await made.ReadAsByteArrayAsync(Cancellation), made.Headers.ContentType);
        string? difference = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var shown = await SendAsync(scene, route, asker, real, body, version);
            var none = await SendAsync(scene, route, asker, missing, body, version);
            if (shown.Status is >= 200 and < 300) return $"the hidden record was let through: {shown}";
            if (shown.Status != none.Status || shown.Headers != none.Headers || shown.Body != none.Body) return $"\n  hidden  {shown}\n  missing {none}";
            if (shown.Commands.SequenceEqual(none.Commands)) return null;
            difference = $"{shown.Commands.Count} database commands against {none.Commands.Count}:\n  hidden  {string.Join("\n          ", shown.Commands.Except(none.Commands))}"
                + $"\n  missing {string.Join("\n          ", none.Commands.Except(shown.Commands))}";
        }
        return difference;
    }

    private static async Task<LeakAnswer> SendAsync(LeakScene scene, MatrixRoute route, P asker, Dictionary<string, Guid> values,
        (byte[] Bytes, System.Net.Http.Headers.MediaTypeHeaderValue? Type)? body, string version)
    {
        var path = route.PathWith(p => values[p].ToString());
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (body is { } content)
        {
            request.Content = new ByteArrayContent(content.Bytes);
            request.Content.Headers.ContentType = content.Type;
            if (route.Method != "DELETE" && AuthorizationMatrixTests.IsUnderRecord(path)) request.Headers.TryAddWithoutValidation("If-Match", version);
        }
        HttpResponseMessage response;
        List<string> commands;
        using (DatabaseCommands.Scope(out commands)) response = await scene.Agency.Http(asker).SendAsync(request, Cancellation);
        using (response)
        {
            var named = values.ToDictionary(v => v.Key, v => v.Value);
            return await LeakAnswer.ReadAsync(response, named, [.. commands]);
        }
    }

    private static async Task<string?> ETagAsync(HttpClient http, string path)
    {
        if (!AuthorizationMatrixTests.IsUnderRecord(path)) return null;
        using var response = await http.GetAsync(AuthorizationMatrixTests.RecordOf(path), Cancellation);
        return response.IsSuccessStatusCode ? response.Headers.ETag?.Tag : null;
    }

    // A restriction's record is a client or a case, as the path says (as in the matrix).
    private static Guid ValueOf(MatrixRoute route, string parameter, IReadOnlyDictionary<string, Guid> ids) => parameter switch
    {
        "recordId" => ids[route.Template.StartsWith("/api/v1/clients/", StringComparison.Ordinal) ? "clientId" : "caseId"],
        _ => ids.TryGetValue(parameter, out var id) ? id : throw new InvalidOperationException($"The sweep has no record for route parameter '{parameter}'"),
    };
}

public sealed class ExistenceDoesNotLeakTests_on_Sqlite(SqliteApp app) : ExistenceDoesNotLeakTests(app), IClassFixture<SqliteApp>;

public sealed class ExistenceDoesNotLeakTests_on_Postgres(PostgresApp app) : ExistenceDoesNotLeakTests(app), IClassFixture<PostgresApp>;
