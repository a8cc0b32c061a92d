using Casewell.Documents;

namespace Casewell.Consents;

/// <summary>A consent form's type, by the same signatures as every document (<see cref="DocumentTypes"/>): a PDF, PNG or JPEG.</summary>
public static class ConsentFormTypes
{
    public static ConsentFormType? Sniff(ReadOnlySpan<byte> content) => DocumentTypes.BySignature(content) switch
    {
        DocumentType.Pdf => ConsentFormType.Pdf,
        DocumentType.Png => ConsentFormType.Png,
        DocumentType.Jpeg => ConsentFormType.Jpeg,
        _ => null,
    };

    public static string MediaType(ConsentFormType type) => DocumentTypes.MediaType(Of(type));

    public static string Extension(ConsentFormType type) => DocumentTypes.Extension(Of(type));

    private static DocumentType Of(ConsentFormType type) => type switch
    {
        ConsentFormType.Pdf => DocumentType.Pdf,
        ConsentFormType.Png => DocumentType.Png,
        _ => DocumentType.Jpeg,
    };
}
