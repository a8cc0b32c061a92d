using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Casewell.Web.Court;

/// <summary>
/// Writes a report as a PDF, in process, with PDFsharp. PDFsharp draws strings at points and has no layout engine,
/// so the layout is ours: text is broken into lines that fit by measuring it (<see cref="CourtReportLines"/>), a page
/// ends where the next line would cross the bottom margin, a table row that does not fit goes on over the next page
/// under the repeated header row, and every page is numbered "Page N of M" once the count is known.
/// </summary>
internal static class CourtReportPdf
{
    public const string MediaType = "application/pdf";

    private const double Margin = 72;
    private const double FooterGap = 36;
    private const double CellPadding = 4;

    // The resolver is process-wide in PDFsharp, and may be set only once: the first PDF sets it, or learns that no font is installed.
    private static readonly Lazy<bool> FontsInstalled = new(() =>
    {
        if (CourtReportFonts.Find() is not { } fonts) return false;
        GlobalFontSettings.FontResolver = fonts;
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether a PDF can be made here: a font is installed for it.</summary>
    public static bool CanWrite => FontsInstalled.Value;

    public static byte[] Write(CourtReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!CanWrite) throw new InvalidOperationException("No font for the PDF is installed (fonts-dejavu-core or fonts-liberation).");
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        var writer = new PageWriter(pdf);
        writer.Text(document.Title, writer.Title, after: 6);
        foreach (var line in document.Heading) writer.Text(line, writer.Body, after: 0);
        foreach (var section in document.Sections)
        {
            writer.Gap(12);
            writer.Text(section.Heading, writer.SectionHeading, after: 4, keepWithNext: true);
            foreach (var paragraph in section.Paragraphs) writer.Text(paragraph, writer.Body, after: 3);
            if (section.Table is { } table) writer.Table(table);
        }
        writer.Finish(document.PageOfFormat);
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>Where the next line goes, across pages.</summary>
    private sealed class PageWriter
    {
        private readonly PdfDocument pdf;
        private XGraphics? graphics;
        private double y;

        public PageWriter(PdfDocument pdf)
        {
            this.pdf = pdf;
            NewPage();
        }

        public XFont Title { get; } = new(CourtReportFonts.Family, 18, XFontStyleEx.Bold);
        public XFont SectionHeading { get; } = new(CourtReportFonts.Family, 13, XFontStyleEx.Bold);
        public XFont Body { get; } = new(CourtReportFonts.Family, 10, XFontStyleEx.Regular);
        public XFont TableHeading { get; } = new(CourtReportFonts.Family, 9, XFontStyleEx.Bold);
        public XFont TableBody { get; } = new(CourtReportFonts.Family, 9, XFontStyleEx.Regular);

        private XGraphics G => graphics!;
        private double Width => pdf.Pages[^1].Width.Point - 2 * Margin;
        private double Bottom => pdf.Pages[^1].Height.Point - Margin;

        public void Gap(double points) => y += points;

        public void Text(string text, XFont font, double after, bool keepWithNext = false)
        {
            var height = LineHeight(font);
            // A heading is not left alone at the foot of a page: it goes over with at least two lines of what follows.
            if (keepWithNext && y + 3 * height > Bottom) NewPage();
            foreach (var line in CourtReportLines.Break(text, Width, s => G.MeasureString(s, font).Width))
            {
                if (y + height > Bottom) NewPage();
                G.DrawString(line, font, XBrushes.Black, Margin, y, XStringFormats.TopLeft);
                y += height;
            }
            y += after;
        }

        public void Table(CourtReportDocument.Table table)
        {
            // Date, type and participants narrow; the summary takes the rest.
            double[] shares = [0.17, 0.13, 0.18, 0.52];
            var widths = shares.Select(s => s * Width).ToArray();
            var header = Wrap(table.Columns, widths, TableHeading);
            if (y + RowHeight(header, TableHeading) + LineHeight(TableBody) + 2 * CellPadding > Bottom) NewPage();
            DrawRow(header, widths, TableHeading);
            foreach (var row in table.Rows)
            {
                var cells = Wrap(row, widths, TableBody);
                var lines = cells.Max(c => c.Count);
                var height = LineHeight(TableBody);
                var start = 0;
                while (start < lines)
                {
                    var room = (int)Math.Floor((Bottom - y - 2 * CellPadding) / height);
                    if (room < 1)
                    {
                        NewPage();
                        DrawRow(header, widths, TableHeading);
                        continue;
                    }
                    var take = Math.Min(room, lines - start);
                    DrawRow([.. cells.Select(c => c.Skip(start).Take(take).ToList())], widths, TableBody);
                    start += take;
                    if (start < lines)
                    {
                        NewPage();
                        DrawRow(header, widths, TableHeading);
                    }
                }
            }
            y += 6;
        }

        /// <summary>Numbers every page, now that their count is known.</summary>
        public void Finish(string pageOfFormat)
        {
            graphics?.Dispose();
            graphics = null;
            var footer = new XFont(CourtReportFonts.Family, 8, XFontStyleEx.Regular);
            for (var i = 0; i < pdf.PageCount; i++)
            {
                var page = pdf.Pages[i];
                using var g = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
                var text = string.Format(System.Globalization.CultureInfo.CurrentCulture, pageOfFormat, i + 1, pdf.PageCount);
                g.DrawString(text, footer, XBrushes.Black, new XRect(Margin, page.Height.Point - Margin + FooterGap / 2, page.Width.Point - 2 * Margin, 12),
                    XStringFormats.TopCenter);
            }
        }

        private List<List<string>> Wrap(IReadOnlyList<string> cells, double[] widths, XFont font) =>
            [.. cells.Select((text, i) => CourtReportLines.Break(text, widths[i] - 2 * CellPadding, s => G.MeasureString(s, font).Width).ToList())];

        private static double RowHeight(List<List<string>> cells, XFont font) => cells.Max(c => c.Count) * LineHeight(font) + 2 * CellPadding;

        private void DrawRow(List<List<string>> cells, double[] widths, XFont font)
        {
            var height = Math.Max(1, cells.Max(c => c.Count)) * LineHeight(font) + 2 * CellPadding;
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                G.DrawRectangle(XPens.Gray, x, y, widths[i], height);
                var lineY = y + CellPadding;
                foreach (var line in cells[i])
                {
                    G.DrawString(line, font, XBrushes.Black, x + CellPadding, lineY, XStringFormats.TopLeft);
                    lineY += LineHeight(font);
                }
                x += widths[i];
            }
            y += height;
        }

        private void NewPage()
        {
            graphics?.Dispose();
            var page = pdf.AddPage();
            page.Size = PageSize.Letter;
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        private static double LineHeight(XFont font) => font.Size * 1.3;
    }
}
