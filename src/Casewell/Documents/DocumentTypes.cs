using System.IO.Compression;

namespace Casewell.Documents;

/// <summary>
/// Tells a file's type by its content. The image and PDF signatures are the files' own first bytes; a Word document is a
/// ZIP package, so a ZIP is opened (its central directory only, never decompressed) and must hold the parts every Word
/// document has. The consent forms use the same signatures (<see cref="Consents.ConsentFormTypes"/>).
/// </summary>
public static class DocumentTypes
{
    /// <summary>How many bytes <see cref="BySignature"/> needs to decide.</summary>
    public const int SignatureLength = 8;

    // A package with more parts than this is not a letter or a report: refused before its directory is read through.
    private const int MaxZipEntries = 10_000;

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87Magic = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89Magic = "GIF89a"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The type the first bytes show, for the types a signature alone decides; null for anything else (a ZIP included).</summary>
    public static DocumentType? BySignature(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfMagic) ? DocumentType.Pdf
        : head.StartsWith(PngMagic) ? DocumentType.Png
        : head.StartsWith(JpegMagic) ? DocumentType.Jpeg
        : head.StartsWith(Gif87Magic) || head.StartsWith(Gif89Magic) ? DocumentType.Gif
        : null;

    /// <summary>
    /// The type of the whole file, read from <paramref name="content"/> (seekable; left at its start), or null when it is
    /// none Casewell keeps.
    /// </summary>
    public static DocumentType? Detect(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        Span<byte> head = stackalloc byte[SignatureLength];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        if (BySignature(head[..read]) is { } type) return type;
        if (!head[..read].StartsWith(ZipMagic)) return null;
        var isWord = IsWordPackage(content);
        content.Position = 0;
        return isWord ? DocumentType.Docx : null;
    }

    public static string MediaType(DocumentType type) => type switch
    {
        DocumentType.Pdf => "application/pdf",
        DocumentType.Png => "image/png",
        DocumentType.Jpeg => "image/jpeg",
        DocumentType.Gif => "image/gif",
        _ => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    /// <summary>The extension a download of the type is named with, without the dot.</summary>
    public static string Extension(DocumentType type) => type switch
    {
        DocumentType.Pdf => "pdf",
        DocumentType.Png => "png",
        DocumentType.Jpeg => "jpg",
        DocumentType.Gif => "gif",
        _ => "docx",
    };

    /// <summary>The type a file name's extension says (".PDF", ".jpeg"), or null for an extension of none of them.</summary>
    public static DocumentType? ByExtension(string extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        return extension.TrimStart('.').ToUpperInvariant() switch
        {
            "PDF" => DocumentType.Pdf,
            "PNG" => DocumentType.Png,
            "JPG" or "JPEG" or "JPE" => DocumentType.Jpeg,
            "GIF" => DocumentType.Gif,
            "DOCX" => DocumentType.Docx,
            _ => null,
        };
    }

    /// <summary>
    /// A Word document, not just any ZIP: the package names its content types and holds the main document part; a
    /// macro project (a .docm renamed) is refused. A ZIP that cannot be read is no Word document.
    /// </summary>
    private static bool IsWordPackage(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxZipEntries) return false;
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return names.Contains("[Content_Types].xml") && names.Contains("word/document.xml") && !names.Contains("word/vbaProject.bin");
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
