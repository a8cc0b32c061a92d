using System.Net.Http.Headers;
using System.Net.Http.Json;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Notes;

/// <summary>Notes written and signed over the API, for tests of what is made from signed notes (court reports, access).</summary>
internal static class NoteHttp
{
    /// <summary>
    /// Writes a narrative note of <paramref name="type"/> on the case and signs it, answering its id. A contact more than a
    /// day ago is a late entry, so its reason is sent.
    /// </summary>
    public static async Task<Guid> SignedNoteAsync(HttpClient http, Guid caseId, DateTimeOffset startedAt, string narrative, string type = "HomeVisit",
        object[]? participants = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = await http.PostAsJsonAsync($"/api/v1/cases/{caseId}/notes", new
        {
            type,
            format = "Narrative",
            startedAt,
            durationMinutes = 30,
            sections = new Dictionary<string, string> { ["Narrative"] = narrative },
            participants = participants ?? [],
        }, TestContext.Current.CancellationToken);
        var noteId = (await CreatedAsync(started)).GetProperty("noteId").GetGuid();
        using var sign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notes/{noteId}/sign")
        {
            Content = JsonContent.Create(new { lateEntryReason = "Written up from the visit's notes." }),
        };
        sign.Headers.IfMatch.Add(new EntityTagHeaderValue(started.Headers.ETag!.Tag));
        await Succeeds(await http.SendAsync(sign, TestContext.Current.CancellationToken));
        return noteId;
    }
}
