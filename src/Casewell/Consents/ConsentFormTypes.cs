namespace Casewell.Consents;

public static class ConsentFormTypes
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];

    public static ConsentFormType? Sniff(ReadOnlySpan<byte> content) =>
        content.StartsWith(PdfMagic) ? ConsentFormType.Pdf
        : content.StartsWith(PngMagic) ? ConsentFormType.Png
        : content.StartsWith(JpegMagic) ? ConsentFormType.Jpeg
        : null;

    public static string MediaType(ConsentFormType type) => type switch
    {
        ConsentFormType.Pdf => "application/pdf",
        ConsentFormType.Png => "image/png",
        _ => "image/jpeg",
    };

    public static string Extension(ConsentFormType type) => type switch
    {
        ConsentFormType.Pdf => "pdf",
        ConsentFormType.Png => "png",
        _ => "jpg",
    };
}
