namespace Casewell.Documents;

/// <summary>
/// Where documents' content is kept, by keys Casewell makes (<see cref="Document.StorageKey"/>). Only writing and opening:
/// nothing here lists, renames or deletes, so that an object store can replace the disk one without Casewell changing.
/// </summary>
public interface IDocumentStore
{
    /// <summary>Writes <paramref name="content"/> under <paramref name="key"/>, whole or not at all.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken ct);

    /// <summary>The content under <paramref name="key"/>, for reading; null when the store has no such file.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);
}
