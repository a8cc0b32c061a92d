namespace Casewell.Documents;

/// <summary>
/// Documents as files in one folder (<c>Documents:Folder</c>), named by their keys and spread over subfolders by the
/// key's last two characters (a key is a GUID, whose first characters are its time, so the last ones spread evenly).
/// A file is written under a temporary name in the same folder and moved into place, so a reader never meets half of
/// one, and an upload cut off leaves only a temporary file behind.
/// </summary>
public sealed class DiskDocumentStore : IDocumentStore
{
    private const string Incoming = ".incoming";
    private readonly string folder;

    public DiskDocumentStore(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        this.folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Path.Combine(this.folder, Incoming));
    }

    public async Task WriteAsync(string key, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = Path.Combine(folder, Incoming, $"{Guid.CreateVersion7():N}.part");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, ct);
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);
            }
            // A key is written once: overwriting would swap a filed document's content under its record.
            File.Move(temporary, target, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <summary>The file of a key: only keys Casewell makes (hex digits) are accepted, so no key can climb out of the folder.</summary>
    private string PathOf(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key.Length is < 16 or > 64 || !key.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("A document key is lower-case hex digits.", nameof(key));
        return Path.Combine(folder, key[^2..], key);
    }
}
