using Casewell.Consents;

namespace Casewell.Web.Consents;

/// <summary>
/// Reads an uploaded form into memory, but never more than one byte past the largest form allowed: enough for the
/// handler to say "too big" without holding whatever else was sent.
/// </summary>
internal static class ConsentFormUpload
{
    public static async Task<byte[]> ReadAsync(Stream body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var buffer = new byte[ConsentForm.MaxBytes + 1];
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await body.ReadAsync(buffer.AsMemory(filled), ct);
            if (read == 0) break;
            filled += read;
        }
        return buffer[..filled];
    }
}
