using System.Text;
using Casewell.Documents;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Casewell.Web.Documents;

/// <summary>
/// Reads an API upload (<c>multipart/form-data</c> with the fields <c>category</c>, <c>description</c> and <c>file</c>, in
/// any order) straight off the request body, section by section: the file goes to the staging as it arrives and no
/// part is buffered whole in memory. A body that is not such a form is <see cref="PostedDocument.Broken"/>.
/// </summary>
internal static class MultipartDocument
{
    private const int MaxFieldBytes = 16 * 1024;

    public static async Task<PostedDocument> ReadAsync(HttpRequest request, DocumentStaging staging, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(staging);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return PostedDocument.Broken;
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70) return PostedDocument.Broken;

        var reader = new MultipartReader(boundary, request.Body) { HeadersLengthLimit = MaxFieldBytes };
        string? category = null, description = null;
        StagedFile? file = null;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                // IsFormDisposition would mean a field without a file: a form's part is either, told apart below.
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)) continue;
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                if (disposition.IsFileDisposition())
                {
                    // Only the first file counts; any other is read past (the reader skips what a section leaves unread).
                    if (name == "file" && file is null)
                        file = await staging.StageAsync(FileNameOf(disposition), section.Body, maxBytes, ct);
                    continue;
                }
                var value = await FieldAsync(section.Body, ct);
                if (name == "category") category = value;
                else if (name == "description") description = value;
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            // A broken form (no closing boundary, a header too long) is the caller's mistake; a body over the server's
            // limit (BadHttpRequestException) goes on to be answered 413.
            if (file is not null) await file.DisposeAsync();
            return PostedDocument.Broken;
        }
        return new PostedDocument(category, description, file);
    }

    private static string? FileNameOf(ContentDispositionHeaderValue disposition) =>
        disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;

    /// <summary>A text field, read to at most its bound: past it the value is cut, and the field rules say it is too long.</summary>
    private static async Task<string> FieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(filled), ct)) > 0) filled += read;
        return Encoding.UTF8.GetString(buffer, 0, filled);
    }
}
