using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Casewell.Cases;
using Casewell.Clients;
using Casewell.Common;
using Casewell.Tasks;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Web.Tests.Hosting;

/// <summary>
/// The OpenAPI document is the API's contract for generated clients: every operation it lists says what each of
/// its answers carries, and it lists exactly the endpoints the app maps, so an endpoint added without declaring its
/// responses fails here.
/// </summary>
public abstract partial class OpenApiDocumentTests(CasewellApp app) : IntegrationTest(app)
{
    private static readonly string[] ProblemSchemas = ["ProblemDetails", "HttpValidationProblemDetails"];

    // Files an operation answers as they are: a consent's signed form, the accounting of disclosures as CSV.
    private static readonly HashSet<string> Downloads = ["application/pdf", "image/png", "image/jpeg", "text/csv",
        "image/gif", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"];

    [Fact]
    public async Task Every_operation_answers_a_success_and_every_answer_with_a_body_has_a_schema()
    {
        var (document, operations) = await ReadAsync();
        var faults = new List<string>();
        foreach (var op in operations)
        {
            var responses = op.Node["responses"]?.AsObject() ?? [];
            if (!responses.Any(r => r.Key.StartsWith('2'))) faults.Add($"{op}: no 2xx response");
            foreach (var (status, response) in responses)
            {
                var content = response?["content"]?.AsObject();
                if (status is "204" or "304")
                {
                    if (content is { Count: > 0 }) faults.Add($"{op} {status}: a body is documented for an answer that has none");
                    continue;
                }
                if (content is not { Count: > 0 })
                {
                    faults.Add($"{op} {status}: no content");
                    continue;
                }
                foreach (var (mediaType, media) in content)
                {
                    if (!IsSchema(document, media?["schema"])) faults.Add($"{op} {status} {mediaType}: no schema, or one that does not resolve");
                    if (status.StartsWith('2') && mediaType != "application/json" && !Downloads.Contains(mediaType)) faults.Add($"{op} {status}: {mediaType} instead of application/json");
                }
            }
        }
        faults.AddRange(References(document).Where(r => !IsSchema(document, new JsonObject { ["$ref"] = r })).Distinct().Select(r => $"{r} does not resolve"));
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Every_error_answer_is_documented_as_a_problem_document()
    {
        var (_, operations) = await ReadAsync();
        var faults = new List<string>();
        foreach (var op in operations)
        {
            foreach (var (status, response) in op.Node["responses"]?.AsObject() ?? [])
            {
                if (status[0] is not ('4' or '5')) continue;
                var content = response?["content"]?.AsObject() ?? [];
                var reference = (string?)content["application/problem+json"]?["schema"]?["$ref"];
                if (content.Count != 1 || reference is null || !ProblemSchemas.Contains(reference.Split('/')[^1]))
                    faults.Add($"{op} {status}: not application/problem+json with a ProblemDetails schema ({string.Join(", ", content.Select(c => c.Key))})");
            }
        }
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_and_a_summary()
    {
        var (_, operations) = await ReadAsync();
        var faults = operations.Where(op => string.IsNullOrWhiteSpace((string?)op.Node["operationId"])).Select(op => $"{op}: no operationId")
            .Concat(operations.Where(op => string.IsNullOrWhiteSpace((string?)op.Node["summary"])).Select(op => $"{op}: no summary"))
            .Concat(operations.GroupBy(op => (string?)op.Node["operationId"]).Where(g => g.Key is not null && g.Count() > 1)
                .Select(g => $"operationId {g.Key} is used by {string.Join(", ", g)}"))
            .ToList();
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task The_document_lists_exactly_the_API_endpoints_the_app_maps()
    {
        var (_, operations) = await ReadAsync();
        var mapped = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["(any method)"])
                .Select(method => $"{method} {Normalized(e.RoutePattern.RawText!)}"))
            .Order(StringComparer.Ordinal).ToList();
        var documented = operations.Select(op => op.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.True(mapped.Count > 30, $"Only {mapped.Count} API endpoints found");
        Assert.Equal(mapped, documented);
    }

    [Fact]
    public async Task Changes_document_If_Match_and_creates_document_Idempotency_Key()
    {
        var (_, operations) = await ReadAsync();
        var faults = new List<string>();
        foreach (var op in operations)
        {
            var responses = op.Node["responses"]?.AsObject() ?? [];
            var headers = (op.Node["parameters"]?.AsArray() ?? []).Where(p => (string?)p?["in"] == "header").ToDictionary(p => (string)p!["name"]!, p => p!);
            if (responses.ContainsKey("428") && headers.GetValueOrDefault("If-Match")?["required"]?.GetValue<bool>() != true)
                faults.Add($"{op}: answers 428 but does not document a required If-Match header");
            if (headers.ContainsKey("If-Match") && !responses.ContainsKey("428")) faults.Add($"{op}: takes If-Match but does not document 428");
            if (responses.ContainsKey("201") && !headers.ContainsKey("Idempotency-Key")) faults.Add($"{op}: creates, but does not document Idempotency-Key");
            if (headers.ContainsKey("Idempotency-Key") && !responses.ContainsKey("201")) faults.Add($"{op}: takes Idempotency-Key but creates nothing");
        }
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Created_answers_document_Location_and_too_many_requests_document_Retry_After()
    {
        var (_, operations) = await ReadAsync();
        var faults = new List<string>();
        foreach (var op in operations)
        {
            var responses = op.Node["responses"]?.AsObject() ?? [];
            if (responses["201"] is { } created && created["headers"]?["Location"] is null) faults.Add($"{op} 201: no Location header");
            if (responses["429"] is { } tooMany && tooMany["headers"]?["Retry-After"] is null) faults.Add($"{op} 429: no Retry-After header");
        }
        Assert.True(faults.Count == 0, string.Join(Environment.NewLine, faults));
    }

    [Fact]
    public async Task Reads_of_a_versioned_record_document_its_ETag()
    {
        var (_, operations) = await ReadAsync();
        string[] versioned = ["GET /api/v1/cases/{caseId}", "GET /api/v1/clients/{clientId}", "GET /api/v1/tasks/{taskId}"];
        foreach (var op in operations.Where(op => versioned.Contains(op.ToString())))
            Assert.True(op.Node["responses"]?["200"]?["headers"]?["ETag"] is not null, $"{op} 200: no ETag header");
        Assert.Equal(versioned.Length, operations.Count(op => versioned.Contains(op.ToString())));
    }

    /// <summary>The declarations name kinds of failure; this holds their statuses to the ones the answers carry.</summary>
    [Fact]
    public async Task A_use_case_failure_is_answered_with_the_status_the_document_declares_for_its_kind()
    {
        Result[] failures = [Result.NotFound(), Result.Invalid("Field", new Message(CaseMessages.ChooseOutcome)),
            Result.Conflict(new Message(TaskMessages.AlreadyDue)), Result.Refused(new Message(CaseMessages.ClosedTakesNoTasks)),
            Result.Forbidden(new Message(CaseMessages.ReadOnly)),
            Result.TooMany(new Message(ClientMessages.LookupLimit, 1.0), TimeSpan.FromMinutes(1))];
        Assert.Equal(Enum.GetValues<ResultKind>().Where(k => k != ResultKind.Ok).Order(), failures.Select(f => f.Kind).Order());
        foreach (var failure in failures)
        {
            using var scope = App.Services.CreateScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            http.Response.Body = new MemoryStream();
            await ApiProblem.For(failure).ExecuteAsync(http);
            Assert.Equal(ApiResponses.StatusOf(failure.Kind), http.Response.StatusCode);
        }
    }

    [Fact]
    public void A_permission_refusal_is_403_and_a_rule_refusal_422()
    {
        Assert.Equal(StatusCodes.Status403Forbidden, ApiResponses.StatusOf(ResultKind.Forbidden));
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, ApiResponses.StatusOf(ResultKind.Refused));
    }

    private sealed record Operation(string Method, string Path, JsonObject Node)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    private async Task<(JsonNode Document, IReadOnlyList<Operation> Operations)> ReadAsync()
    {
        using var client = App.CreateAnonymousClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json", Cancellation))!;
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is JsonObject op && method is not ("parameters" or "summary" or "description" or "servers"))
                    operations.Add(new Operation(method.ToUpperInvariant(), Normalized(path), op));
            }
        }
        return (document, operations);
    }

    /// <summary>A schema that says something: a reference to a component that exists, or an inline schema with a type or parts.</summary>
    private static bool IsSchema(JsonNode document, JsonNode? schema)
    {
        if (schema is not JsonObject s) return false;
        if ((string?)s["$ref"] is { } reference)
            return reference.StartsWith("#/components/schemas/", StringComparison.Ordinal)
                && document["components"]?["schemas"]?[reference["#/components/schemas/".Length..]] is not null;
        if (s["items"] is { } items && !IsSchema(document, items)) return false;
        return s["type"] is not null || s["properties"] is not null || s["oneOf"] is not null || s["anyOf"] is not null || s["allOf"] is not null;
    }

    private static IEnumerable<string> References(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "$ref" && p.Value is JsonValue v ? [(string)v!] : References(p.Value)),
        JsonArray a => a.SelectMany(References),
        _ => [],
    };

    /// <summary>A route as the document writes it: no constraints (<c>{id:guid}</c> is <c>{id}</c>), no trailing slash.</summary>
    private static string Normalized(string route)
    {
        var path = Constraint().Replace(route, "{$1}").TrimEnd('/');
        return path.Length == 0 ? "/" : path;
    }

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex Constraint();
}

public sealed class OpenApiDocumentTests_on_Sqlite(SqliteApp app) : OpenApiDocumentTests(app), IClassFixture<SqliteApp>;

public sealed class OpenApiDocumentTests_on_Postgres(PostgresApp app) : OpenApiDocumentTests(app), IClassFixture<PostgresApp>;
