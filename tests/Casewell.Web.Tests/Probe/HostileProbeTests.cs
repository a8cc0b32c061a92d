using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;

namespace Casewell.Web.Tests.Probe;

/// <summary>
/// The hostile probe of issue 15 as a test (see README.md here): every operation of the OpenAPI document as
/// every role, hostile bodies on every write, hostile query values and ids on every read and every page. It
/// asserts that nothing answers 5xx or shows a stack trace, and prints its figures. Deterministic: no randomness.
/// </summary>
public abstract class HostileProbeTests(CasewellApp app) : IntegrationTest(app)
{
    private const string LoneSurrogate = "@@lone-surrogate@@";
    private static readonly string Huge = new('x', 100_000);
    private static readonly string Megabyte = new('n', 1_000_000);
    private static readonly string[] FuzzRoles = ["Administrator", "Supervisor", "CaseWorker", "IntakeWorker", "anonymous"];
    private static readonly string[] ReadRoles = ["Supervisor", "CaseWorker", "Administrator", "Auditor", "anonymous"];

    private static readonly string[] HostileQueryValues =
        ["abc", "1e3", "2147483648", "2147483647", "-1", "%00", "a%00b", "%01%1F", "%EF%BB%BF", "%27%22%3C", new string('9', 4000)];

    // A page renders in tens of milliseconds, an API read in a few: pages get the values of the issue's finding.
    private static readonly string[] HostilePageValues = ["abc", "1e3", "2147483648", "2147483647", "-1", "%00", new string('9', 2000)];

    // No %00 in a path: Kestrel refuses it with 400 before any of Casewell runs, and the in-memory test server throws instead.
    private static readonly string[] HostileIds =
        ["00000000-0000-0000-0000-000000000000", "0192a7c4-0000-7000-8000-000000000001", "abc", "%01", "-1", "2147483648", new string('a', 300)];

    // Traversal as it reaches a path segment: encoded slashes, dots and backslashes, which no client normalises away.
    private static readonly (string Label, string Value)[] HostilePathIds =
        [("path: ..%2F..%2F", "..%2F..%2Fetc%2Fpasswd"), ("path: %2e%2e%2f", "%2e%2e%2f%2e%2e%2fetc%2fpasswd"), ("path: ..%5C", "..%5C..%5Cwindows%5Cwin.ini")];

    private string Database => App.GetType().Name.Replace("App", "", StringComparison.Ordinal);

    [Fact]
    public async Task Every_operation_as_every_role_answers_without_a_server_error()
    {
        using var agency = await ProbeAgency.SeedAsync(App);
        var operations = await OperationsAsync(agency);
        var tally = new ProbeTally("Matrix");
        var etags = new ETags(tally);
        // Reads first, then writes, and signing out last, so that no principal leaves before the end.
        foreach (var op in operations.OrderBy(o => o.Template.Contains("/session", StringComparison.Ordinal)).ThenBy(o => o.IsRead ? 0 : o.Method == "DELETE" ? 2 : 1))
        {
            foreach (var (name, http) in agency.Principals)
            {
                var uri = op.PathWith(p => (op.IsRead ? agency.Ids : agency.WriteIds).GetValueOrDefault(p).ToString());
                await SendAsync(tally, etags, http, name, op, uri, "valid", op.Body?.ToJsonString());
            }
        }
        tally.Report(Database);
        tally.AssertClean(Database);
    }

    [Fact]
    public async Task Hostile_bodies_on_every_write_answer_without_a_server_error()
    {
        using var agency = await ProbeAgency.SeedAsync(App);
        var operations = await OperationsAsync(agency);
        var tally = new ProbeTally("Write fuzz");
        var etags = new ETags(tally);
        // Changes of state and of staff last, so that the creates still find an open case and active accounts.
        var writes = operations.Where(o => (!o.IsRead && o.Body is not null && o.Template != "/api/v1/session") || o is { Method: "POST", Template: "/api/v1/session" })
            .OrderBy(o => o.Template.Contains("transitions", StringComparison.Ordinal) || o.Template.Contains("assignments", StringComparison.Ordinal)
                || o.Template.Contains("handover", StringComparison.Ordinal) || o.Template.Contains("status", StringComparison.Ordinal));
        var position = 0;
        foreach (var op in writes)
        {
            var uri = op.PathWith(p => agency.WriteIds.GetValueOrDefault(p).ToString());
            // Signing in is fuzzed as nobody, as an attacker would send it.
            var (name, http) = op.Template == "/api/v1/session" ? ("anonymous", agency.Anonymous) : await ChoosePrincipalAsync(tally, etags, agency, op, uri, FuzzRoles);
            // A refused write changes nothing. The business tables are digested before the operation's round and
            // after each write it accepts (a digest after every request costs minutes in CI); at each digest the
            // refused writes since the previous one must have left it as it was.
            var watch = new RefusalWatch(App, tally, await BusinessDigest.ReadAsync(App));
            foreach (var (input, json) in HostileBodies(op, position))
                await watch.SeenAsync(await SendAsync(tally, etags, http, name, op, uri, input, json), $"{op} | {input} | as {name}");
            // The right JSON in the wrong media type.
            var plain = await tally.SendAsync(http, name, new HttpMethod(op.Method), uri, "text/plain body",
                new StringContent(op.Body!.ToJsonString(), Encoding.UTF8, "text/plain"), await etags.ForAsync(http, name, op, uri));
            await watch.SeenAsync(plain, $"{op} | text/plain body | as {name}");
            await watch.EndAsync();
            position += op.Fields.Count + 1;
        }
        tally.Report(Database);
        tally.AssertClean(Database);
    }

    [Fact]
    public async Task Hostile_queries_and_ids_on_every_read_answer_without_a_server_error()
    {
        using var agency = await ProbeAgency.SeedAsync(App);
        var operations = await OperationsAsync(agency);
        var tally = new ProbeTally("Read fuzz (API)");
        var etags = new ETags(tally);
        var before = await BusinessDigest.ReadAsync(App);
        var position = 0;
        foreach (var op in operations.Where(o => o.IsRead))
        {
            var uri = op.PathWith(p => agency.Ids.GetValueOrDefault(p).ToString());
            var (name, http) = await ChoosePrincipalAsync(tally, etags, agency, op, uri, ReadRoles);
            await FuzzReadAsync(tally, http, name, op.Template, op.QueryParameters, HostileQueryValues, p => agency.Ids.GetValueOrDefault(p).ToString(), agency, position);
            position += op.QueryParameters.Count + 1;
        }
        CheckUnchanged(tally, before, await BusinessDigest.ReadAsync(App), "the API reads");
        tally.Report(Database);
        tally.AssertClean(Database);
    }

    [Fact]
    public async Task Hostile_queries_and_ids_on_every_page_answer_without_a_server_error()
    {
        using var agency = await ProbeAgency.SeedAsync(App);
        var tally = new ProbeTally("Read fuzz (pages)");
        var before = await BusinessDigest.ReadAsync(App);
        var position = 0;
        foreach (var (template, queryNames) in PageRoutes())
        {
            foreach (var (name, http) in agency.Principals)
                await tally.SendAsync(http, name, HttpMethod.Get, PathOf(template, p => Id(agency, p)), "page");
            await FuzzReadAsync(tally, agency.As("Supervisor"), "Supervisor", template, queryNames, HostilePageValues, p => Id(agency, p), agency, position);
            position += queryNames.Count + 1;
        }
        CheckUnchanged(tally, before, await BusinessDigest.ReadAsync(App), "the page reads");
        tally.Report(Database);
        tally.AssertClean(Database);
    }

    private static string Id(ProbeAgency agency, string name) => agency.Ids.GetValueOrDefault(name.TrimEnd('?').TrimStart('*')).ToString();

    private static string PathOf(string template, Func<string, string> id) =>
        new ApiOperation("GET", template, [], null, []).PathWith(p => id(p.TrimEnd('?').TrimStart('*')));

    private static async Task FuzzReadAsync(ProbeTally tally, HttpClient http, string name, string template, IReadOnlyList<string> queryNames,
        string[] values, Func<string, string> id, ProbeAgency agency, int position)
    {
        var path = PathOf(template, id);
        foreach (var (query, index) in queryNames.Select((q, i) => (q, i)))
        {
            foreach (var value in values)
                await tally.SendAsync(http, name, HttpMethod.Get, $"{path}?{query}={value}", $"{query}={Short(value)}");
            // A search box is where an attacker starts: it takes every hostile string, other values one of each family.
            var hostile = query == "q" ? HostileStrings.All : HostileStrings.For(position + index);
            foreach (var (label, value) in hostile)
                await tally.SendAsync(http, name, HttpMethod.Get, $"{path}?{query}={Uri.EscapeDataString(value)}", $"{query}={label}");
        }
        var op = new ApiOperation("GET", template, [], null, []);
        foreach (var (parameter, index) in op.RouteParameters.Select((p, i) => (p, i)))
        {
            var ids = parameter.StartsWith("caseId", StringComparison.OrdinalIgnoreCase) ? [.. HostileIds, agency.Ids["otherCaseId"].ToString()] : HostileIds;
            var hostile = ids.Select(i => (Label: Short(i), Value: i))
                .Concat(HostileStrings.For(position + queryNames.Count + index).Select(h => (h.Label, Value: Uri.EscapeDataString(h.Value))))
                .Concat(HostilePathIds);
            foreach (var (label, value) in hostile)
            {
                var uri = PathOf(template, p => p.Equals(parameter.TrimEnd('?').TrimStart('*'), StringComparison.Ordinal) ? value : id(p));
                await tally.SendAsync(http, name, HttpMethod.Get, uri, $"{parameter}={label}");
            }
        }
    }

    /// <summary>
    /// Watches one operation's round of writes: refused writes must leave the business tables as they were. A digest
    /// after every request costs minutes in CI, so the refused writes are checked in runs: at every tenth, and at
    /// the end of the round, against the digest that started the run. A write accepted ends the run unchecked (its
    /// own change is expected) and its digest starts the next one, so at most nine refusals before an accepted
    /// write go unchecked.
    /// </summary>
    private sealed class RefusalWatch(CasewellApp app, ProbeTally tally, BusinessDigest start)
    {
        private const int Run = 10;
        private readonly List<string> refused = [];
        private BusinessDigest last = start;

        public async Task SeenAsync(HttpResponseMessage response, string what)
        {
            if ((int)response.StatusCode is >= 400 and < 500)
            {
                refused.Add($"{(int)response.StatusCode} | {what}");
                if (refused.Count == Run) await EndAsync();
                return;
            }
            last = await BusinessDigest.ReadAsync(app);
            refused.Clear();
        }

        public async Task EndAsync()
        {
            if (refused.Count == 0) return;
            var now = await BusinessDigest.ReadAsync(app);
            CheckUnchanged(tally, last, now, $"one of {refused.Count} refused writes: {string.Join(" ; ", refused)}");
            last = now;
            refused.Clear();
        }
    }

    private static void CheckUnchanged(ProbeTally tally, BusinessDigest before, BusinessDigest after, string what)
    {
        var changed = after.DifferenceFrom(before);
        if (changed.Length > 0) tally.Fail($"changed {changed} | {what}");
    }

    private static string Short(string value) => value.Length > 20 ? $"{value[..3]}...({value.Length} chars)" : value;

    /// <summary>The first of <paramref name="roles"/> that the operation does not refuse: who can reach its validation and its handler.</summary>
    private static async Task<(string Name, HttpClient Http)> ChoosePrincipalAsync(ProbeTally tally, ETags etags, ProbeAgency agency, ApiOperation op,
        string uri, string[] roles)
    {
        foreach (var role in roles)
        {
            var http = agency.As(role);
            var response = await SendAsync(tally, etags, http, role, op, uri, "valid (choosing the principal)", op.Body?.ToJsonString());
            if (!ProbeTally.IsRefusal(response.StatusCode)) return (role, http);
        }
        return ("Supervisor", agency.As("Supervisor"));
    }

    private static async Task<HttpResponseMessage> SendAsync(ProbeTally tally, ETags etags, HttpClient http, string name, ApiOperation op, string uri,
        string input, string? json)
    {
        var content = json is null ? null : new StringContent(json.Replace($"\"{LoneSurrogate}\"", "\"\\ud800x\"", StringComparison.Ordinal), Encoding.UTF8, "application/json");
        var response = await tally.SendAsync(http, name, new HttpMethod(op.Method), uri, input, content, op.IsRead ? null : await etags.ForAsync(http, name, op, uri));
        if (response.IsSuccessStatusCode || (int)response.StatusCode is 409 or 412 or 428) etags.Forget(name, uri);
        return response;
    }

    private static async Task<IReadOnlyList<ApiOperation>> OperationsAsync(ProbeAgency agency)
    {
        var document = JsonNode.Parse(await agency.Anonymous.GetStringAsync("/openapi/v1.json", Cancellation))!;
        var operations = ApiOperation.Read(document, agency.Ids);
        Assert.True(operations.Count > 30, $"The OpenAPI document lists only {operations.Count} operations");
        return operations;
    }

    /// <summary>Every body the write fuzz sends to <paramref name="op"/>: the whole body broken, then each field in turn.</summary>
    private static IEnumerable<(string Input, string Json)> HostileBodies(ApiOperation op, int position)
    {
        foreach (var whole in new[] { "", "{", "[]", "null", "\"x\"", "123", "{\"a\":}", "{\"a\":1,}", "\u0000", "\ufeff{}", "{}",
                     new string('[', 5000) + new string(']', 5000), string.Concat(Enumerable.Repeat("{\"x\":", 500)) + "1" + new string('}', 500) })
            yield return ($"body {Short(whole)}", whole);

        var firstString = op.Fields.FirstOrDefault(f => f.Kind == "string");
        if (firstString is not null) yield return ($"{Path(firstString)} of 1 MB", With(op.Body!, firstString, Megabyte));
        foreach (var (field, index) in op.Fields.Select((f, i) => (f, i)))
        {
            foreach (var (label, value) in ValuesFor(field.Kind).Concat(HostileTexts(field.Kind, position + index)))
                yield return ($"{Path(field)} = {label}", With(op.Body!, field, value));
        }
    }

    private static string Path(BodyField field) => string.Join(".", field.Path);

    private static IEnumerable<(string Label, JsonNode? Value)> ValuesFor(string kind)
    {
        IEnumerable<(string, JsonNode?)> common = [("null", null), ("[]", new JsonArray())];
        IEnumerable<(string, JsonNode?)> specific = kind switch
        {
            "string" =>
            [
                ("NUL", "\u0000"), ("a NUL b", "a\u0000b"), ("C0 controls", "\u0001\u0007\u001b\u001f"), ("DEL and C1", "\u007f\u0085\u009f"),
                ("zero-width only", "\u200b\u200b"), ("BOM only", "\ufeff"), ("bidi override", "\u202eabc"), ("lone surrogate", LoneSurrogate),
                ("100 KB", Huge), ("whitespace only", " \t\r\n "), ("123", 123),
            ],
            "uuid" => [("not a guid", "not-a-guid"), ("empty guid", Guid.Empty.ToString()), ("unknown guid", "0192a7c4-0000-7000-8000-000000000001"), ("123", 123), ("NUL", "\u0000")],
            "date" => [("2026-13-45", "2026-13-45"), ("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"), ("abc", "abc"), ("20261201", 20261201), ("NUL", "2026-12-01\u0000")],
            "date-time" => [("abc", "abc"), ("0001-01-01", "0001-01-01T00:00:00Z"), ("9999-12-31", "9999-12-31T23:59:59Z"), ("+14:00", "2026-12-01T00:00:00+14:00"), ("0", 0)],
            "integer" => [("2147483648", 2147483648L), ("-2147483649", -2147483649L), ("-1", -1), ("0", 0), ("1.5", 1.5), ("1e308", 1e308), ("\"abc\"", "abc"), ("\"1\"", "1")],
            "number" => [("1e308", 1e308), ("-1e308", -1e308), ("-1", -1), ("0", 0), ("\"abc\"", "abc"), ("\"NaN\"", "NaN")],
            "boolean" => [("\"true\"", "true"), ("1", 1), ("\"yes\"", "yes")],
            "enum" => [("123", 123), ("-1", -1), ("\"999\"", "999"), ("\"NotAValue\"", "NotAValue"), ("\"\"", ""), ("0", 0), ("NUL", "\u0000")],
            "array" => [("\"x\"", "x"), ("[null]", new JsonArray((JsonNode?)null)), ("1000 items", new JsonArray([.. Enumerable.Range(0, 1000).Select(i => (JsonNode?)JsonValue.Create(i.ToString(CultureInfo.InvariantCulture)))]))],
            "object" => [("\"x\"", "x"), ("123", 123)],
            _ => [],
        };
        return specific.Concat(common);
    }

    /// <summary>The attacker's strings (one of each family) in every text field; SQL and traversal also where an id, date or choice is read from text.</summary>
    private static IEnumerable<(string Label, JsonNode? Value)> HostileTexts(string kind, int position)
    {
        var strings = HostileStrings.For(position);
        if (kind is "uuid" or "date" or "date-time" or "enum") strings = strings.Where(s => s.Label.StartsWith("sql", StringComparison.Ordinal) || s.Label.StartsWith("path", StringComparison.Ordinal));
        else if (kind != "string") return [];
        return strings.Select(s => (s.Label, (JsonNode?)s.Value));
    }

    private static string With(JsonNode body, BodyField field, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parent = copy;
        foreach (var step in field.Path.SkipLast(1))
            parent = step is int index ? parent![index] : parent![(string)step];
        if (field.Path[^1] is int last) parent!.AsArray()[last] = value?.DeepClone();
        else parent!.AsObject()[(string)field.Path[^1]] = value?.DeepClone();
        return copy.ToJsonString();
    }

    /// <summary>Page routes from the components' @page directives, with the query values they read (and "page", which lists take).</summary>
    private static IEnumerable<(string Template, IReadOnlyList<string> Query)> PageRoutes()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Select(t => (Type: t, Routes: t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList()))
            .Where(p => p.Routes.Count > 0)
            .OrderBy(p => p.Type.FullName, StringComparer.Ordinal);
        foreach (var (type, routes) in pages)
        {
            var query = type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (p.Name, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Name)
                .Append("page")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            foreach (var route in routes) yield return (route, query);
        }
    }

    /// <summary>The ETag a change needs as If-Match: read from the resource the path starts with, as the same principal.</summary>
    private sealed class ETags(ProbeTally tally)
    {
        private readonly Dictionary<(string, string), string?> known = [];

        public async Task<string?> ForAsync(HttpClient http, string name, ApiOperation op, string uri)
        {
            var resource = ResourceOf(uri);
            if (resource is null || op.Method == "DELETE") return null;
            if (!known.TryGetValue((name, resource), out var etag))
            {
                var response = await tally.SendAsync(http, name, HttpMethod.Get, resource, "reading the ETag");
                etag = response.Headers.ETag?.Tag;
                known[(name, resource)] = etag;
            }
            return etag ?? "\"1\"";
        }

        public void Forget(string name, string uri)
        {
            if (ResourceOf(uri) is { } resource) known.Remove((name, resource));
        }

        // "/api/v1/cases/{id}/transitions" -> "/api/v1/cases/{id}": the record whose version a change checks.
        private static string? ResourceOf(string uri)
        {
            var segments = uri.Split('/');
            var idAt = Array.FindIndex(segments, s => Guid.TryParse(s, out _));
            return idAt < 0 || idAt == segments.Length - 1 ? null : string.Join('/', segments[..(idAt + 1)]);
        }
    }
}

public sealed class HostileProbeTests_on_Sqlite(SqliteApp app) : HostileProbeTests(app), IClassFixture<SqliteApp>;

public sealed class HostileProbeTests_on_Postgres(PostgresApp app) : HostileProbeTests(app), IClassFixture<PostgresApp>;
