using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Casewell.Web.Tests.Access;

/// <summary>
/// What a response tells its reader, with what differs between any two requests taken out: the trace id of a problem
/// document, a page's antiforgery token and script nonce, and the ids the request itself named (each replaced by its
/// parameter's name, so that an id the request did not name, such as the client of a hidden case, still shows). Two
/// requests whose answers are equal here tell their reader the same thing; the database commands they cost are kept
/// beside, for the timing class.
/// </summary>
public sealed partial record LeakAnswer(int Status, string Headers, string Body, IReadOnlyList<string> Commands)
{
    // Headers that differ between any two requests, or that say only how the body was sent.
    private static readonly HashSet<string> Volatile = new(StringComparer.OrdinalIgnoreCase) { "Date", "Set-Cookie", "Content-Length", "Transfer-Encoding" };

    public static async Task<LeakAnswer> ReadAsync(HttpResponseMessage response, IReadOnlyDictionary<string, Guid> named, IReadOnlyList<string> commands)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(named);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (body.StartsWith('{') && TryParse(body) is JsonObject json)
        {
            json.Remove("traceId");
            body = json.ToJsonString();
        }
        body = Nonce().Replace(Token().Replace(body, "$1"), "$1");
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !Volatile.Contains(h.Key))
            .OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
            // An ETag differs with the record; what must not differ is whether there is one.
            .Select(h => h.Key.Equals("ETag", StringComparison.OrdinalIgnoreCase) ? "ETag: present" : $"{h.Key}: {string.Join(", ", h.Value)}");
        return new LeakAnswer((int)response.StatusCode, Named(string.Join('\n', headers), named), Named(body, named), commands);
    }

    /// <summary>Equal when they tell the reader the same; the commands are the timing class, compared on their own.</summary>
    public bool Equals(LeakAnswer? other) => other is not null && Status == other.Status && Headers == other.Headers && Body == other.Body;

    public override int GetHashCode() => HashCode.Combine(Status, Headers, Body);

    public override string ToString() => $"{Status} [{Headers.Replace('\n', ';')}] {(Body.Length > 400 ? Body[..400] + "..." : Body)} ({Commands.Count} commands)";

    /// <summary>Where two bodies part: the text of each from a little before the first character that differs.</summary>
    public static string Difference(string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        var at = 0;
        while (at < one.Length && at < other.Length && one[at] == other[at]) at++;
        if (at == one.Length && at == other.Length) return "same body";
        var from = Math.Max(0, at - 80);
        string Part(string text) => text[from..Math.Min(text.Length, at + 200)];
        return $"bodies part at {at}:\n    {Part(one)}\n    {Part(other)}";
    }

    private static string Named(string text, IReadOnlyDictionary<string, Guid> named)
    {
        foreach (var (name, id) in named) text = text.Replace(id.ToString(), "{" + name + "}", StringComparison.OrdinalIgnoreCase);
        return text;
    }

    private static JsonNode? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("""(name="__RequestVerificationToken"[^>]*?value=")[^"]*""")]
    private static partial Regex Token();

    [GeneratedRegex("""(nonce=")[^"]*""")]
    private static partial Regex Nonce();
}
