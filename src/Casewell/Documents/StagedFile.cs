namespace Casewell.Documents;

/// <summary>A staged upload: what it is, and its content to hand to the store. Disposing it deletes the temporary file.</summary>
public sealed class StagedFile(UploadedFile facts, FileStream content) : IAsyncDisposable
{
    public UploadedFile Facts { get; } = facts;

    /// <summary>The content from its start.</summary>
    public Stream Content
    {
        get
        {
            content.Position = 0;
            return content;
        }
    }

    public ValueTask DisposeAsync() => content.DisposeAsync();
}
