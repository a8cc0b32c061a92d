using Casewell.Cases;
using Casewell.Common;
using Casewell.Documents;

namespace Casewell.Tests.Documents;

/// <summary>The rules of filing a document: what it is, a description, and a file that is what its name says.</summary>
public sealed class DocumentTests
{
    private const long Limit = 1024 * 1024;
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 16, 0, 0, TimeSpan.Zero);
    private static readonly StaffRef Worker = new(Guid.CreateVersion7(), "Wanda Worker");

    private static UploadedFile Pdf(string? name = "order.pdf", long size = 1000) => new(name, size, DocumentType.Pdf, new string('a', 64));

    private static Result<Document> File(UploadedFile? file, DocumentCategory? category = DocumentCategory.CourtOrder, string? description = "Custody order") =>
        Document.File(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), category, description, file, Limit, Worker, Now);

    private static Message Error(Result<Document> result, string field) => Assert.Single(result.Errors[field]);

    [Fact]
    public void A_document_is_filed_under_a_key_made_from_its_id_never_its_name()
    {
        var id = Guid.CreateVersion7();
        var filed = Document.File(id, Guid.CreateVersion7(), null, DocumentCategory.Identification, "  Passport  ", Pdf("../scan"), Limit, Worker, Now);

        var document = filed.Value!;
        Assert.Equal(id.ToString("N"), document.StorageKey);
        Assert.Equal("scan.pdf", document.FileName);
        Assert.Equal("Passport", document.Description);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(Worker.Name, document.UploadedByName);
        Assert.Null(document.CaseId);
    }

    [Fact]
    public void A_category_a_description_and_a_file_are_required()
    {
        var result = File(null, category: null, description: "  ");
        Assert.Equal(ResultKind.Invalid, result.Kind);
        Assert.Equal(DocumentMessages.ChooseCategory, Error(result, "Category").Code);
        Assert.Equal(ValidationMessages.Required, Error(result, "Description").Code);
        Assert.Equal(DocumentMessages.FileMissing, Error(result, "File").Code);
        Assert.Equal(DocumentMessages.ChooseCategory, Error(File(Pdf(), category: (DocumentCategory)99), "Category").Code);
    }

    [Fact]
    public void A_description_too_long_or_with_control_characters_is_refused()
    {
        Assert.Equal(ValidationMessages.TooLong, Error(File(Pdf(), description: new string('x', Document.MaxDescriptionLength + 1)), "Description").Code);
        Assert.Equal(ValidationMessages.ControlCharacter, Error(File(Pdf(), description: "Order\0"), "Description").Code);
        Assert.True(File(Pdf(), description: "Two\nlines").Succeeded);
    }

    [Fact]
    public void An_empty_file_one_over_the_limit_and_one_of_no_type_kept_are_refused()
    {
        Assert.Equal(DocumentMessages.FileEmpty, Error(File(Pdf(size: 0)), "File").Code);
        Assert.Equal(new Message(DocumentMessages.FileTooBig, 1L), Error(File(Pdf(size: Limit + 1)), "File"));
        Assert.True(File(Pdf(size: Limit)).Succeeded);
        Assert.Equal(DocumentMessages.FileType, Error(File(new UploadedFile("run.exe", 10, null, "")), "File").Code);
    }

    [Theory]
    [InlineData("report.pdf", DocumentType.Png)]
    [InlineData("photo.jpg", DocumentType.Pdf)]
    [InlineData("letter.doc", DocumentType.Docx)]
    [InlineData("order.pdf.exe", DocumentType.Pdf)]
    public void A_file_whose_name_says_another_type_than_its_content_is_refused_naming_both(string name, DocumentType content)
    {
        var error = Error(File(new UploadedFile(name, 10, content, new string('a', 64))), "File");
        Assert.Equal(DocumentMessages.NameMismatch, error.Code);
        Assert.Equal(DocumentMessages.TypeName(content), error.Args[1]);
    }

    [Theory]
    [InlineData("photo.JPEG", DocumentType.Jpeg)]
    [InlineData("scan", DocumentType.Png)]
    [InlineData("letter.docx", DocumentType.Docx)]
    public void A_name_that_fits_its_content_or_says_nothing_is_accepted(string name, DocumentType content) =>
        Assert.True(File(new UploadedFile(name, 10, content, new string('a', 64))).Succeeded);

    [Fact]
    public void The_default_limit_is_25_megabytes_and_a_limit_out_of_range_stops_the_start()
    {
        Assert.Equal(25L * 1024 * 1024, new DocumentSettings().MaxBytes);
        Assert.Null(new DocumentSettings { MaxMegabytes = 1 }.Problem());
        Assert.NotNull(new DocumentSettings { MaxMegabytes = 0 }.Problem());
        Assert.NotNull(new DocumentSettings { MaxMegabytes = DocumentSettings.MaxMaxMegabytes + 1 }.Problem());
    }
}
