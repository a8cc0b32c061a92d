using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Casewell.Web.Tests.Probe;

/// <summary>A field of a generated request body: where it is, and what kind of value the schema asks for.</summary>
public sealed record BodyField(IReadOnlyList<object> Path, string Kind, string Name);

/// <summary>
/// One operation of Casewell's own OpenAPI document, read at run time so that a new endpoint is probed without
/// anyone listing it, with a valid-looking body made from its schema and real ids for its parameters.
/// </summary>
public sealed partial record ApiOperation(string Method, string Template, IReadOnlyList<string> QueryParameters, JsonNode? Body, IReadOnlyList<BodyField> Fields)
{
    public bool IsRead => Method == "GET";

    public override string ToString() => $"{Method} {Template}";

    /// <summary>The path with each <c>{name}</c> replaced by <paramref name="value"/>(name).</summary>
    public string PathWith(Func<string, string> value) => RouteParameter().Replace(Template, m => value(m.Groups[1].Value));

    public IEnumerable<string> RouteParameters => RouteParameter().Matches(Template).Select(m => m.Groups[1].Value);

    public static IReadOnlyList<ApiOperation> Read(JsonNode document, IReadOnlyDictionary<string, Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(document);
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<ApiOperation>();
        foreach (var (template, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation is not JsonObject op || method is "parameters" or "summary" or "description") continue;
                var query = op["parameters"]?.AsArray().Where(p => (string?)p!["in"] == "query").Select(p => (string)p!["name"]!).ToList() ?? [];
                var schema = op["requestBody"]?["content"]?["application/json"]?["schema"];
                var fields = new List<BodyField>();
                var body = schema is null ? null : new BodyMaker(schemas, ids, fields).Make(schema, [], "body", 0);
                operations.Add(new ApiOperation(method.ToUpperInvariant(), template, query, body, fields));
            }
        }
        return operations;
    }

    [GeneratedRegex(@"\{([^}:]+)(:[^}]*)?\}")]
    private static partial Regex RouteParameter();

    private sealed class BodyMaker(JsonObject? schemas, IReadOnlyDictionary<string, Guid> ids, List<BodyField> fields)
    {
        public JsonNode? Make(JsonNode schema, List<object> path, string name, int depth)
        {
            schema = Resolve(schema);
            if (depth > 6) return null;
            if (schema["enum"] is JsonArray values && values.Count > 0)
            {
                fields.Add(new BodyField([.. path], "enum", name));
                return values.FirstOrDefault(v => v is not null)?.DeepClone();
            }
            var type = TypeOf(schema);
            var format = (string?)schema["format"];
            switch (type)
            {
                case "object":
                    var result = new JsonObject();
                    foreach (var (property, propertySchema) in schema["properties"]?.AsObject() ?? [])
                    {
                        var value = Make(propertySchema!, [.. path, property], property, depth + 1);
                        result[property] = value;
                    }
                    if (path.Count > 0) fields.Add(new BodyField([.. path], "object", name));
                    return result;
                case "array":
                    // Empty in the valid body (an alias or identifier made up from a schema is rarely valid, and would
                    // make every other field's request fail on it); the fuzz fills it with its own values.
                    fields.Add(new BodyField([.. path], "array", name));
                    return new JsonArray();
                case "string" when format == "uuid":
                    fields.Add(new BodyField([.. path], "uuid", name));
                    return ids.TryGetValue(name, out var id) ? id.ToString() : Guid.Empty.ToString();
                case "string" when format == "date":
                    fields.Add(new BodyField([.. path], "date", name));
                    return DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(20_800)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                case "string" when format == "date-time":
                    fields.Add(new BodyField([.. path], "date-time", name));
                    return "2026-11-30T10:00:00Z";
                case "string":
                    fields.Add(new BodyField([.. path], "string", name));
                    return name.Contains("email", StringComparison.OrdinalIgnoreCase) ? "probe@example.org"
                        : name.Contains("phone", StringComparison.OrdinalIgnoreCase) ? "555-0100" : $"Probe {name}";
                case "integer":
                    fields.Add(new BodyField([.. path], "integer", name));
                    return 1;
                case "number":
                    fields.Add(new BodyField([.. path], "number", name));
                    return 1.0;
                case "boolean":
                    fields.Add(new BodyField([.. path], "boolean", name));
                    return false;
                default:
                    return null;
            }
        }

        private JsonNode Resolve(JsonNode schema)
        {
            for (var i = 0; i < 10; i++)
            {
                if ((string?)schema["$ref"] is { } reference && schemas?[reference.Split('/')[^1]] is { } target) schema = target;
                else if ((schema["oneOf"] ?? schema["anyOf"] ?? schema["allOf"]) is JsonArray choices
                    && choices.FirstOrDefault(c => c is not null && TypeOf(c) != "null") is { } choice) schema = choice;
                else break;
            }
            return schema;
        }

        private static string? TypeOf(JsonNode schema) => schema["type"] switch
        {
            JsonValue v => (string?)v,
            JsonArray a => a.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            _ => schema["properties"] is not null ? "object" : null,
        };
    }
}
