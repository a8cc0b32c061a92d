using PdfSharp.Fonts;

namespace Casewell.Web.Court;

/// <summary>
/// The fonts the PDF is drawn in. PDFsharp reads no system fonts on Linux: it asks a resolver for the bytes of each
/// face, and this one reads a free sans-serif family from Debian's font packages (fonts-dejavu-core, else
/// fonts-liberation). The faces are embedded in the PDF, so it reads the same wherever it is opened.
/// </summary>
internal sealed class CourtReportFonts : IFontResolver
{
    public const string Family = "Casewell Report Sans";

    private static readonly (string Regular, string Bold)[] Candidates =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
    ];

    private readonly byte[] regular;
    private readonly byte[] bold;

    private CourtReportFonts(byte[] regular, byte[] bold)
    {
        this.regular = regular;
        this.bold = bold;
    }

    /// <summary>The first installed family of the candidates, or null when none is (the PDF is then refused, not half-made).</summary>
    public static CourtReportFonts? Find()
    {
        foreach (var (r, b) in Candidates)
        {
            if (File.Exists(r) && File.Exists(b)) return new CourtReportFonts(File.ReadAllBytes(r), File.ReadAllBytes(b));
        }
        return null;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Every family asked for is ours: the writer names only this one, and PDFsharp's own fallbacks must not reach for system fonts.
        new(bold ? "report-bold" : "report-regular");

    public byte[]? GetFont(string faceName) => faceName == "report-bold" ? bold : regular;
}
