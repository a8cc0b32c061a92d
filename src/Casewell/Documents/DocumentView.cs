namespace Casewell.Documents;

/// <summary>A document as the API lists it: what it is, never where it is stored.</summary>
public sealed record DocumentView(Guid Id, Guid ClientId, Guid? CaseId, DocumentCategory Category, string Description, string FileName, string ContentType,
    long SizeBytes, string Sha256, Guid UploadedById, string UploadedByName, DateTimeOffset UploadedAt)
{
    public static DocumentView Of(Document d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Id, d.ClientId, d.CaseId, d.Category, d.Description, d.FileName, d.ContentType, d.SizeBytes, d.Sha256, d.UploadedById, d.UploadedByName,
            d.UploadedAt);
    }
}
