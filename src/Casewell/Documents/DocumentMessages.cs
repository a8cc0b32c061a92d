using Casewell.Common;

namespace Casewell.Documents;

/// <summary>What documents say, as codes the web words.</summary>
public static class DocumentMessages
{
    public const string ChooseCategory = "Document.ChooseCategory";
    public const string RequiredDescription = "Document.RequiredDescription";
    public const string Description = "Document.Description";
    public const string FileName = "Document.FileName";
    public const string FileMissing = "Document.FileMissing";
    public const string FileEmpty = "Document.FileEmpty";
    [MessageArgs("maxMegabytes")] public const string FileTooBig = "Document.FileTooBig";
    public const string FileType = "Document.FileType";
    [MessageArgs("extension", "type")] public const string NameMismatch = "Document.NameMismatch";
    public const string FileUnreadable = "Document.FileUnreadable";

    /// <summary>The record names a file the store no longer has: reported to the reader and logged, never a server error.</summary>
    public const string StoredFileMissing = "Document.StoredFileMissing";

    /// <summary>The stored file's SHA-256 no longer matches the one taken at upload: changed or damaged on disk.</summary>
    public const string StoredFileDamaged = "Document.StoredFileDamaged";

    public const string TypePdf = "Document.TypePdf";
    public const string TypePng = "Document.TypePng";
    public const string TypeJpeg = "Document.TypeJpeg";
    public const string TypeGif = "Document.TypeGif";
    public const string TypeDocx = "Document.TypeDocx";

    /// <summary>A type's name as a sentence uses it ("a PNG image").</summary>
    public static Message TypeName(DocumentType type) => new(type switch
    {
        DocumentType.Pdf => TypePdf,
        DocumentType.Png => TypePng,
        DocumentType.Jpeg => TypeJpeg,
        DocumentType.Gif => TypeGif,
        _ => TypeDocx,
    });
}
