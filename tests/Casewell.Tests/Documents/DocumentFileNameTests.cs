using Casewell.Documents;

namespace Casewell.Tests.Documents;

/// <summary>The uploader's file name is kept to show and to name downloads only: its visible last part.</summary>
public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\order.pdf", "order.pdf")]
    [InlineData("C:\\Users\\ana\\court order.pdf", "court order.pdf")]
    [InlineData("pass\u0001wd\u0000.pdf", "passwd.pdf")]
    [InlineData("report\u202Efdp.exe", "reportfdp.exe")]
    [InlineData("  order.pdf  ", "order.pdf")]
    [InlineData("Orden judicial ñ.pdf", "Orden judicial ñ.pdf")]
    public void The_name_is_its_visible_last_segment(string uploaded, string kept) => Assert.Equal(kept, DocumentFileName.Clean(uploaded));

    [Theory]
    [InlineData("..")]
    [InlineData("../")]
    [InlineData("\u0001\u202E")]
    [InlineData(null)]
    public void A_name_with_nothing_visible_left_is_none(string? uploaded) => Assert.Null(DocumentFileName.Clean(uploaded));

    [Fact]
    public void A_long_name_is_cut_keeping_its_extension()
    {
        var kept = DocumentFileName.Clean(new string('a', 500) + ".pdf")!;
        Assert.Equal(DocumentFileName.MaxLength, kept.Length);
        Assert.EndsWith(".pdf", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void A_download_is_named_with_the_type_s_extension_and_an_ASCII_name_for_old_clients()
    {
        Assert.Equal("scan.pdf", DocumentFileName.ForDownload("scan", DocumentType.Pdf));
        Assert.Equal("document.png", DocumentFileName.ForDownload(null, DocumentType.Png));
        Assert.Equal("Orden judicial.pdf", DocumentFileName.AsciiForDownload("Orden judicial ñ.pdf", DocumentType.Pdf));
        Assert.Equal("a_b.docx", DocumentFileName.AsciiForDownload("a\"b;.docx", DocumentType.Docx));
        Assert.Equal("document.jpg", DocumentFileName.AsciiForDownload("日本.jpg", DocumentType.Jpeg));
    }
}
