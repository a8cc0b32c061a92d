using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace Casewell.Web.Tests.Documents;

/// <summary>Real files of each kind the tests upload, and the multipart form an API client sends them in.</summary>
public static class DocumentFiles
{
    /// <summary>A one-page PDF with a line of text: a reader opens it.</summary>
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 52 >> stream
        BT /F1 18 Tf 72 720 Td (Order of the court) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """);

    /// <summary>A 1x1 PNG.</summary>
    public static byte[] Png { get; } = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The first bytes of a Windows program.</summary>
    public static byte[] Executable { get; } = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

    /// <summary>A minimal Word document: the content types, the package relationship and the main document part.</summary>
    public static byte[] Docx() => Package(includeMainPart: true);

    /// <summary>A ZIP that is no Word document.</summary>
    public static byte[] Zip() => Package(includeMainPart: false);

    private static byte[] Package(bool includeMainPart)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """);
            Add(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """);
            if (includeMainPart)
            {
                Add(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>School attendance letter</w:t></w:r></w:p></w:body></w:document>
                    """);
            }
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    /// <summary>The upload form as an API client sends it; a null part is left out.</summary>
    public static MultipartFormDataContent Form(byte[]? file, string? fileName, string? category = "CourtOrder", string? description = "Temporary custody order",
        string declaredType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        if (category is not null) form.Add(new StringContent(category), "category");
        if (description is not null) form.Add(new StringContent(description), "description");
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
            form.Add(part, "file", fileName ?? "file");
        }
        return form;
    }
}
