using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Casewell.Web.Tests.Probe;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// Issue 8's proof that nothing is reachable unprotected: every page and API endpoint of the route table, called as
/// every <see cref="Principal"/>, is allowed exactly to the principals <see cref="AuthorizationTable"/> names and
/// refused to everyone else; an endpoint the table does not name fails the test. Allowed means the request got past
/// access (a success, or a refusal of its content: 400, 409, 412, 422); refused means 401, 403, 404 or a redirect to
/// signing in or to the forbidden page. A server error fails whoever sent it.
/// </summary>
public abstract class AuthorizationMatrixTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task Every_endpoint_answers_each_principal_as_the_table_says()
    {
        using var agency = await MatrixAgency.SeedAsync(App);
        using var anonymous = App.CreateAnonymousClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json", Cancellation))!;
        var routes = MatrixRoute.Of(App.Services);
        Assert.True(routes.Count > 60, $"The route table lists only {routes.Count} endpoints");

        var problems = new List<string>();
        var unlisted = new List<string>();
        foreach (var route in routes.OrderBy(r => r.IsRead ? 0 : 1).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var observed = new List<Principal>();
            var statuses = new Dictionary<Principal, int>();
            var writeIds = route.IsRead ? agency.ReadIds : await agency.WriteTargetsAsync(route);
            foreach (var principal in Enum.GetValues<Principal>())
            {
                var (status, location) = await CallAsync(agency, document, route, principal, writeIds);
                statuses[principal] = status;
                if (status >= 500) problems.Add($"{route.Key} as {principal}: {status}");
                var allowed = Allowed(status, location);
                if (allowed) observed.Add(principal);
                // What one principal changed must not decide the next one's answer.
                if (!route.IsRead && status is >= 200 and < 300) writeIds = await agency.WriteTargetsAsync(route);
            }
            if (!AuthorizationTable.Allowed.TryGetValue(route.Key, out var expected))
            {
                unlisted.Add($"[\"{route.Key}\"] = [{string.Join(", ", observed.Select(p => "P." + p))}],");
                continue;
            }
            var wrong = Enum.GetValues<Principal>().Where(p => expected.Contains(p) != observed.Contains(p)).ToList();
            foreach (var p in wrong) problems.Add($"{route.Key} as {p}: expected {(expected.Contains(p) ? "allowed" : "refused")}, was {(observed.Contains(p) ? "allowed" : "refused")} ({statuses[p]})");
        }
        var stale = AuthorizationTable.Allowed.Keys.Except(routes.Select(r => r.Key)).ToList();

        var report = new StringBuilder();
        if (unlisted.Count > 0) report.AppendLine(CultureInfo.InvariantCulture, $"Endpoints the table does not name ({unlisted.Count}), with what they answered:").AppendJoin('\n', unlisted).AppendLine();
        if (stale.Count > 0) report.AppendLine("Table rows no endpoint answers to: " + string.Join(", ", stale));
        if (problems.Count > 0) report.AppendLine(CultureInfo.InvariantCulture, $"Outcomes not as the table says ({problems.Count}):").AppendJoin('\n', problems);
        TestContext.Current.TestOutputHelper?.WriteLine($"{routes.Count} endpoints x {Enum.GetValues<Principal>().Length} principals");
        Assert.True(report.Length == 0, report.ToString());
    }

    private static bool Allowed(int status, string? location) => status switch
    {
        401 or 403 or 404 => false,
        >= 300 and < 400 => location is not { } to || !(to.Contains("/sign-in", StringComparison.Ordinal) || to.Contains("/forbidden", StringComparison.Ordinal)),
        _ => true,
    };

    private static async Task<(int Status, string? Location)> CallAsync(MatrixAgency agency, JsonNode document, MatrixRoute route, Principal principal,
        IReadOnlyDictionary<string, Guid> ids)
    {
        var endsSession = route.Template is "/api/v1/session" or "/sign-out" && route.Method is "DELETE" or "POST";
        using var ownSession = endsSession ? await agency.FreshSessionAsync(principal) : null;
        var http = ownSession ?? agency.Http(principal);
        var path = route.PathWith(name => ValueOf(route, name, ids));
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), path);
        if (!route.IsRead)
        {
            request.Content = BodyOf(document, route, ids);
            // One who may not read the record has no version of it to name; theirs must be refused before it is compared.
            if (route.Method != "DELETE" && IsUnderRecord(path)) request.Headers.TryAddWithoutValidation("If-Match", await ETagAsync(http, path) ?? "\"0\"");
        }
        using var response = await http.SendAsync(request, Cancellation);
        return ((int)response.StatusCode, response.Headers.Location?.OriginalString);
    }

    /// <summary>
    /// What a client of the endpoint would send: a file where it takes one, a body the schema describes where it takes
    /// JSON, and for the few bodies the schema cannot make valid, one made by hand, so that an allowed principal gets past
    /// the body's shape and the answer says what access decided.
    /// </summary>
    internal static HttpContent BodyOf(JsonNode document, MatrixRoute route, IReadOnlyDictionary<string, Guid> ids)
    {
        var accepts = document["paths"]?[route.Template]?[route.Method.ToLowerInvariant()]?["requestBody"]?["content"]?.AsObject();
        if (accepts is { Count: > 0 } && !accepts.ContainsKey("application/json"))
        {
            var file = new ByteArrayContent("%PDF-1.7\n%signed\n"u8.ToArray());
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(accepts.First().Key);
            return file;
        }
        var json = HandMadeBodies.TryGetValue(route.Key, out var made) ? made
            : ApiOperation.Read(document, ids).FirstOrDefault(o => o.Method == route.Method && o.Template == route.Template)?.Body?.ToJsonString() ?? "{}";
        return new StringContent(json, Encoding.UTF8, "application/json");
    }

    private static readonly Dictionary<string, string> HandMadeBodies = new()
    {
        ["PUT /api/v1/clients/{clientId}"] = """{"details":{"legalName":{"first":"Robin","last":"Matrix"},"veteranStatus":"Unknown"}}""",
    };

    private static string ValueOf(MatrixRoute route, string parameter, IReadOnlyDictionary<string, Guid> ids) => parameter switch
    {
        "documentName" => "v1",
        "path" => "no-such-page",
        // A restriction's record is a client or a case, as the path says.
        "recordId" => ValueOf(route, route.Template.StartsWith("/api/v1/clients/", StringComparison.Ordinal) ? "clientId" : "caseId", ids),
        _ => ids.TryGetValue(parameter, out var id) ? id.ToString() : throw new InvalidOperationException($"The matrix has no record for route parameter '{parameter}'"),
    };

    /// <summary>The version a change must name: the ETag of the record its path starts with, as the same principal sees it.</summary>
    private static async Task<string?> ETagAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(RecordOf(path), Cancellation);
        return response.StatusCode == HttpStatusCode.OK ? response.Headers.ETag?.Tag : null;
    }

    internal static bool IsUnderRecord(string path) => path.StartsWith("/api/", StringComparison.Ordinal) && path.Split('/').Any(s => Guid.TryParse(s, out _));

    // "/api/v1/cases/{id}/transitions" -> "/api/v1/cases/{id}": the record whose version a change checks.
    internal static string RecordOf(string path)
    {
        var segments = path.Split('/');
        var idAt = Array.FindIndex(segments, s => Guid.TryParse(s, out _));
        return idAt < 0 ? path : string.Join('/', segments[..(idAt + 1)]);
    }
}

public sealed class AuthorizationMatrixTests_on_Sqlite(SqliteApp app) : AuthorizationMatrixTests(app), IClassFixture<SqliteApp>;

public sealed class AuthorizationMatrixTests_on_Postgres(PostgresApp app) : AuthorizationMatrixTests(app), IClassFixture<PostgresApp>;
