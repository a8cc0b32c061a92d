using System.Net.Http.Headers;
using System.Net.Http.Json;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Notes;

/// <summary>Notes written and signed over the API: the notes' own tests, and tests of what is made from signed notes.</summary>
internal static class NoteHttp
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Starts a draft on the case, answering its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> StartAsync(HttpClient http, Guid caseId, object draft)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = await http.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", draft, Cancellation);
        var created = await CreatedAsync(response);
        return (created.GetProperty("noteId").GetGuid(), response.Headers.ETag!.Tag);
    }

    /// <summary>Asks to sign the draft at <paramref name="etag"/>, answering what the server said.</summary>
    public static async Task<HttpResponseMessage> SignAsync(HttpClient http, Guid noteId, string etag, object? body = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{noteId}/sign") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        return await http.SendAsync(request, Cancellation);
    }

    /// <summary>Starts the draft and signs it, answering its id. A contact more than a day ago is a late entry, so its reason is sent.</summary>
    public static async Task<Guid> SignedAsync(HttpClient http, Guid caseId, object draft)
    {
        var (id, etag) = await StartAsync(http, caseId, draft);
        await Succeeds(await SignAsync(http, id, etag, new { lateEntryReason = "Written up from the visit's notes." }));
        return id;
    }

    /// <summary>A signed narrative note of <paramref name="type"/> on the case, half an hour long.</summary>
    public static Task<Guid> SignedNoteAsync(HttpClient http, Guid caseId, DateTimeOffset startedAt, string narrative, string type = "HomeVisit",
        object[]? participants = null) =>
        SignedAsync(http, caseId, new
        {
            type,
            format = "Narrative",
            startedAt,
            durationMinutes = 30,
            sections = new Dictionary<string, string> { ["Narrative"] = narrative },
            participants = participants ?? [],
        });
}
