using System.IO.Compression;
using System.Text;
using Casewell.Consents;
using Casewell.Documents;

namespace Casewell.Tests.Documents;

/// <summary>A file's type is told by its content: the signatures, and a ZIP that must be a Word package.</summary>
public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData("%PDF-1.7\n", DocumentType.Pdf)]
    [InlineData("GIF89a....", DocumentType.Gif)]
    [InlineData("GIF87a....", DocumentType.Gif)]
    public void A_signature_tells_the_type(string head, DocumentType expected) =>
        Assert.Equal(expected, DocumentTypes.Detect(new MemoryStream(Encoding.ASCII.GetBytes(head))));

    [Fact]
    public void PNG_and_JPEG_are_told_by_their_binary_signatures()
    {
        Assert.Equal(DocumentType.Png, DocumentTypes.Detect(new MemoryStream([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])));
        Assert.Equal(DocumentType.Jpeg, DocumentTypes.Detect(new MemoryStream([0xFF, 0xD8, 0xFF, 0xE0, 0, 0])));
    }

    [Theory]
    [InlineData("MZ\u0090\u0000")]
    [InlineData("#!/bin/sh\n")]
    [InlineData("<html><script>")]
    [InlineData("PK\u0003\u0004 not really a zip")]
    [InlineData("")]
    public void Anything_else_is_no_type(string head) =>
        Assert.Null(DocumentTypes.Detect(new MemoryStream(Encoding.Latin1.GetBytes(head))));

    [Fact]
    public void A_Word_package_is_a_docx_but_a_plain_zip_or_a_macro_document_is_not()
    {
        Assert.Equal(DocumentType.Docx, DocumentTypes.Detect(Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Null(DocumentTypes.Detect(Zip("[Content_Types].xml", "readme.txt")));
        Assert.Null(DocumentTypes.Detect(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")));
    }

    [Fact]
    public void Detecting_leaves_the_stream_at_its_start_for_the_store()
    {
        var zip = Zip("[Content_Types].xml", "word/document.xml");
        DocumentTypes.Detect(zip);
        Assert.Equal(0, zip.Position);
    }

    [Fact]
    public void A_name_s_extension_says_a_type_whatever_its_case()
    {
        Assert.Equal(DocumentType.Jpeg, DocumentTypes.ByExtension(".JPEG"));
        Assert.Equal(DocumentType.Docx, DocumentTypes.ByExtension("docx"));
        Assert.Null(DocumentTypes.ByExtension(".doc"));
        Assert.Null(DocumentTypes.ByExtension(".exe"));
    }

    [Fact]
    public void Consent_forms_are_told_by_the_same_signatures()
    {
        Assert.Equal(ConsentFormType.Pdf, ConsentFormTypes.Sniff("%PDF-1.4"u8));
        Assert.Null(ConsentFormTypes.Sniff("GIF89a"u8));
        Assert.Equal("image/jpeg", ConsentFormTypes.MediaType(ConsentFormType.Jpeg));
        Assert.Equal("png", ConsentFormTypes.Extension(ConsentFormType.Png));
    }

    private static MemoryStream Zip(params string[] entries)
    {
        var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<x/>");
            }
        }
        buffer.Position = 0;
        return buffer;
    }
}
