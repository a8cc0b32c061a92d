using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Documents;

/// <summary>
/// A file filed on a client or on one of their cases: a court order, a consent form, a school record. The row says
/// what the file is and proves which file it was (its SHA-256 at upload); the content lives in the document store under
/// a key Casewell made (<see cref="StorageKey"/>), never a name from the uploader. Documents are not changed once filed.
/// </summary>
public sealed class Document
{
    public const int MaxDescriptionLength = 1000;

    private Document() { }

    private Document(Guid id, Guid clientId, Guid? caseId, DocumentCategory category, string description, string? fileName, DocumentType type,
        long sizeBytes, string sha256, StaffRef uploadedBy, DateTimeOffset now)
    {
        Id = id;
        ClientId = clientId;
        CaseId = caseId;
        Category = category;
        Description = description;
        FileName = DocumentFileName.ForDownload(fileName, type);
        Type = type;
        SizeBytes = sizeBytes;
        Sha256 = sha256;
        UploadedById = uploadedBy.Id;
        UploadedByName = uploadedBy.Name;
        UploadedAt = now;
        StorageKey = id.ToString("N");
    }

    public Guid Id { get; private set; }

    /// <summary>Whose document it is; for a case's document, the case's client, so that the trail finds it with the rest of theirs.</summary>
    public Guid ClientId { get; private set; }

    /// <summary>The case it is filed on, or null for a document of the client's own.</summary>
    public Guid? CaseId { get; private set; }
    public DocumentCategory Category { get; private set; }
    public string Description { get; private set; } = "";

    /// <summary>The uploader's name for the file, cleaned (<see cref="DocumentFileName"/>): for showing and for naming downloads only.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Decided by the content at upload; the download's content type.</summary>
    public DocumentType Type { get; private set; }
    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content as uploaded: a download whose file no longer matches is refused as damaged.</summary>
    public string Sha256 { get; private set; } = "";
    public Guid UploadedById { get; private set; }
    public string UploadedByName { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Where the store keeps the content: made from the id, so no uploader's text reaches a path.</summary>
    public string StorageKey { get; private set; } = "";

    public string ContentType => DocumentTypes.MediaType(Type);

    /// <summary>
    /// Files a document, or says what is wrong with it field by field: the category, the description, and the file (none,
    /// empty, over <paramref name="maxBytes"/>, of no type Casewell keeps, or named as one type while its content is another).
    /// </summary>
    public static Result<Document> File(Guid id, Guid clientId, Guid? caseId, DocumentCategory? category, string? description, UploadedFile? file,
        long maxBytes, StaffRef uploadedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(uploadedBy);
        var validation = new Validation();
        if (category is not { } chosen || !Enum.IsDefined(chosen)) validation.Add("Category", new Message(DocumentMessages.ChooseCategory));
        validation.Required("Description", description, new Message(DocumentMessages.RequiredDescription));
        validation.MultiLine("Description", description, MaxDescriptionLength, new Message(DocumentMessages.Description));
        if (FileProblem(file, maxBytes) is { } problem) validation.Add("File", problem);
        if (validation.HasErrors) return Result<Document>.Invalid(validation.ToDictionary());
        var name = DocumentFileName.Clean(file!.FileName);
        return Result<Document>.Ok(new Document(id, clientId, caseId, category!.Value, description!.Trim(), name, file.Type!.Value, file.SizeBytes, file.Sha256,
            uploadedBy, now));
    }

    /// <summary>What is wrong with the file, if anything.</summary>
    public static Message? FileProblem(UploadedFile? file, long maxBytes)
    {
        if (file is null) return new Message(DocumentMessages.FileMissing);
        if (file.SizeBytes > maxBytes) return new Message(DocumentMessages.FileTooBig, maxBytes / (1024 * 1024));
        if (file.SizeBytes == 0) return new Message(DocumentMessages.FileEmpty);
        if (file.Type is not { } type) return new Message(DocumentMessages.FileType);
        // "report.pdf" that is a PNG, or an executable renamed: the name must not promise what the content is not.
        var extension = DocumentFileName.ExtensionOf(DocumentFileName.Clean(file.FileName));
        if (extension is not null && DocumentTypes.ByExtension(extension) != type)
            return new Message(DocumentMessages.NameMismatch, "." + extension, DocumentMessages.TypeName(type));
        return null;
    }
}
