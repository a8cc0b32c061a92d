using System.Text.Json;

namespace Casewell.Web.Tests.Probe;

/// <summary>What every API refusal must be: an RFC 7807 problem document, typed as one, with its type, title and status.</summary>
public static class ProblemDocument
{
    /// <summary>What is wrong with the answer as a problem document, or null when it is one.</summary>
    public static string? Flaw(HttpResponseMessage response, string body)
    {
        ArgumentNullException.ThrowIfNull(response);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != "application/problem+json") return $"Content-Type {mediaType ?? "missing"}";
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return "a body that is not JSON";
        }
        if (root.ValueKind != JsonValueKind.Object) return "a body that is not an object";
        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() is not { Length: > 0 }) return "no type";
        if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || title.GetString() is not { Length: > 0 }) return "no title";
        if (!root.TryGetProperty("status", out var status) || status.ValueKind != JsonValueKind.Number || status.GetInt32() != (int)response.StatusCode)
            return "no status, or not the response's";
        return null;
    }
}
