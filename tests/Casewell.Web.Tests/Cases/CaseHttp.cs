using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Casewell.Web.Tests.Cases;

/// <summary>
/// Requests to the case API as a client sends them: a change carries the ETag of the case as last read (read
/// afresh unless the test passes a stale one), and answers are checked with the body in the failure message.
/// </summary>
public static class CaseHttp
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<(JsonElement Case, string ETag)> GetAsync(HttpClient http, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = await http.GetAsync($"/api/v1/cases/{caseId}", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement;
        return (body, response.Headers.ETag!.Tag);
    }

    public static async Task<HttpResponseMessage> TransitionAsync(HttpClient http, Guid caseId, object body, string? etag = null) =>
        await SendAsync(http, $"/api/v1/cases/{caseId}/transitions", body, etag ?? (await GetAsync(http, caseId)).ETag);

    public static async Task<HttpResponseMessage> AssignAsync(HttpClient http, Guid caseId, Guid workerId, string role, string? reason = null, string? etag = null) =>
        await SendAsync(http, $"/api/v1/cases/{caseId}/assignments", new { workerId, role, reason }, etag ?? (await GetAsync(http, caseId)).ETag);

    /// <summary>Records a contact on the case, with its ETag as If-Match (read first unless given).</summary>
    public static async Task<HttpResponseMessage> RecordContactAsync(HttpClient http, Guid caseId, object body, string? etag = null) =>
        await SendAsync(http, $"/api/v1/cases/{caseId}/contacts", body, etag ?? (await GetAsync(http, caseId)).ETag);

    /// <summary>Adds a task to the case; it goes to whoever adds it unless an assignee is named. Answers its id.</summary>
    public static async Task<Guid> AddTaskAsync(HttpClient http, Guid caseId, string title, DateOnly dueOn, string kind = "FollowUp", Guid? assigneeId = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var created = await CreatedAsync(await http.PostAsJsonAsync($"/api/v1/cases/{caseId}/tasks", new { title, dueOn, kind, assigneeId }, Cancellation));
        return created.GetProperty("taskId").GetGuid();
    }

    /// <summary>Posts with <paramref name="etag"/> as If-Match, or without one when it is null.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string path, object? body, string? etag)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await http.SendAsync(request, Cancellation);
    }

    public static async Task Succeeds(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.IsSuccessStatusCode, $"{Described(response)}: {await response.Content.ReadAsStringAsync(Cancellation)}");
    }

    /// <summary>The body of a 201 Created answer.</summary>
    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{Described(response)}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(text).RootElement;
    }

    private static string Described(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}";
}
