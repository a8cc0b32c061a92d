using System.Security.Cryptography;

namespace Casewell.Documents;

/// <summary>
/// Takes an upload off the wire into a temporary file, counting and hashing as it goes and stopping as soon as it is past
/// the limit, so that no upload is ever held in memory and an oversized one costs at most the limit and a buffer. The file is what its
/// type is told from (a Word document's ZIP directory is at its end) and what the store is then given. It lives in
/// the documents' own folder, not the machine's shared temp folder, and is deleted when the upload is done with.
/// </summary>
public sealed class DocumentStaging
{
    private const string Staging = ".staging";
    private readonly string folder;

    public DocumentStaging(string documentsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentsFolder);
        folder = Path.Combine(Path.GetFullPath(documentsFolder), Staging);
        Directory.CreateDirectory(folder);
    }

    public async Task<StagedFile> StageAsync(string? fileName, Stream source, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        var path = Path.Combine(folder, $"{Guid.CreateVersion7():N}.upload");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while (total <= maxBytes && (read = await source.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > maxBytes) break;
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Position = 0;
            var tooBig = total > maxBytes;
            var type = tooBig || total == 0 ? null : DocumentTypes.Detect(file);
            var facts = new UploadedFile(fileName, total, type, Convert.ToHexStringLower(hash.GetHashAndReset()));
            return new StagedFile(facts, file);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
