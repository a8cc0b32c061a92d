namespace Casewell.Documents;

/// <summary>
/// Settings <c>Documents:Folder</c> (where the disk store keeps files; by default a <c>documents</c> folder beside the
/// SQLite database, or under the content root's <c>data/</c>) and <c>Documents:MaxMegabytes</c> (the largest upload).
/// </summary>
public sealed class DocumentSettings
{
    public const string Section = "Documents";

    /// <summary>A scanned court file of a few hundred pages fits in 25 MB; a gigabyte is no document but a video or an archive.</summary>
    public const int MaxMaxMegabytes = 1024;

    public string? Folder { get; set; }

    public int MaxMegabytes { get; set; } = 25;

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    /// <summary>What stops Casewell from starting with these settings, or null.</summary>
    public string? Problem() => MaxMegabytes is >= 1 and <= MaxMaxMegabytes
        ? null
        : $"{Section}:MaxMegabytes must be a whole number from 1 to {MaxMaxMegabytes}; it is {MaxMegabytes}.";
}
