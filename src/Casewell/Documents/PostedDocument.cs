namespace Casewell.Documents;

/// <summary>
/// An upload as the page or the API read it: the fields as sent and the staged file (none when none was chosen).
/// <see cref="Unreadable"/> says the request itself could not be read as an upload (a broken multipart body).
/// Disposing it deletes the staged file.
/// </summary>
public sealed record PostedDocument(string? Category, string? Description, StagedFile? File, bool Unreadable = false) : IAsyncDisposable
{
    public static PostedDocument Broken { get; } = new(null, null, null, Unreadable: true);

    public ValueTask DisposeAsync() => File?.DisposeAsync() ?? ValueTask.CompletedTask;
}
