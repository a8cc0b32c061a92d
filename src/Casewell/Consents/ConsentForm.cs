namespace Casewell.Consents;

/// <summary>
/// The scanned or signed consent form, in a table of its own so that listing consents never reads the files.
/// </summary>
public sealed class ConsentForm
{
    /// <summary>640 KB: a signed page scanned at a readable resolution, with room to spare.</summary>
    public const int MaxBytes = 640 * 1024;

    private ConsentForm() { }

    public ConsentForm(Guid consentId, Guid clientId, ConsentFormType type, byte[] content, DateTimeOffset uploadedAt)
    {
        ConsentId = consentId;
        ClientId = clientId;
        Type = type;
        Content = content;
        UploadedAt = uploadedAt;
    }

    public Guid ConsentId { get; private set; }
    public Guid ClientId { get; private set; }
    public ConsentFormType Type { get; private set; }
    public byte[] Content { get; private set; } = [];
    public DateTimeOffset UploadedAt { get; private set; }
}
